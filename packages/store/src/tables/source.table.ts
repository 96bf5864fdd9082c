import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * One version of a document's bytes, stored once and addressed by its sha256, so that a newer
 * parser can re-read everything ever ingested.
 */
export interface SourceTable {
  sha256: string;
  media_type: string;
  byte_length: number;
  bytes: Uint8Array;
  /** The base name the file had when first seen (null for standard input without `--name`). */
  file_name: string | null;
  first_seen: ColumnType<Date, Date | string | undefined, never>;
}

export type SourceRow = Selectable<SourceTable>;
export type NewSourceRow = Insertable<SourceTable>;
