import type { RecordedEvent } from '@stenogram/schema';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { START, type Checkpoint } from './checkpoint.js';
import { horizon, sightWriters, type WriterSighting } from './read-horizon.js';
import { table, type StoreContext } from './store-context.js';
import type { DataOmissions } from './omit-data.js';
import { eventColumns, toRecordedEvent, type StoredEventRow } from './to-recorded-event.js';

/** Options of {@link readAll}. */
export interface ReadAllOptions {
  /** Read events after this checkpoint (default: from the start). */
  readonly after?: Checkpoint | null;
  /** At most this many events (default 1000). */
  readonly limit?: number;
}

/** One page of the global order and the checkpoint to continue from. */
export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /** The last event's place, or `after` unchanged when there were none. */
  readonly checkpoint: Checkpoint;
}

/**
 * Reads events in the safe global order. A bigserial is taken at insert but becomes visible at
 * commit, so `global_position > last` alone skips the events of a slow transaction that commits
 * after a later one. Here events are ordered by (tx_id, global_position) and only transactions
 * older than the oldest one still running are read (DESIGN.md's
 * `tx_id < pg_snapshot_xmin(pg_current_snapshot())`), so whatever a reader has passed can no
 * longer change. Refinement: "still running" counts only transactions that write events (or may
 * yet start to), so an unrelated long transaction elsewhere on the server does not stall readers;
 * see `read-horizon.ts`.
 *
 * @example
 * let checkpoint = null;
 * for (;;) {
 *   const page = await store.readAll({ after: checkpoint, limit: 500 });
 *   if (page.events.length === 0) break;
 *   handle(page.events);
 *   checkpoint = page.checkpoint;
 * }
 */
export async function readAll(
  ctx: StoreContext,
  options: ReadAllOptions = {},
): Promise<ReadAllResult> {
  return readAllOn(ctx, ctx.root, options);
}

/** {@link readAll} on a given executor (a transaction, for the catch-up). */
export async function readAllOn(
  ctx: StoreContext,
  executor: Kysely<unknown>,
  options: ReadAllOptions,
  /** Writers listed by an earlier statement of the caller (the catch-up merges it with its own). */
  sighted?: WriterSighting,
  /** Fields to leave out of the events' data (a projection's `omitData`). */
  omit?: DataOmissions,
): Promise<ReadAllResult> {
  const after = options.after ?? START;
  const limit = options.limit ?? 1000;
  // Two statements, so the writers are listed before the reading snapshot is taken.
  const sighting = sighted ?? (await sightWriters(ctx, executor));
  const result = await pageQuery(ctx, after, sighting, limit, omit).execute(executor);
  const events = result.rows.map((row) => toRecordedEvent(row, omit));
  const last = events.at(-1);
  return {
    events,
    checkpoint: last ? { txId: last.position.txId, position: last.position.globalPosition } : after,
  };
}

/**
 * The statement of one page: events after `after`, below the horizon of `sighting`, in the safe
 * global order.
 */
export function pageQuery(
  ctx: StoreContext,
  after: Checkpoint,
  sighting: WriterSighting,
  limit: number,
  omit?: DataOmissions,
): RawBuilder<StoredEventRow> {
  return sql<StoredEventRow>`
    SELECT ${eventColumns(omit)}
    FROM ${table(ctx, 'events')} e
    WHERE (e.tx_id, e.global_position) > (${after.txId}::xid8, ${after.position}::bigint)
      AND e.tx_id < ${horizon(sighting)}
    -- Qualified: the select list turns both into text under the same names.
    ORDER BY e.tx_id, e.global_position
    -- The limit as a sub-select, which the planner cannot see: it then plans for a tenth of the
    -- rows and walks the (tx_id, global_position) index. Given the number, it weighs the page
    -- against its estimate of the rows left, which it gets badly wrong for the row comparison on
    -- a freshly filled table; a large page then made it read and sort every remaining row, on
    -- every page (catch-up in pages of 10,000 over 100,000 fresh events: 3x slower).
    LIMIT (SELECT ${limit}::int)`;
}
