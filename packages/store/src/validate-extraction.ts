import { StenogramEventSchema, type EventOf, type StenogramEvent } from '@stenogram/schema';
import type { AppendExtractionInput } from './append-extraction.js';

/** What a valid extraction yields for its `extractions` row. */
export interface ExtractionSummary {
  readonly completed: EventOf<'extraction-completed'>;
  readonly status: 'completed' | 'completed_with_warnings';
  /**
   * The events as the catalogue parsed them (keys it does not know dropped): what is stored, so
   * that a stored event at the current schemaVersion reads back as exactly what was validated.
   */
  readonly events: readonly StenogramEvent[];
}

/**
 * Checks that an extraction is whole before any of it reaches the database: every event valid
 * against the catalogue, bracketed by `source-registered` … `extraction-completed`, and its ids
 * and hash agreeing with the input. Returns the problems (empty when valid) and the summary.
 */
export function validateExtraction(input: AppendExtractionInput): {
  readonly problems: readonly string[];
  readonly summary: ExtractionSummary | null;
} {
  const problems: string[] = [];
  const { events, extractionId, source } = input;
  if (!/^[0-9a-f]{64}$/.test(source.sha256))
    problems.push('source.sha256 is not a sha256 hex digest');
  if (source.byteLength !== source.bytes.byteLength) {
    problems.push(
      `source.byteLength ${source.byteLength} differs from the bytes given (${source.bytes.byteLength})`,
    );
  }
  if (input.streamId.length === 0) problems.push('streamId is empty');
  const valid: StenogramEvent[] = [];
  events.forEach((event, index) => {
    const parsed = StenogramEventSchema.safeParse(event);
    if (parsed.success) valid.push(parsed.data);
    else {
      const first = parsed.error.issues[0];
      problems.push(
        `events[${index}] (${String((event as { type?: unknown }).type)}): ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
      );
    }
  });
  const first: StenogramEvent | undefined = events[0];
  const last: StenogramEvent | undefined = events.at(-1);
  if (first?.type !== 'source-registered') {
    problems.push('the first event must be source-registered');
  } else if (first.data.sha256 !== source.sha256) {
    problems.push('source-registered names another sha256 than the source');
  }
  if (last?.type !== 'extraction-completed') {
    problems.push('the last event must be extraction-completed');
    return { problems, summary: null };
  }
  if (last.data.extractionId !== extractionId) {
    problems.push(
      `extraction-completed names extraction ${last.data.extractionId}, not ${extractionId}`,
    );
  }
  const closes = events.filter((e) => e.type === 'extraction-completed').length;
  if (closes !== 1) problems.push(`expected one extraction-completed, found ${closes}`);
  const status = last.data.warnings.length > 0 ? 'completed_with_warnings' : 'completed';
  return { problems, summary: { completed: last, status, events: valid } };
}
