import { z } from 'zod';
import { SlugSchema, SpanSchema } from '../span.js';

/**
 * A person link inside a statement ("… my colleague Nikol Pashinyan …"): who was talked about,
 * with the card behind the link. Not a participant: being mentioned is not taking part.
 */
export const PersonMentionedSchema = z.object({
  personId: SlugSchema,
  /** The person's name, from the link and its card ("Alexander Lukashenko" for a link "Lukashenko"). */
  name: z.string().min(1),
  /** The link's text as the reader sees it. */
  visible: z.string().min(1),
  sortName: z.string().nullable(),
  cardPosition: z.string().nullable(),
  kremlinPersonId: z.int().positive().nullable(),
  statementId: z.string().min(1),
  span: SpanSchema,
});
export type PersonMentioned = z.infer<typeof PersonMentionedSchema>;
