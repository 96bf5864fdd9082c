import type { RecordedEvent } from '@stenogram/schema';
import { sql } from 'kysely';
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
  return result.rows.map(toRecordedEvent);
}
