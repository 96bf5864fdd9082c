import { z } from 'zod';
import { ChairIdentifiedSchema } from './events/chair-identified.js';
import { ExtractionCompletedSchema } from './events/extraction-completed.js';
import { ExtractionStartedSchema } from './events/extraction-started.js';
import { MeetingOpenedSchema } from './events/meeting-opened.js';
import { NoteRecordedSchema } from './events/note-recorded.js';
import { OrganisationReferencedSchema } from './events/organisation-referenced.js';
import { ParticipantListedSchema } from './events/participant-listed.js';
import { PersonMentionedSchema } from './events/person-mentioned.js';
import { SectionStartedSchema } from './events/section-started.js';
import { SourceRegisteredSchema } from './events/source-registered.js';
import { StatementMadeSchema } from './events/statement-made.js';

/**
 * Who caused an event: the extraction that produced it, the parser version, and the usual
 * correlation (one ingest run or request) and causation (the event or command that led to it) ids.
 */
export const EventMetadataSchema = z.object({
  extractionId: z.string().min(1).nullable(),
  parserVersion: z.string().min(1).nullable(),
  correlationId: z.string().min(1).nullable(),
  causationId: z.string().min(1).nullable(),
});
export type EventMetadata = z.infer<typeof EventMetadataSchema>;

/**
 * The current schema version of every event type. An event stored at an older version is upcast
 * on read through the registry in `upcast.ts`; stored rows are never rewritten.
 */
export const CURRENT_SCHEMA_VERSIONS = {
  'source-registered': 1,
  'extraction-started': 1,
  'meeting-opened': 1,
  'participant-listed': 2,
  'chair-identified': 1,
  'organisation-referenced': 1,
  'section-started': 1,
  'statement-made': 1,
  'note-recorded': 1,
  'person-mentioned': 1,
  'extraction-completed': 1,
} as const;

/** Every event type string of the catalogue. */
export type EventType = keyof typeof CURRENT_SCHEMA_VERSIONS;
export const EVENT_TYPES = Object.keys(CURRENT_SCHEMA_VERSIONS) as readonly EventType[];

function envelope<T extends EventType, D extends z.ZodType>(type: T, data: D) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSIONS[type]),
    data,
    metadata: EventMetadataSchema,
  });
}

export const SourceRegisteredEventSchema = envelope('source-registered', SourceRegisteredSchema);
export const ExtractionStartedEventSchema = envelope('extraction-started', ExtractionStartedSchema);
export const MeetingOpenedEventSchema = envelope('meeting-opened', MeetingOpenedSchema);
export const ParticipantListedEventSchema = envelope('participant-listed', ParticipantListedSchema);
export const ChairIdentifiedEventSchema = envelope('chair-identified', ChairIdentifiedSchema);
export const OrganisationReferencedEventSchema = envelope(
  'organisation-referenced',
  OrganisationReferencedSchema,
);
export const SectionStartedEventSchema = envelope('section-started', SectionStartedSchema);
export const StatementMadeEventSchema = envelope('statement-made', StatementMadeSchema);
export const NoteRecordedEventSchema = envelope('note-recorded', NoteRecordedSchema);
export const PersonMentionedEventSchema = envelope('person-mentioned', PersonMentionedSchema);
export const ExtractionCompletedEventSchema = envelope(
  'extraction-completed',
  ExtractionCompletedSchema,
);

/** Any event of the catalogue at its current schema version, discriminated on `type`. */
export const StenogramEventSchema = z.discriminatedUnion('type', [
  SourceRegisteredEventSchema,
  ExtractionStartedEventSchema,
  MeetingOpenedEventSchema,
  ParticipantListedEventSchema,
  ChairIdentifiedEventSchema,
  OrganisationReferencedEventSchema,
  SectionStartedEventSchema,
  StatementMadeEventSchema,
  NoteRecordedEventSchema,
  PersonMentionedEventSchema,
  ExtractionCompletedEventSchema,
]);
export type StenogramEvent = z.infer<typeof StenogramEventSchema>;

/** The event of one type. */
export type EventOf<T extends EventType> = Extract<StenogramEvent, { type: T }>;
/** The data of one event type. */
export type EventDataOf<T extends EventType> = EventOf<T>['data'];

/** Where an event was stored, present on events read back from the store. */
export const StoredPositionSchema = z.object({
  eventId: z.string().min(1),
  streamId: z.string().min(1),
  /** Position in its stream, from 1. */
  streamPosition: z.int().positive(),
  /** Global position (a bigint, as a decimal string). */
  globalPosition: z.string().regex(/^\d+$/),
  /** The writing transaction's id (xid8, as a decimal string): readers order by (txId, globalPosition). */
  txId: z.string().regex(/^\d+$/),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type StoredPosition = z.infer<typeof StoredPositionSchema>;

/** An event as read back from the store: upcast to its current version, with its position. */
export type RecordedEvent = StenogramEvent & { readonly position: StoredPosition };

/** Compile-time proof that a `switch` over event types handled every case. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
