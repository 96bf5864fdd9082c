import { z } from 'zod';
import { SlugSchema, SpanSchema } from '../span.js';

/** An organisation with a "Background information" note, once per meeting. */
export const OrganisationReferencedSchema = z.object({
  orgId: SlugSchema,
  /** The glossary's full name ("Collective Security Treaty Organisation"). */
  name: z.string().min(1),
  abbreviation: z.string().nullable(),
  span: SpanSchema,
});
export type OrganisationReferenced = z.infer<typeof OrganisationReferencedSchema>;
