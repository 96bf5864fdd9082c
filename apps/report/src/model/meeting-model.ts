import type {
  ChairIdentified,
  ExtractionCompleted,
  ExtractionStarted,
  MeetingOpened,
  NoteRecorded,
  OrganisationReferenced,
  ParticipantListed,
  PersonMentioned,
  SectionStarted,
  SourceRegistered,
  StatementMade,
} from '@stenogram/schema';

/**
 * Every fact of one document as its current extraction states them: the unit a meeting report is
 * made from. Built either by folding events (`foldMeetings`) or from the projection tables.
 */
export interface MeetingModel {
  readonly documentId: string;
  readonly source: SourceRegistered;
  readonly started: ExtractionStarted;
  readonly completed: ExtractionCompleted;
  /** When the store recorded `extraction-completed`; null for events that never went through a store. */
  readonly completedAt: string | null;
  readonly meeting: MeetingOpened | null;
  readonly participants: readonly ParticipantListed[];
  readonly chairs: readonly ChairIdentified[];
  readonly organisations: readonly OrganisationReferenced[];
  readonly sections: readonly SectionStarted[];
  readonly statements: readonly StatementMade[];
  readonly notes: readonly NoteRecorded[];
  readonly mentions: readonly PersonMentioned[];
}
