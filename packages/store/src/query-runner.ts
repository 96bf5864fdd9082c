import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';

/**
 * Runs one SQL text with positional parameters. On PostgreSQL it is a named (prepared) statement
 * of the `pg` driver, so the hot paths are parsed and planned once per connection; on PGlite it
 * goes through Kysely.
 */
export interface QueryRunner {
  query<R>(text: string, values: readonly unknown[]): Promise<R[]>;
}

const names = new Map<string, string>();

/** A stable statement name per SQL text (pg refuses one name for two texts on a connection). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `stenogram_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

/** A runner on a `pg` pool (each query on any free connection) or on one checked-out client. */
export function pgRunner(client: pg.Pool | pg.PoolClient): QueryRunner {
  return {
    async query<R>(text: string, values: readonly unknown[]): Promise<R[]> {
      const result = await client.query({ name: statementName(text), text, values: [...values] });
      return result.rows as R[];
    },
  };
}

/** A runner on a Kysely instance or transaction (PGlite). */
export function kyselyRunner(db: Kysely<unknown>): QueryRunner {
  return {
    async query<R>(text: string, values: readonly unknown[]): Promise<R[]> {
      const result = await db.executeQuery<R>(CompiledQuery.raw(text, [...values]));
      return [...result.rows];
    },
  };
}

/** `"schema"."name"`, for SQL texts built once per schema. */
export function qualified(schema: string, name: string): string {
  const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;
  return `${quote(schema)}.${quote(name)}`;
}
