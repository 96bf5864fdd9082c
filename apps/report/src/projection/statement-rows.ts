import type { StatementMade } from '@stenogram/schema';
import type { Column } from './insert-rows.js';

/** The columns of `report_statements`: what search matches, shows and filters on. */
export const STATEMENT_COLUMNS: readonly Column[] = [
  ['extraction_id', 'text'],
  ['stream_position', 'integer'],
  ['statement_id', 'text'],
  ['ordinal', 'integer'],
  ['speaker_label', 'text'],
  ['person_id', 'text'],
  ['speaker_name', 'text'],
  ['speaker_kind', 'text'],
  ['word_count', 'integer'],
  ['text', 'text'],
];

/** A statement's row. */
export function statementRow(
  extractionId: string,
  streamPosition: number,
  d: StatementMade,
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
