import {
  CURRENT_SCHEMA_VERSIONS,
  type EventDataOf,
  type EventType,
  type StenogramEvent,
} from '@stenogram/schema';

const SHA = 'a'.repeat(64);
const span = { start: 0, end: 1 };

/** One event with empty metadata but the extraction id. */
export function event<T extends EventType>(
  type: T,
  data: EventDataOf<T>,
  extractionId: string | null,
  parserVersion = '0.1.0',
): StenogramEvent {
  return {
    type,
    schemaVersion: CURRENT_SCHEMA_VERSIONS[type],
    data,
    metadata: { extractionId, parserVersion, correlationId: null, causationId: null },
  } as StenogramEvent;
}

export interface SampleOptions {
  readonly extractionId?: string;
  readonly documentId?: string;
  readonly title?: string;
  readonly sha256?: string;
  readonly parserVersion?: string;
  /** Who makes the second statement (the point of a re-extraction in the tests). */
  readonly secondSpeaker?: { label: string; personId: string | null; name: string | null };
  readonly complete?: boolean;
}

function statement(
  ordinal: number,
  label: string,
  personId: string | null,
  name: string | null,
  paragraphs: string[],
): EventDataOf<'statement-made'> {
  const text = paragraphs.join('\n');
  return {
    statementId: `st-${ordinal}`,
    ordinal,
    speaker: {
      label,
      personId,
      name,
      position: null,
      kind: personId ? 'person' : 'generic',
      kremlinPersonId: null,
    },
    annotations: [],
    text,
    paragraphs: paragraphs.map((p) => ({ text: p, span })),
    wordCount: text.split(/\s+/).filter(Boolean).length,
    sectionId: 'sec-0',
    span,
  };
}

/** A small meeting: two participants, a chair, an organisation, three turns and a note. */
export function sampleMeeting(options: SampleOptions = {}): StenogramEvent[] {
  const x = options.extractionId ?? 'ex-1';
  const pv = options.parserVersion ?? '0.1.0';
  const documentId = options.documentId ?? 'doc-talks';
  const sha256 = options.sha256 ?? SHA;
  const second = options.secondSpeaker ?? {
    label: 'President of Belarus Alexander Lukashenko',
    personId: 'alexander-lukashenko',
    name: 'Alexander Lukashenko',
  };
  const events: StenogramEvent[] = [
    event(
      'source-registered',
      {
        documentId,
        sha256,
        byteLength: 1234,
        mediaType: 'text/plain',
        fileName: 'talks.txt',
        url: null,
      },
      x,
      pv,
    ),
    event(
      'extraction-started',
      { extractionId: x, documentId, sourceSha256: sha256, parserVersion: pv, inputKind: 'text' },
      x,
      pv,
    ),
    event(
      'meeting-opened',
      {
        meetingId: `m-${documentId}`,
        title: options.title ?? 'Russian-Belarusian talks',
        lead: null,
        date: '2021-09-09',
        time: '15:30',
        place: 'The Kremlin, Moscow',
        kremlinId: null,
        url: null,
      },
      x,
      pv,
    ),
    event(
      'participant-listed',
      {
        personId: 'alexander-lukashenko',
        ordinal: 0,
        name: 'Alexander Lukashenko',
        position: 'President of Belarus',
        country: 'Belarus',
        organisation: null,
        sortName: 'Lukashenko Alexander',
        cardPosition: 'President of Belarus',
        kremlinPersonId: null,
        span,
      },
      x,
      pv,
    ),
    event(
      'chair-identified',
      {
        personId: 'vladimir-putin',
        name: 'Vladimir Putin',
        position: 'President of Russia',
        country: 'Russia',
        kremlinPersonId: null,
        span,
      },
      x,
      pv,
    ),
    event(
      'organisation-referenced',
      { orgId: 'union-state', name: 'Union State', abbreviation: null, span },
      x,
      pv,
    ),
    event(
      'section-started',
      { sectionId: 'sec-0', ordinal: 0, kind: 'heading', heading: 'Beginning of talks', span },
      x,
      pv,
    ),
    event(
      'statement-made',
      statement(0, 'President of Russia Vladimir Putin', 'vladimir-putin', 'Vladimir Putin', [
        'Mr President, friends, the integration of our economies is the main topic of the talks today.',
        'Gas prices and the integration roadmaps will be signed by the governments this autumn, and the Union State gains a single gas market.',
      ]),
      x,
      pv,
    ),
    event(
      'note-recorded',
      { noteId: 'n-0', kind: 'applause', text: '(Applause.)', statementId: 'st-0', span },
      x,
      pv,
    ),
    event(
      'statement-made',
      statement(1, second.label, second.personId, second.name, [
        'Thank you. The roadmaps on gas and oil are ready, and our governments have agreed the integration programmes in full.',
      ]),
      x,
      pv,
    ),
    event(
      'statement-made',
      statement(2, 'Question', null, null, ['What about the gas price for next year?']),
      x,
      pv,
    ),
  ];
  if (options.complete !== false) {
    events.push(
      event(
        'extraction-completed',
        { extractionId: x, counts: {}, digest: 'd'.repeat(64), warnings: [] },
        x,
        pv,
      ),
    );
  }
  return events;
}
