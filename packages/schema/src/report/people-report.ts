import { z } from 'zod';
import { IsoDateSchema } from '../span.js';
import { REPORT_VERSION } from './meeting-report.js';

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

export const PersonEntrySchema = z.object({
  personId: z.string(),
  name: z.string(),
  /** Every distinct name and position the person was written with, sorted. */
  names: z.array(z.string()),
  positions: z.array(z.string()),
  meetings: z.array(PersonMeetingSchema),
  statements: z.int().nonnegative(),
  words: z.int().nonnegative(),
});
export type PersonEntry = z.infer<typeof PersonEntrySchema>;

/** Each person across meetings: `people.json`, ordered by words spoken, then person id. */
export const PeopleReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  people: z.array(PersonEntrySchema),
});
export type PeopleReport = z.infer<typeof PeopleReportSchema>;
