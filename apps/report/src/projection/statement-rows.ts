import type { StatementMade } from '@stenogram/schema';
import type { Column } from './insert-rows.js';

/** The key every fact table starts with: the extraction and the event's place in its stream. */
export const FACT_KEY_COLUMNS: readonly Column[] = [
  ['extraction_id', 'text'],
  ['stream_position', 'integer'],
];

/** The statement's own columns of `report_statements`: what search matches, shows and filters on. */
export const STATEMENT_FACT_COLUMNS: readonly Column[] = [
  ['statement_id', 'text'],
  ['ordinal', 'integer'],
  ['speaker_label', 'text'],
  ['person_id', 'text'],
  ['speaker_name', 'text'],
  ['speaker_kind', 'text'],
  ['word_count', 'integer'],
  ['text', 'text'],
];

/** Every column of `report_statements`, in the order {@link statementRow} fills them. */
export const STATEMENT_COLUMNS: readonly Column[] = [
  ...FACT_KEY_COLUMNS,
  ...STATEMENT_FACT_COLUMNS,
];

/** A statement's row. */
export function statementRow(
  extractionId: string,
  streamPosition: number,
  d: Omit<StatementMade, 'paragraphs'>,
): Record<string, unknown> {
  return {
    extraction_id: extractionId,
    stream_position: streamPosition,
    statement_id: d.statementId,
    ordinal: d.ordinal,
    speaker_label: d.speaker.label,
    person_id: d.speaker.personId,
    speaker_name: d.speaker.name,
    speaker_kind: d.speaker.kind,
    word_count: d.wordCount,
    text: d.text,
  };
}
