import { z } from 'zod';
import { SlugSchema, SpanSchema } from '../span.js';

/** One person of the opening participant lists. */
export const ParticipantListedSchema = z.object({
  personId: SlugSchema,
  /** Order within the meeting's participant lists, from 0. */
  ordinal: z.int().nonnegative(),
  name: z.string().min(1),
  /** The position as written at the meeting ("Prime Minister of Armenia"). */
  position: z.string().nullable(),
  /** The country the position names ("Prime Minister of Armenia" → "Armenia"). */
  country: z.string().nullable(),
  /** The organisation the position names, when it is not a country. */
  organisation: z.string().nullable(),
  /** The card's "Surname Given", kept apart from the visible name. */
  sortName: z.string().nullable(),
  /** The card's position: the person's position when the page was saved, not at the meeting. */
  cardPosition: z.string().nullable(),
  kremlinPersonId: z.int().positive().nullable(),
  span: SpanSchema,
});
export type ParticipantListed = z.infer<typeof ParticipantListedSchema>;
