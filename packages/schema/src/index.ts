export { SpanSchema, SlugSchema, Sha256Schema, IsoDateSchema, type Span } from './span.js';
export { SourceRegisteredSchema, type SourceRegistered } from './events/source-registered.js';
export { ExtractionStartedSchema, type ExtractionStarted } from './events/extraction-started.js';
export { MeetingOpenedSchema, type MeetingOpened } from './events/meeting-opened.js';
export { ParticipantListedSchema, type ParticipantListed } from './events/participant-listed.js';
export { ChairIdentifiedSchema, type ChairIdentified } from './events/chair-identified.js';
export {
  OrganisationReferencedSchema,
  type OrganisationReferenced,
} from './events/organisation-referenced.js';
export { SectionStartedSchema, type SectionStarted } from './events/section-started.js';
export {
  StatementMadeSchema,
  SpeakerSchema,
  SpeakerKindSchema,
  ParagraphSchema,
  type StatementMade,
  type Speaker,
  type SpeakerKind,
  type Paragraph,
} from './events/statement-made.js';
export { PersonMentionedSchema, type PersonMentioned } from './events/person-mentioned.js';
export {
  NoteRecordedSchema,
  NoteKindSchema,
  type NoteRecorded,
  type NoteKind,
} from './events/note-recorded.js';
export {
  ExtractionCompletedSchema,
  type ExtractionCompleted,
} from './events/extraction-completed.js';
export {
  EventMetadataSchema,
  CURRENT_SCHEMA_VERSIONS,
  EVENT_TYPES,
  StenogramEventSchema,
  StoredPositionSchema,
  assertNever,
  type EventMetadata,
  type EventType,
  type EventOf,
  type EventDataOf,
  type StenogramEvent,
  type StoredPosition,
  type RecordedEvent,
} from './event.js';
export {
  UPCASTERS,
  UpcastError,
  upcastData,
  ParticipantListedV1Schema,
  type Upcaster,
  type ParticipantListedV1,
} from './upcast.js';
export { parseEvent, type ParseEventResult, type EventIssue } from './parse-event.js';
export { jsonSchemas } from './json-schema.js';
export {
  REPORT_VERSION,
  MeetingReportSchema,
  ReportWarningSchema,
  ReportSpeakerSchema,
  ReportParticipantSchema,
  ReportSpeakerShareSchema,
  ReportNoteSchema,
  ReportStatementSchema,
  ReportKeyQuoteSchema,
  type MeetingReport,
  type ReportWarning,
  type ReportSpeaker,
  type ReportParticipant,
  type ReportSpeakerShare,
  type ReportNote,
  type ReportStatement,
  type ReportKeyQuote,
} from './report/meeting-report.js';
export {
  ReportPeriodSchema,
  PeriodTotalsSchema,
  IndexReportSchema,
  IndexEntrySchema,
  IndexPeriodReportSchema,
  type PeriodTotals,
  type IndexReport,
  type IndexEntry,
  type IndexPeriodReport,
} from './report/index-report.js';
export {
  PeopleReportSchema,
  PeopleEntrySchema,
  PersonReportSchema,
  PersonMeetingSchema,
  PersonPeriodReportSchema,
  type PeopleReport,
  type PeopleEntry,
  type PersonReport,
  type PersonMeeting,
  type PersonPeriodReport,
} from './report/people-report.js';
export {
  OrganisationsReportSchema,
  OrganisationEntrySchema,
  OrganisationReportSchema,
  OrganisationPeriodSchema,
  OrganisationMeetingSchema,
  OrganisationPeriodReportSchema,
  type OrganisationsReport,
  type OrganisationEntry,
  type OrganisationReport,
  type OrganisationMeeting,
  type OrganisationPeriodReport,
} from './report/organisations-report.js';
export {
  AuditDiffSchema,
  AuditChangeSchema,
  type AuditDiff,
  type AuditChange,
} from './report/audit-diff.js';
