import { parseEvent, type RecordedEvent } from '@stenogram/schema';
import { sql, type RawBuilder } from 'kysely';
import { StoredEventInvalidError } from './errors.js';

/** An events row as the store selects it: positions as decimal strings on both backends. */
export interface StoredEventRow {
  readonly global_position: string;
  readonly tx_id: string;
  readonly stream_id: string;
  readonly stream_position: number;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: unknown;
  /** ISO 8601 in UTC with milliseconds, formatted by the server (no Date parsing per row). */
  readonly recorded_at: string;
}

/**
 * The select list producing a {@link StoredEventRow}. Positions become text under their own names,
 * so ORDER BY must qualify the columns (`e.global_position`) to sort numerically.
 */
export const EVENT_COLUMNS: RawBuilder<unknown> = sql`global_position::text AS global_position, tx_id::text AS tx_id,
  stream_id, stream_position, event_id, type, schema_version, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

/**
 * A stored row as the catalogue's event, upcast to the current schemaVersion (never rewritten in
 * the table), with its position.
 *
 * @throws {@link StoredEventInvalidError} when the row no longer parses.
 */
export function toRecordedEvent(row: StoredEventRow): RecordedEvent {
  const parsed = parseEvent({
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
  });
  if (!parsed.success) throw new StoredEventInvalidError(row.global_position, parsed.message);
  return {
    ...parsed.event,
    position: {
      eventId: row.event_id,
      streamId: row.stream_id,
      streamPosition: row.stream_position,
      globalPosition: row.global_position,
      txId: row.tx_id,
      recordedAt: row.recorded_at,
    },
  };
}
