import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { REPORT_VERSION } from './meeting-report.js';

export const OrganisationEntrySchema = z.object({
  orgId: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  meetings: z.array(
    z.object({
      documentId: z.string(),
      file: z.string(),
      date: IsoDateSchema.nullable(),
      title: z.string().nullable(),
    }),
  ),
});
export type OrganisationEntry = z.infer<typeof OrganisationEntrySchema>;

/** Each organisation referenced, with its meetings: `organisations.json`. */
export const OrganisationsReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  organisations: z.array(OrganisationEntrySchema),
});
export type OrganisationsReport = z.infer<typeof OrganisationsReportSchema>;
