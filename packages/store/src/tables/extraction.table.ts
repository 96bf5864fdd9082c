import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * One parser version run over one source. Unique on (source_sha256, parser_version): ingesting
 * the same bytes with the same parser again finds this row and appends nothing.
 */
export interface ExtractionTable {
  id: string;
  source_sha256: string;
  stream_id: string;
  parser_version: string;
  /** `completed`, or `completed_with_warnings` when the extraction-completed event has warnings. */
  status: string;
  /** Events of each type, from the extraction-completed event. */
  counts: ColumnType<Record<string, number>, string, never>;
  /** sha256 of the extraction's events, from the extraction-completed event. */
  digest: string;
  warnings: ColumnType<readonly { code: string; message: string }[], string, never>;
  /** The extraction of the same stream this one replaces, if any. */
  supersedes: string | null;
  event_count: number;
  started_at: ColumnType<Date, Date | string | undefined, never>;
  completed_at: ColumnType<Date, Date | string | undefined, never>;
}

export type ExtractionRow = Selectable<ExtractionTable>;
export type NewExtractionRow = Insertable<ExtractionTable>;
