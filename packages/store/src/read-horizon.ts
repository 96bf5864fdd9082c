import { sql, type Kysely, type RawBuilder } from 'kysely';
import { qualified } from './query-runner.js';
import type { StoreContext } from './store-context.js';

/**
 * What a reader learns before it reads: the transactions writing events right now, and the next
 * transaction id at that moment.
 */
export interface WriterSighting {
  /** `pg_snapshot_xmax` when the writers were listed: later transactions are unknown. */
  readonly xmax: string;
  /** 32-bit xids of the transactions holding the events table's write lock. */
  readonly writers: readonly string[];
}

/**
 * Lists the transactions that hold ROW EXCLUSIVE on the events table. Every writer of events takes
 * that lock before it gets a transaction id (one statement locks all its tables before it runs;
 * `appendToStream` locks events first), so a running transaction that is neither listed here nor
 * newer than `xmax` will never write an event.
 */
export async function sightWriters(
  ctx: StoreContext,
  executor: Kysely<unknown>,
): Promise<WriterSighting> {
  const r = await sql<{ xmax: string; writers: string[] }>`SELECT ${sightingColumns(ctx)}`.execute(
    executor,
  );
  const row = r.rows[0];
  return { xmax: row?.xmax ?? '0', writers: row?.writers ?? [] };
}

/** The select list of a sighting (`xmax`, `writers`), to add to another statement's columns. */
export function sightingColumns(ctx: StoreContext): RawBuilder<unknown> {
  return sql`pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,
      coalesce((
        SELECT jsonb_agg(DISTINCT t.transactionid::text)
        FROM pg_locks r
        JOIN pg_locks t ON t.virtualtransaction = r.virtualtransaction AND t.locktype = 'transactionid'
        WHERE r.locktype = 'relation' AND r.mode = 'RowExclusiveLock'
          AND r.relation = ${qualified(ctx.schema, 'events')}::regclass
      ), '[]'::jsonb) AS writers`;
}

/**
 * The reading horizon, as a scalar SQL expression (evaluated once per statement): the oldest
 * running transaction that writes events or may yet start to, else the snapshot's xmax. Events of
 * transactions below it are all committed and visible; nothing can commit below it later.
 *
 * Unrelated long transactions (another database on the same server, an idle session, a projection
 * writing its own tables) do not hold readers back, as they would with `pg_snapshot_xmin` alone.
 */
export function horizon(sighting: WriterSighting): RawBuilder<unknown> {
  return sql`(
    SELECT coalesce(
      (SELECT min(x) FROM pg_snapshot_xip(snap.s) AS x
        WHERE x >= ${sighting.xmax}::xid8
           OR (x::text::bigint % 4294967296) IN (
             SELECT w::bigint FROM jsonb_array_elements_text(${JSON.stringify(sighting.writers)}::jsonb) AS w)),
      pg_snapshot_xmax(snap.s))
    FROM (SELECT pg_current_snapshot() AS s) AS snap)`;
}
