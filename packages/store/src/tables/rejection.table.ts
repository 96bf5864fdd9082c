import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A document ingest refused (not a transcript, unreadable, …), kept so the audit can show it. */
export interface RejectionTable {
  id: Generated<string>;
  /** Null when the file could not be read at all: there were no bytes to hash. */
  sha256: string | null;
  file_name: string | null;
  code: string;
  reason: string;
  rejected_at: ColumnType<Date, Date | string | undefined, never>;
}

export type RejectionRow = Selectable<RejectionTable>;
export type NewRejectionRow = Insertable<RejectionTable>;
