import { sql, type Kysely } from 'kysely';

/** The full-text expression of a statement: what the index holds and what search matches and ranks. */
export const STATEMENT_TSVECTOR = sql`to_tsvector('english', st.text)`;

/**
 * Creates the statements' full-text index if it is missing. A rebuild drops it and does not build
 * it: `to_tsvector` over every statement is most of a replay's cost (≈ 3.4 MB of text a second
 * per core), and a report build never searches. The first search afterwards builds it once, in
 * bulk; from then on the catch-up keeps it current. Under an advisory lock, so two searches do
 * not race to create it.
 */
export async function ensureSearchIndex(db: Kysely<unknown>, schema: string): Promise<void> {
  const name = `${schema}.report_statements_tsv`;
  const present = await sql<{
    i: string | null;
  }>`SELECT to_regclass(${quoted(name)})::text AS i`.execute(db);
  if (present.rows[0]?.i) return;
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stenogram-report:${schema}`}, 0))`.execute(
      trx,
    );
    await sql.raw(searchIndexDdl(schema)).execute(trx);
  });
}

/** `CREATE INDEX` of the statements' full-text index (an expression index: nothing is stored per row). */
export function searchIndexDdl(schema: string): string {
  const s = `"${schema.replace(/"/g, '""')}"`;
  return `CREATE INDEX IF NOT EXISTS report_statements_tsv ON ${s}.report_statements USING gin (to_tsvector('english', text))`;
}

function quoted(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}
