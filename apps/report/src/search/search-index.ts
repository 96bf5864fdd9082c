import { CURRENT_SCHEMA_VERSIONS, parseEvent } from '@stenogram/schema';
import { StoredEventInvalidError } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import { insertRows } from '../projection/insert-rows.js';
import { json } from '../projection/json.js';
import { STATEMENT_COLUMNS, statementRow } from '../projection/statement-rows.js';
import { tbl } from '../projection/report-tables.js';

/**
 * A statement's full-text vector: what the index holds and what search matches and ranks. Stored
 * (a generated column), so that ranking the matches reads it instead of parsing each matching
 * statement again (at a million events, 3,861 matches of "gas prices" took 2.4 s to rank that way).
 */
export const STATEMENT_TSVECTOR = sql`st.tsv`;

/** The advisory lock the projection's batches and the search index's creation share. */
export function reportLock(schema: string): ReturnType<typeof sql> {
  return sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stenogram-report:${schema}`}, 0))`;
}

/** Whether the statements' full-text index exists: then the projection keeps the statements. */
export async function searchIndexExists(db: Kysely<unknown>, schema: string): Promise<boolean> {
  const r = await sql<{
    i: string | null;
  }>`SELECT to_regclass(${quoted(`${schema}.report_statements_tsv`)})::text AS i`.execute(db);
  return Boolean(r.rows[0]?.i);
}

/**
 * Makes the statements searchable if they are not. A rebuild neither writes `report_statements`
 * nor indexes it: the statements' text is most of what a replay would write, `to_tsvector` over it
 * costs more than the rest of the replay, and a report build never searches. The first search
 * afterwards fills the table from the store's events in one statement and builds the index; from
 * then on the catch-up keeps both current. Under the projection's advisory lock, so that no
 * catch-up batch falls between the two (`ReportProjection` checks for the index under it).
 * `onIndexing` is called when this call is the one that makes them (minutes at a million events).
 */
export async function ensureSearchIndex(
  db: Kysely<unknown>,
  schema: string,
  onIndexing?: () => void,
): Promise<void> {
  if (await searchIndexExists(db, schema)) return;
  await db.transaction().execute(async (trx) => {
    await reportLock(schema).execute(trx);
    if (await searchIndexExists(trx, schema)) return;
    onIndexing?.();
    await sql`DELETE FROM ${tbl(schema, 'report_statements')}`.execute(trx);
    await fillStatements(trx, schema);
    await sql.raw(searchIndexDdl(schema)).execute(trx);
  });
}

/**
 * The statements of every extraction not superseded, from the store's events table: the rows the
 * projection writes while the index exists. Events of the current `statement-made` schemaVersion
 * are read in SQL (nothing to upcast); any of an older version go through `parseEvent`.
 */
async function fillStatements(db: Kysely<unknown>, schema: string): Promise<void> {
  const version = CURRENT_SCHEMA_VERSIONS['statement-made'];
  // An extraction's events: after its start, before its completion, or, for one that never
  // completed, before the next extraction of its stream starts (as the projection assigns them).
  const events = sql`${tbl(schema, 'report_extractions')} x
    JOIN ${sql.table(`${schema}.events`)} ev ON ev.stream_id = x.stream_id
      AND ev.stream_position > x.first_position
      AND ev.stream_position < coalesce(x.last_position, (
        SELECT min(y.first_position) FROM ${tbl(schema, 'report_extractions')} y
        WHERE y.stream_id = x.stream_id AND y.first_position > x.first_position), 2147483647)
    WHERE x.status <> 'superseded' AND ev.type = 'statement-made'
      AND (ev.extraction_id IS NULL OR ev.extraction_id = x.extraction_id)`;
  await sql`
    INSERT INTO ${tbl(schema, 'report_statements')} (${sql.raw(STATEMENT_COLUMNS.map(([c]) => c).join(', '))})
    SELECT x.extraction_id, ev.stream_position, ev.data->>'statementId', (ev.data->>'ordinal')::integer,
      ev.data->'speaker'->>'label', ev.data->'speaker'->>'personId', ev.data->'speaker'->>'name',
      ev.data->'speaker'->>'kind', (ev.data->>'wordCount')::integer, ev.data->>'text'
    FROM ${events} AND ev.schema_version = ${version}`.execute(db);
  const older = await sql<{
    extraction_id: string;
    stream_position: number;
    global_position: string;
    schema_version: number;
    data: unknown;
    metadata: unknown;
  }>`
    SELECT x.extraction_id, ev.stream_position, ev.global_position::text AS global_position,
      ev.schema_version, ev.data, ev.metadata
    FROM ${events} AND ev.schema_version <> ${version}`.execute(db);
  const rows = older.rows.map((row) => {
    const parsed = parseEvent({
      type: 'statement-made',
      schemaVersion: Number(row.schema_version),
      data: json(row.data),
      metadata: json(row.metadata),
    });
    if (!parsed.success || parsed.event.type !== 'statement-made') {
      throw new StoredEventInvalidError(
        row.global_position,
        parsed.success ? 'not a statement' : parsed.message,
      );
    }
    return statementRow(row.extraction_id, Number(row.stream_position), parsed.event.data);
  });
  await insertRows(db, schema, 'report_statements', STATEMENT_COLUMNS, rows);
}

/** `CREATE INDEX` of the statements' full-text index, over their stored vectors. */
export function searchIndexDdl(schema: string): string {
  const s = `"${schema.replace(/"/g, '""')}"`;
  return `CREATE INDEX IF NOT EXISTS report_statements_tsv ON ${s}.report_statements USING gin (tsv)`;
}

function quoted(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}
