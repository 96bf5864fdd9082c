import type { RecordedEvent } from '@stenogram/schema';
import { sql, type Kysely } from 'kysely';
import { table, type StoreContext } from './store-context.js';
import { EVENT_COLUMNS, toRecordedEvent, type StoredEventRow } from './to-recorded-event.js';

/** Options of {@link readStream}. */
export interface ReadStreamOptions {
  /** Only events after this stream position (default 0: all). */
  readonly after?: number;
}

/** Every event of one stream, in stream order, upcast, with positions. Empty for an unknown stream. */
export async function readStream(
  ctx: StoreContext,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<readonly RecordedEvent[]> {
  const result = await sql<StoredEventRow>`
    SELECT ${EVENT_COLUMNS} FROM ${table(ctx, 'events')}
    WHERE stream_id = ${streamId} AND stream_position > ${options.after ?? 0}::int
    ORDER BY stream_position`.execute(ctx.root);
  return result.rows.map((row) => toRecordedEvent(row));
}

/** A slice of one stream: the events after `after` and before `before` (stream positions). */
export interface StreamRange {
  readonly streamId: string;
  /** Only events after this stream position (default 0: from the start). */
  readonly after?: number;
  /** Only events before this stream position (default: to the end of the stream). */
  readonly before?: number | null;
}

/** Options of {@link readStreamRanges}. */
export interface ReadStreamRangesOptions {
  /**
   * Where to read: a projection's transaction (`handle`'s `trx`) so that the read sees its own
   * snapshot and, on PGlite's single connection, does not wait for that transaction. Default: the
   * store's connection.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction of the caller's
  readonly executor?: Kysely<any>;
}

/**
 * Several stream slices in one query, e.g. the extractions a report renders: one list per range,
 * in the ranges' order, each in stream order, upcast, with positions (as {@link readStream}).
 */
export async function readStreamRanges(
  ctx: StoreContext,
  ranges: readonly StreamRange[],
  options: ReadStreamRangesOptions = {},
): Promise<readonly (readonly RecordedEvent[])[]> {
  const out: RecordedEvent[][] = ranges.map(() => []);
  if (ranges.length === 0) return out;
  const json = JSON.stringify(
    ranges.map((r) => ({ s: r.streamId, a: r.after ?? 0, b: r.before ?? null })),
  );
  // LATERAL with OFFSET 0: one index scan of (stream_id, stream_position) per range. As a plain
  // join the planner, not knowing how few ranges come, hashes them against a scan of every event.
  const result = await sql<StoredEventRow & { range: number }>`
    SELECT r.ord::int - 1 AS range, e.*
    FROM ROWS FROM (jsonb_to_recordset(${json}::jsonb) AS (s text, a int, b int))
      WITH ORDINALITY AS r(s, a, b, ord)
    CROSS JOIN LATERAL (
      SELECT ${EVENT_COLUMNS} FROM ${table(ctx, 'events')}
      WHERE stream_id = r.s AND stream_position > r.a
        AND stream_position < coalesce(r.b, 2147483647)
      ORDER BY stream_position OFFSET 0) e
    ORDER BY r.ord, e.stream_position`.execute(options.executor ?? ctx.root);
  for (const row of result.rows) out[row.range]!.push(toRecordedEvent(row));
  return out;
}
