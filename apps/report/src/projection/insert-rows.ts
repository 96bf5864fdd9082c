import { sql, type Kysely, type RawBuilder } from 'kysely';
import { tbl, type ReportTable } from './report-tables.js';

/** A column of a bulk insert and its PostgreSQL type. */
export type Column = readonly [name: string, type: string];

const CHUNK = 2000;

/**
 * Inserts many rows in a few statements: the rows travel as one jsonb parameter and
 * `jsonb_to_recordset` turns them into a relation. One parameter whatever the row count, the same
 * on pg and PGlite.
 */
export async function insertRows(
  db: Kysely<unknown>,
  schema: string,
  table: ReportTable,
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const names = sql.raw(columns.map(([n]) => n).join(', '));
  const shape = sql.raw(columns.map(([n, t]) => `${n} ${t}`).join(', '));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await sql`INSERT INTO ${tbl(schema, table)} (${names})
      SELECT ${names} FROM jsonb_to_recordset(${chunk}::jsonb) AS x(${shape})`.execute(db);
  }
}

/** A text[] parameter, passed as jsonb so that pg and PGlite serialise it the same way. */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
