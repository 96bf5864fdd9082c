import { sql, type Transaction } from 'kysely';
import { START, type Checkpoint } from './checkpoint.js';
import type { DataOmissions, LeanEvent } from './omit-data.js';
import { readAllOn, type ReadAllResult } from './read-all.js';
import { sightingColumns, type WriterSighting } from './read-horizon.js';
import { table, type StoreContext } from './store-context.js';

/**
 * A read model fed by the store. `handle` writes the projection's own tables through `trx`, the
 * same transaction that advances its checkpoint, so the two never disagree.
 *
 * Do not use `store.db` inside `handle`: on PGlite (one connection) it would wait for this
 * very transaction.
 */
export interface Projection<O extends DataOmissions = NoOmissions> {
  /** The checkpoint's name; one per projection. */
  readonly name: string;
  /**
   * Fields of the events' data this projection never reads, by event type: they are left out of
   * the events it is handed (neither sent by the server nor parsed), and its types say so.
   */
  readonly omitData?: O;
  /**
   * Writes the batch through `trx`. A property, not a method, so that its parameter is checked
   * strictly: a handler typed for whole events does not compile for a projection that omits data.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the projection's own tables are not the store's
  readonly handle: (events: readonly LeanEvent<O>[], trx: Transaction<any>) => Promise<void>;
}

/** No field left out: a projection's events are whole. */
export type NoOmissions = Record<never, never>;

const DEFAULT_BATCH_SIZE = 5000;

/** Options of {@link catchUp}. */
export interface CatchUpOptions {
  /**
   * Events per batch, and so per transaction (default 5000: each batch costs a transaction and a
   * few round trips, which at 1000 small events a batch cost a fifth of the catch-up's speed).
   */
  readonly batchSize?: number;
  /**
   * Called after each batch is committed with the totals so far (for a progress display; the
   * checkpoint it reports is stored).
   */
  readonly onBatch?: (progress: CatchUpResult) => void;
}

/** What a catch-up did. */
export interface CatchUpResult {
  readonly batches: number;
  readonly events: number;
  /** The projection's checkpoint afterwards. */
  readonly checkpoint: Checkpoint;
}

/**
 * Brings a projection up to date: reads batches after its checkpoint in the safe global order and
 * hands each to `handle`; the checkpoint advances in the same transaction as the projection's
 * writes. Runs until no event is left. Concurrent catch-ups of one projection take turns (a
 * transaction-scoped advisory lock on its name), so no batch is handled twice.
 */
export async function catchUp<O extends DataOmissions = NoOmissions>(
  ctx: StoreContext,
  projection: Projection<O>,
  options: CatchUpOptions = {},
): Promise<CatchUpResult> {
  const omit = projection.omitData;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const checkpoints = table(ctx, 'checkpoints');
  let batches = 0;
  let total = 0;
  let checkpoint = START;
  // On PostgreSQL the next page is read on another connection while this batch is handled and
  // committed. A page below the horizon is final, so reading it early gives a prefix of what the
  // next transaction would read; it is used only if the checkpoint is still where it started.
  let prefetched = null as Promise<Prefetched | null> | null;
  for (;;) {
    const ahead = prefetched ? await prefetched : null;
    prefetched = null;
    const handled = await ctx.root.transaction().execute(async (trx) => {
      // synchronous_commit off: the projection and its checkpoint commit together, so a crash can
      // only lose the last batches' progress as a whole, which the next catch-up redoes from the
      // events; no need to wait for the WAL flush. An advisory lock, not SELECT … FOR UPDATE: a
      // row lock would give this transaction an xid before it reads.
      await sql`SELECT set_config('synchronous_commit', 'off', true),
        pg_advisory_xact_lock(hashtextextended(${`stenogram:${ctx.schema}:${projection.name}`}, 0))`.execute(
        trx,
      );
      // After the lock (a new snapshot), and before the read: the checkpoint and the writers.
      const stored = await sql<{ tx_id: string | null; position: string | null } & WriterSighting>`
        SELECT c.tx_id::text AS tx_id, c.position::text AS position, ${sightingColumns(ctx)}
        FROM (SELECT 1) AS one LEFT JOIN ${checkpoints} c ON c.name = ${projection.name}`.execute(
        trx,
      );
      const row = stored.rows[0];
      const after =
        row?.tx_id && row.position ? { txId: row.tx_id, position: row.position } : START;
      const sighting = { xmax: row?.xmax ?? '0', writers: row?.writers ?? [] };
      const page =
        ahead && sameCheckpoint(ahead.after, after) && ahead.page.events.length > 0
          ? ahead.page
          : await readAllOn(ctx, trx, { after, limit: batchSize }, sighting, omit);
      checkpoint = page.checkpoint;
      if (page.events.length === 0) return 0;
      if (ctx.pool) {
        const next = page.checkpoint;
        prefetched = readAllOn(
          ctx,
          ctx.root,
          { after: next, limit: batchSize },
          undefined,
          omit,
        ).then(
          (p) => ({ after: next, page: p }),
          () => null, // only a head start: the next transaction reads for itself
        );
      }
      await projection.handle(page.events, trx);
      await sql`
        INSERT INTO ${checkpoints} (name, tx_id, position, updated_at)
        VALUES (${projection.name}, ${page.checkpoint.txId}::xid8, ${page.checkpoint.position}::bigint, now())
        ON CONFLICT (name) DO UPDATE SET tx_id = excluded.tx_id, position = excluded.position, updated_at = now()
      `.execute(trx);
      return page.events.length;
    });
    if (handled === 0) break;
    batches += 1;
    total += handled;
    options.onBatch?.({ batches, events: total, checkpoint });
  }
  return { batches, events: total, checkpoint };
}

interface Prefetched {
  readonly after: Checkpoint;
  readonly page: ReadAllResult;
}

function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  return a.txId === b.txId && a.position === b.position;
}

/** A projection's checkpoint, or null when it has not run (or was reset). */
export async function getCheckpoint(ctx: StoreContext, name: string): Promise<Checkpoint | null> {
  const r = await sql<{ tx_id: string; position: string }>`
    SELECT tx_id::text AS tx_id, position::text AS position FROM ${table(ctx, 'checkpoints')} WHERE name = ${name}`.execute(
    ctx.root,
  );
  const row = r.rows[0];
  return row ? { txId: row.tx_id, position: row.position } : null;
}

/**
 * Forgets a projection's checkpoint, so the next catch-up replays from the start. A rebuild is:
 * truncate the projection's tables and reset its checkpoint, in one transaction if you can
 * (`trx` given), then catch up.
 */
export async function resetCheckpoint(
  ctx: StoreContext,
  name: string,
  trx?: Transaction<unknown>,
): Promise<void> {
  await sql`DELETE FROM ${table(ctx, 'checkpoints')} WHERE name = ${name}`.execute(trx ?? ctx.root);
}
