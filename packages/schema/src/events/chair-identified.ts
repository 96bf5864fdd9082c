import { z } from 'zod';
import { SlugSchema, SpanSchema } from '../span.js';

/** Who chaired, where the page says so. */
export const ChairIdentifiedSchema = z.object({
  personId: SlugSchema,
  name: z.string().min(1),
  position: z.string().nullable(),
  country: z.string().nullable(),
  kremlinPersonId: z.int().positive().nullable(),
  span: SpanSchema,
});
export type ChairIdentified = z.infer<typeof ChairIdentifiedSchema>;
