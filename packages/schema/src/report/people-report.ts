import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { PeriodTotalsSchema, ReportPeriodSchema } from './index-report.js';
import { REPORT_VERSION } from './meeting-report.js';

/** A person in `people.json`: totals across every meeting, and the person's own file. */
export const PeopleEntrySchema = z.object({
  personId: z.string(),
  /** The name written at the person's latest meeting. */
  name: z.string(),
  /** `people/<file name>`, relative to the output folder, without extension. */
  file: z.string(),
  meetings: z.int().nonnegative(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
});
export type PeopleEntry = z.infer<typeof PeopleEntrySchema>;

/** Everyone: `people.json`, ordered by words spoken, then person id. */
export const PeopleReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  people: z.array(PeopleEntrySchema),
});
export type PeopleReport = z.infer<typeof PeopleReportSchema>;

/** One person: `people/<person>.json`, with the years attended (oldest first, `undated` last). */
export const PersonReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  personId: z.string(),
  name: z.string(),
  /** Every distinct name and position the person was written with, sorted. */
  names: z.array(z.string()),
  positions: z.array(z.string()),
  meetings: z.int().nonnegative(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
  years: z.array(PeriodTotalsSchema),
});
export type PersonReport = z.infer<typeof PersonReportSchema>;

/** One meeting of a person, with the position written at that meeting. */
export const PersonMeetingSchema = z.object({
  documentId: z.string(),
  file: z.string(),
  date: IsoDateSchema.nullable(),
  title: z.string().nullable(),
  position: z.string().nullable(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
});
export type PersonMeeting = z.infer<typeof PersonMeetingSchema>;

/**
 * One person's meetings in one year: `people/<person>/<year>.json`, ordered by date, then title,
 * then document id. `name` is the one written at the year's latest meeting.
 */
export const PersonPeriodReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  personId: z.string(),
  name: z.string(),
  period: ReportPeriodSchema,
  meetings: z.array(PersonMeetingSchema),
});
export type PersonPeriodReport = z.infer<typeof PersonPeriodReportSchema>;
