import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * The append-only log. `global_position` is taken at insert but becomes visible at commit; readers
 * order by (`tx_id`, `global_position`) and stop below the oldest running transaction.
 */
export interface EventTable {
  /** bigserial, read back as a decimal string on both backends. */
  global_position: Generated<string>;
  /** xid8 of the writing transaction, as a decimal string. */
  tx_id: Generated<string>;
  stream_id: string;
  stream_position: number;
  event_id: string;
  extraction_id: string | null;
  type: string;
  schema_version: number;
  data: ColumnType<unknown, string, never>;
  metadata: ColumnType<unknown, string, never>;
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
}

export type EventRow = Selectable<EventTable>;
export type NewEventRow = Insertable<EventTable>;
