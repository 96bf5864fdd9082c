import { z } from 'zod';
import { IsoDateSchema } from '../span.js';

/** The meeting's header, as the page gives it: null where the page does not say (never guessed). */
export const MeetingOpenedSchema = z.object({
  meetingId: z.string().min(1),
  title: z.string().nullable(),
  lead: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  /** Local time as printed, `HH:MM`. */
  time: z
    .string()
    .regex(/^\d{1,2}:\d{2}$/, 'expected HH:MM')
    .nullable(),
  place: z.string().nullable(),
  /** The site's own id of the page (`/events/president/transcripts/<id>`). */
  kremlinId: z.int().positive().nullable(),
  url: z.string().nullable(),
});
export type MeetingOpened = z.infer<typeof MeetingOpenedSchema>;
