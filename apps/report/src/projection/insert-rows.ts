import { sql, type Kysely, type RawBuilder } from 'kysely';
import { tbl, type ReportTable } from './report-tables.js';

/** A column of a bulk insert and its PostgreSQL type. */
export type Column = readonly [name: string, type: string];

const CHUNK = 2000;

/**
 * Inserts many rows in a few statements: the rows travel as one json parameter and
 * `json_to_recordset` turns them into a relation (json, not jsonb: the chunk is only scanned, not
 * converted as a whole, ≈ 1.4× faster). One parameter whatever the row count, the same
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
      SELECT ${names} FROM json_to_recordset(${chunk}::json) AS x(${shape})`.execute(db);
  }
}

/** A text[] parameter, passed as jsonb so that pg and PGlite serialise it the same way. */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
