import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { REPORT_VERSION } from './meeting-report.js';

/** A meeting as listed in `index.json`. */
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

/** Every meeting: `index.json`, ordered by date, then title, then document id. */
export const IndexReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  meetings: z.array(IndexEntrySchema),
});
export type IndexReport = z.infer<typeof IndexReportSchema>;
