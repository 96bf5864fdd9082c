import { z } from 'zod';
import { SpanSchema } from '../span.js';

/** A heading ("Speech at …") or a `* * *` separator opens a part of the meeting. */
export const SectionStartedSchema = z.object({
  sectionId: z.string().min(1),
  ordinal: z.int().nonnegative(),
  kind: z.enum(['heading', 'separator']),
  /** The heading's text; null for a bare separator. */
  heading: z.string().nullable(),
  span: SpanSchema,
});
export type SectionStarted = z.infer<typeof SectionStartedSchema>;
