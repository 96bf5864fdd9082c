import {
  CURRENT_SCHEMA_VERSIONS,
  parseEvent,
  type EventType,
  type RecordedEvent,
} from '@stenogram/schema';
import { sql, type RawBuilder } from 'kysely';
import { StoredEventInvalidError } from './errors.js';
import { dataExpression, trimEvent, type DataOmissions } from './omit-data.js';

/** An events row as the store selects it: positions as decimal strings on both backends. */
export interface StoredEventRow {
  readonly global_position: string;
  readonly tx_id: string;
  readonly stream_id: string;
  readonly stream_position: number;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  /**
   * `{"data":…,"metadata":…}`, typed `json`: both drivers parse it as each row arrives, so the
   * row's text is garbage at once instead of living as long as the page (one parse a row instead
   * of one a column).
   */
  readonly body: Body;
  /** Milliseconds since the epoch (decimal text), formatted to ISO 8601 here. */
  readonly recorded_ms: string;
}

/**
 * The select list producing a {@link StoredEventRow}. Positions become text under their own names,
 * so ORDER BY must qualify the columns (`e.global_position`) to sort numerically. The time travels
 * as epoch milliseconds, formatted here once per distinct value (the server's `to_char` was about
 * a fifth of producing a row), truncated as `to_char`'s `MS` was.
 */
export const EVENT_COLUMNS: RawBuilder<unknown> = eventColumns(undefined);

/** {@link EVENT_COLUMNS} with the fields `omit` names left out of the data. */
export function eventColumns(omit: DataOmissions | undefined): RawBuilder<unknown> {
  return sql`global_position::text AS global_position, tx_id::text AS tx_id,
  stream_id, stream_position, event_id, type, schema_version,
  ('{"data":' || ${dataExpression(omit)}::text || ',"metadata":' || metadata::text || '}')::json AS body,
  floor(extract(epoch FROM recorded_at) * 1000)::int8::text AS recorded_ms`;
}

export interface Body {
  readonly data: unknown;
  readonly metadata: unknown;
}

// The events of one transaction share their time: format each distinct time once.
let lastMs = '';
let lastIso = '';
function isoOf(ms: string): string {
  if (ms !== lastMs) {
    lastIso = new Date(Number(ms)).toISOString();
    lastMs = ms;
  }
  return lastIso;
}

/**
 * A stored row as the catalogue's event, at the current schemaVersion, with its position.
 *
 * Rows already at the current version are returned as stored, without validating them again:
 * every write path validates its events and stores them as parsed, and the table refuses UPDATE,
 * so such a row is what was validated (re-validating every event made zod most of a replay's
 * cost). Older rows are upcast (never rewritten in the table) and validated. Use
 * {@link toValidatedEvent} to check a row against the catalogue whatever its version.
 *
 * @throws {@link StoredEventInvalidError} when an older row does not upcast to a valid event.
 */
export function toRecordedEvent(row: StoredEventRow, omit?: DataOmissions): RecordedEvent {
  const current = Object.hasOwn(CURRENT_SCHEMA_VERSIONS, row.type)
    ? CURRENT_SCHEMA_VERSIONS[row.type as EventType]
    : null;
  // Older rows come whole (see dataExpression): upcast, then trimmed here.
  if (current !== row.schema_version) return trimEvent(toValidatedEvent(row), omit);
  const { data, metadata } = row.body;
  return {
    type: row.type,
    schemaVersion: row.schema_version,
    data,
    metadata,
    position: positionOf(row),
  } as RecordedEvent;
}

/**
 * A stored row upcast and validated against the catalogue, whatever its version (what
 * `audit verify` reads with).
 *
 * @throws {@link StoredEventInvalidError} when the row does not parse.
 */
export function toValidatedEvent(row: StoredEventRow): RecordedEvent {
  const { data, metadata } = row.body;
  const parsed = parseEvent({ type: row.type, schemaVersion: row.schema_version, data, metadata });
  if (!parsed.success) throw new StoredEventInvalidError(row.global_position, parsed.message);
  return { ...parsed.event, position: positionOf(row) };
}

function positionOf(row: StoredEventRow): RecordedEvent['position'] {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamPosition: row.stream_position,
    globalPosition: row.global_position,
    txId: row.tx_id,
    recordedAt: isoOf(row.recorded_ms),
  };
}
