import {
  assertNever,
  type ExtractionStarted,
  type RecordedEvent,
  type SourceRegistered,
  type StenogramEvent,
} from '@stenogram/schema';
import type { MeetingModel } from './meeting-model.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type OpenExtraction = Omit<Mutable<MeetingModel>, 'completed' | 'completedAt' | 'source'> & {
  source: SourceRegistered | null;
};

function emptyExtraction(
  started: ExtractionStarted,
  source: SourceRegistered | null,
): OpenExtraction {
  return {
    documentId: started.documentId,
    source,
    started,
    meeting: null,
    participants: [],
    chairs: [],
    organisations: [],
    sections: [],
    statements: [],
    notes: [],
    mentions: [],
  };
}

/** Stands in for a source whose `source-registered` was not seen: only its hash is known. */
export function unknownSource(started: ExtractionStarted): SourceRegistered {
  return {
    documentId: started.documentId,
    sha256: started.sourceSha256,
    byteLength: 0,
    mediaType: 'application/octet-stream',
    fileName: null,
    url: null,
  };
}

function positionOf(event: StenogramEvent | RecordedEvent): RecordedEvent['position'] | null {
  return 'position' in event ? event.position : null;
}

/**
 * Folds an ordered event stream into one model per document, keeping only the latest completed
 * extraction of each: a re-extraction replaces every fact of the earlier one, and an extraction that
 * never completed contributes nothing. Events are assigned to their extraction by
 * `metadata.extractionId`, or failing that by the last `extraction-started` of the same stream.
 * Returns the models ordered by document id.
 */
export function foldMeetings(events: Iterable<StenogramEvent | RecordedEvent>): MeetingModel[] {
  const open = new Map<string, OpenExtraction>();
  const lastStartedByStream = new Map<string, string>();
  const pendingSourceByStream = new Map<string, SourceRegistered>();
  const sourcesBySha = new Map<string, SourceRegistered>();
  const current = new Map<string, MeetingModel>();

  for (const event of events) {
    const streamKey = positionOf(event)?.streamId ?? '';
    const extractionId =
      event.type === 'extraction-started'
        ? event.data.extractionId
        : (event.metadata.extractionId ?? lastStartedByStream.get(streamKey) ?? null);
    switch (event.type) {
      case 'source-registered':
        sourcesBySha.set(event.data.sha256, event.data);
        pendingSourceByStream.set(streamKey, event.data);
        break;
      case 'extraction-started': {
        const source =
          pendingSourceByStream.get(streamKey) ?? sourcesBySha.get(event.data.sourceSha256) ?? null;
        pendingSourceByStream.delete(streamKey);
        open.set(event.data.extractionId, emptyExtraction(event.data, source));
        lastStartedByStream.set(streamKey, event.data.extractionId);
        break;
      }
      case 'extraction-completed': {
        const x = open.get(event.data.extractionId);
        open.delete(event.data.extractionId);
        if (!x) break;
        const source =
          x.source ?? sourcesBySha.get(x.started.sourceSha256) ?? unknownSource(x.started);
        current.set(x.documentId, {
          ...x,
          source,
          completed: event.data,
          completedAt: positionOf(event)?.recordedAt ?? null,
        });
        break;
      }
      default: {
        const x = extractionId === null ? undefined : open.get(extractionId);
        if (x) addFact(x, event);
      }
    }
  }
  return [...current.values()].sort((a, b) => compareStrings(a.documentId, b.documentId));
}

/**
 * One extraction's model from what the store recorded about it (source, start, completion) and its
 * fact events in stream order: the model `foldMeetings` gives for the same events.
 */
export function meetingModelOf(
  head: Pick<MeetingModel, 'source' | 'started' | 'completed' | 'completedAt'>,
  events: Iterable<StenogramEvent>,
): MeetingModel {
  const x = emptyExtraction(head.started, head.source);
  for (const event of events) {
    switch (event.type) {
      case 'source-registered':
      case 'extraction-started':
      case 'extraction-completed':
        break;
      default:
        addFact(x, event);
    }
  }
  return { ...x, source: head.source, completed: head.completed, completedAt: head.completedAt };
}

type FactEvent = Exclude<
  StenogramEvent,
  { type: 'source-registered' | 'extraction-started' | 'extraction-completed' }
>;

function addFact(x: OpenExtraction, event: FactEvent): void {
  switch (event.type) {
    case 'meeting-opened':
      x.meeting = event.data;
      break;
    case 'participant-listed':
      x.participants.push(event.data);
      break;
    case 'chair-identified':
      x.chairs.push(event.data);
      break;
    case 'organisation-referenced':
      x.organisations.push(event.data);
      break;
    case 'section-started':
      x.sections.push(event.data);
      break;
    case 'statement-made':
      x.statements.push(event.data);
      break;
    case 'note-recorded':
      x.notes.push(event.data);
      break;
    case 'person-mentioned':
      x.mentions.push(event.data);
      break;
    default:
      assertNever(event);
  }
}

/** Code-unit order, independent of the locale: what every sort of the reports uses. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
