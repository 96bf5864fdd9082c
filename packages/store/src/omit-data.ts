import {
  CURRENT_SCHEMA_VERSIONS,
  type EventDataOf,
  type EventType,
  type RecordedEvent,
} from '@stenogram/schema';
import { sql, type RawBuilder } from 'kysely';

/**
 * Top-level fields of events' data that a projection never reads, by event type. The server
 * leaves them out, so they are neither sent nor parsed: a statement's paragraphs (its text again,
 * with spans) are half of what a replay of a transcript corpus reads.
 *
 * @example
 * const omitData = { 'statement-made': ['paragraphs'] } as const satisfies DataOmissions;
 */
export type DataOmissions = {
  readonly [T in EventType]?: readonly (keyof EventDataOf<T> & string)[];
};

/** A recorded event with the fields that `O` omits left out of its data. */
export type LeanEvent<O extends DataOmissions> = RecordedEvent extends infer E
  ? E extends RecordedEvent
    ? E['type'] extends keyof O
      ? Omit<E, 'data'> & {
          readonly data: Omit<E['data'], NonNullable<O[E['type']]>[number]>;
        }
      : E
    : never
  : never;

/** The omissions that remove something, as [type, keys] pairs. */
function entries(omit: DataOmissions | undefined): [EventType, readonly string[]][] {
  const out: [EventType, readonly string[]][] = [];
  for (const [type, keys] of Object.entries(omit ?? {}) as [string, readonly string[]][]) {
    if (Object.hasOwn(CURRENT_SCHEMA_VERSIONS, type) && keys.length > 0) {
      out.push([type as EventType, keys]);
    }
  }
  return out;
}

/**
 * The events table's `data` with the omitted fields removed, as a select-list expression. Only
 * rows at the current schemaVersion are trimmed by the server: older rows are upcast whole (an
 * upcaster may need any field) and trimmed by {@link trimEvent}.
 */
export function dataExpression(omit: DataOmissions | undefined): RawBuilder<unknown> {
  const cases = entries(omit);
  if (cases.length === 0) return sql`data`;
  const whens = cases.map(
    ([type, keys]) =>
      sql`WHEN type = ${type} AND schema_version = ${CURRENT_SCHEMA_VERSIONS[type]}::int
        THEN data${sql.join(
          keys.map((k) => sql` - ${k}::text`),
          sql``,
        )}`,
  );
  return sql`(CASE ${sql.join(whens, sql` `)} ELSE data END)`;
}

/** A copy of the event without the omitted fields of its type in its data. */
export function trimEvent(event: RecordedEvent, omit: DataOmissions | undefined): RecordedEvent {
  const keys = omit?.[event.type];
  if (!keys || keys.length === 0) return event;
  const data = { ...event.data } as Record<string, unknown>;
  for (const key of keys) delete data[key];
  return { ...event, data } as RecordedEvent;
}
