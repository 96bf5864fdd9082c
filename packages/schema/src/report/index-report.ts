import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { REPORT_VERSION } from './meeting-report.js';

/**
 * The year the collections file a meeting under (`2021`), `undated` for a meeting without a
 * date: each person, organisation and the index have one file per year.
 */
export const ReportPeriodSchema = z.string().regex(/^(\d{4}|undated)$/);

/** Meetings, statements and words of one year, and the file that lists them. */
export const PeriodTotalsSchema = z.object({
  period: ReportPeriodSchema,
  /** The file listing them, relative to the output folder, without extension. */
  file: z.string(),
  meetings: z.int().nonnegative(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
});
export type PeriodTotals = z.infer<typeof PeriodTotalsSchema>;

/** A meeting as listed in `index/<year>.json`. */
export const IndexEntrySchema = z.object({
  documentId: z.string(),
  file: z.string(),
  date: IsoDateSchema.nullable(),
  title: z.string().nullable(),
  place: z.string().nullable(),
  participants: z.int().nonnegative(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/** `index.json`: the years, with their totals and files, oldest first (`undated` last). */
export const IndexReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  meetings: z.int().nonnegative(),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
  years: z.array(PeriodTotalsSchema),
});
export type IndexReport = z.infer<typeof IndexReportSchema>;

/** `index/<year>.json`: every meeting of the year, ordered by date, then title, then document id. */
export const IndexPeriodReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  period: ReportPeriodSchema,
  meetings: z.array(IndexEntrySchema),
});
export type IndexPeriodReport = z.infer<typeof IndexPeriodReportSchema>;
