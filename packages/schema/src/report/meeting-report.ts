import { z } from 'zod';
import { IsoDateSchema, Sha256Schema } from '../span.js';

/** Version of the report JSON layout; raised when a field changes meaning or goes away. */
export const REPORT_VERSION = 2 as const;

/** The warnings and unresolved labels of a report's data-quality part. */
export const ReportWarningSchema = z.object({ code: z.string(), message: z.string() });
export type ReportWarning = z.infer<typeof ReportWarningSchema>;

/** A speaker as a report shows it: the label the reader saw and the person it resolved to. */
export const ReportSpeakerSchema = z.object({
  label: z.string(),
  personId: z.string().nullable(),
  name: z.string().nullable(),
  position: z.string().nullable(),
  kind: z.enum(['person', 'role', 'generic']),
});
export type ReportSpeaker = z.infer<typeof ReportSpeakerSchema>;

/** One row of a meeting's participants table: listed at the opening, or a person who spoke. */
export const ReportParticipantSchema = z.object({
  personId: z.string(),
  name: z.string(),
  /** The position as written at this meeting. */
  position: z.string().nullable(),
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  /** True when the opening participant list names the person; false for a speaker only. */
  listed: z.boolean(),
  turns: z.int().nonnegative(),
  words: z.int().nonnegative(),
  /** Share of the meeting's statement words, 0..1, rounded to 4 decimals. */
  share: z.number().min(0).max(1),
});
export type ReportParticipant = z.infer<typeof ReportParticipantSchema>;

/** A speaker's part of the words (persons, roles and generic labels alike). */
export const ReportSpeakerShareSchema = z.object({
  label: z.string(),
  personId: z.string().nullable(),
  turns: z.int().nonnegative(),
  words: z.int().nonnegative(),
  share: z.number().min(0).max(1),
});
export type ReportSpeakerShare = z.infer<typeof ReportSpeakerShareSchema>;

export const ReportNoteSchema = z.object({
  noteId: z.string(),
  kind: z.string(),
  text: z.string(),
  statementId: z.string().nullable(),
});
export type ReportNote = z.infer<typeof ReportNoteSchema>;

export const ReportStatementSchema = z.object({
  statementId: z.string(),
  ordinal: z.int().nonnegative(),
  sectionId: z.string().nullable(),
  speaker: ReportSpeakerSchema,
  annotations: z.array(z.string()),
  paragraphs: z.array(z.string()),
  wordCount: z.int().nonnegative(),
  notes: z.array(ReportNoteSchema),
  /** People the statement talks about (person links inside it), in order, each once. */
  mentions: z.array(z.object({ personId: z.string(), name: z.string() })),
});
export type ReportStatement = z.infer<typeof ReportStatementSchema>;

export const ReportKeyQuoteSchema = z.object({
  statementId: z.string(),
  speaker: z.string(),
  text: z.string(),
  /** The method's score (mean TF-IDF of the sentence's content words), for audit. */
  score: z.number(),
});
export type ReportKeyQuote = z.infer<typeof ReportKeyQuoteSchema>;

/** One meeting: `meetings/<date>-<slug>.json`. */
export const MeetingReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  meeting: z.object({
    documentId: z.string(),
    meetingId: z.string().nullable(),
    /** The report's file name without extension (`2021-09-17-joint-meeting-…`). */
    file: z.string(),
    title: z.string().nullable(),
    lead: z.string().nullable(),
    date: IsoDateSchema.nullable(),
    time: z.string().nullable(),
    place: z.string().nullable(),
    kremlinId: z.int().nullable(),
    url: z.string().nullable(),
  }),
  source: z.object({
    sha256: Sha256Schema,
    fileName: z.string().nullable(),
    url: z.string().nullable(),
    mediaType: z.string(),
    byteLength: z.int().nonnegative(),
  }),
  extraction: z.object({
    extractionId: z.string(),
    parserVersion: z.string(),
    inputKind: z.string(),
    /** When the store recorded the extraction's completion; null for events not read from a store. */
    completedAt: z.string().nullable(),
    digest: z.string(),
  }),
  participants: z.array(ReportParticipantSchema),
  chair: z.array(
    z.object({ personId: z.string(), name: z.string(), position: z.string().nullable() }),
  ),
  organisations: z.array(
    z.object({ orgId: z.string(), name: z.string(), abbreviation: z.string().nullable() }),
  ),
  /** People mentioned in the statements (not participants), most mentioned first. */
  mentioned: z.array(
    z.object({ personId: z.string(), name: z.string(), statements: z.int().nonnegative() }),
  ),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      ordinal: z.int().nonnegative(),
      kind: z.string(),
      heading: z.string().nullable(),
    }),
  ),
  /** Speakers in the order they first took the floor. */
  speakingOrder: z.array(
    z.object({ label: z.string(), personId: z.string().nullable(), firstStatementId: z.string() }),
  ),
  speakerShare: z.array(ReportSpeakerShareSchema),
  summary: z.object({
    keywords: z.array(z.string()),
    speakerKeywords: z.array(
      z.object({
        label: z.string(),
        personId: z.string().nullable(),
        keywords: z.array(z.string()),
      }),
    ),
    keyQuotes: z.array(ReportKeyQuoteSchema),
  }),
  statements: z.array(ReportStatementSchema),
  /** Notes outside any statement (narrative stage lines). */
  notes: z.array(ReportNoteSchema),
  totals: z.object({ statements: z.int().nonnegative(), words: z.int().nonnegative() }),
  dataQuality: z.object({
    warnings: z.array(ReportWarningSchema),
    unresolvedLabels: z.array(z.string()),
  }),
});
export type MeetingReport = z.infer<typeof MeetingReportSchema>;
