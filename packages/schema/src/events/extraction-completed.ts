import { z } from 'zod';
import { Sha256Schema } from '../span.js';

/** Closes an extraction: what it found and a digest of everything it emitted. */
export const ExtractionCompletedSchema = z.object({
  extractionId: z.string().min(1),
  /** Events of each type in this extraction, this one excluded. */
  counts: z.record(z.string(), z.int().nonnegative()),
  /** sha256 over the canonical JSON of the extraction's events before this one. */
  digest: Sha256Schema,
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ExtractionCompleted = z.infer<typeof ExtractionCompletedSchema>;
