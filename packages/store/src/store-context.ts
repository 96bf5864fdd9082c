import { sql, type Kysely, type RawBuilder } from 'kysely';
import type pg from 'pg';
import type { Database } from './database.js';
import { kyselyRunner, pgRunner, type QueryRunner } from './query-runner.js';

/** Which engine serves the store. */
export type StoreBackend = 'postgres' | 'pglite';

/** What every store operation needs: the database, bound and unbound to the store's schema. */
export interface StoreContext {
  /** Not bound to a schema: for raw SQL, which names tables through {@link table}. */
  readonly root: Kysely<unknown>;
  /** Bound to the store's schema. */
  readonly db: Kysely<Database>;
  readonly schema: string;
  readonly backend: StoreBackend;
  /** The `pg` pool behind `root` on PostgreSQL (for prepared statements on the hot paths). */
  readonly pool: pg.Pool | null;
}

/** A runner outside any transaction. */
export function runner(ctx: StoreContext): QueryRunner {
  return ctx.pool ? pgRunner(ctx.pool) : kyselyRunner(ctx.root);
}

/**
 * Runs `fn` in one transaction with a runner bound to it: a checked-out `pg` client between
 * BEGIN and COMMIT on PostgreSQL, a Kysely transaction on PGlite. Rolled back if `fn` throws.
 */
export async function inTransaction<T>(
  ctx: StoreContext,
  fn: (run: QueryRunner) => Promise<T>,
): Promise<T> {
  if (!ctx.pool) return ctx.root.transaction().execute((trx) => fn(kyselyRunner(trx)));
  const client = await ctx.pool.connect();
  let broken: unknown;
  try {
    await client.query('BEGIN');
    const result = await fn(pgRunner(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A client whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/** `"schema"."name"` for raw SQL. */
export function table(
  ctx: Pick<StoreContext, 'schema'>,
  name: keyof Database | 'refuse_event_change',
): RawBuilder<unknown> {
  return sql.id(ctx.schema, name);
}

/** bytea parameters as pg wants them (a Buffer view, no copy). */
export function toBytea(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** bytea results as one shape on both backends: a plain Uint8Array. */
export function fromBytea(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** timestamptz results as ISO strings, whichever shape the driver gave. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
