import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { ReportPeriodSchema } from './index-report.js';
import { REPORT_VERSION } from './meeting-report.js';

/** An organisation in `organisations.json`: how many meetings referenced it, and its own file. */
export const OrganisationEntrySchema = z.object({
  orgId: z.string(),
  /** As written at the earliest meeting that referenced it. */
  name: z.string(),
  abbreviation: z.string().nullable(),
  /** `organisations/<file name>`, relative to the output folder, without extension. */
  file: z.string(),
  meetings: z.int().nonnegative(),
});
export type OrganisationEntry = z.infer<typeof OrganisationEntrySchema>;

/** Each organisation referenced: `organisations.json`, ordered by name, then id. */
export const OrganisationsReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  organisations: z.array(OrganisationEntrySchema),
});
export type OrganisationsReport = z.infer<typeof OrganisationsReportSchema>;

/** The meetings of one organisation in one year, and the file that lists them. */
export const OrganisationPeriodSchema = z.object({
  period: ReportPeriodSchema,
  file: z.string(),
  meetings: z.int().nonnegative(),
});

/** One organisation: `organisations/<org>.json`, with its years (oldest first, `undated` last). */
export const OrganisationReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  orgId: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  meetings: z.int().nonnegative(),
  years: z.array(OrganisationPeriodSchema),
});
export type OrganisationReport = z.infer<typeof OrganisationReportSchema>;

/** A meeting that referenced the organisation. */
export const OrganisationMeetingSchema = z.object({
  documentId: z.string(),
  file: z.string(),
  date: IsoDateSchema.nullable(),
  title: z.string().nullable(),
});
export type OrganisationMeeting = z.infer<typeof OrganisationMeetingSchema>;

/**
 * One organisation's meetings in one year: `organisations/<org>/<year>.json`, ordered by date, then
 * title, then document id; `name` and `abbreviation` as written at the year's earliest meeting.
 */
export const OrganisationPeriodReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  orgId: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  period: ReportPeriodSchema,
  meetings: z.array(OrganisationMeetingSchema),
});
export type OrganisationPeriodReport = z.infer<typeof OrganisationPeriodReportSchema>;
