import { z } from 'zod';
import { Sha256Schema } from '../span.js';

/** A parser version began reading one source. */
export const ExtractionStartedSchema = z.object({
  extractionId: z.string().min(1),
  documentId: z.string().min(1),
  sourceSha256: Sha256Schema,
  parserVersion: z.string().min(1),
  /** How the parser read the bytes. */
  inputKind: z.enum(['html', 'text']),
});
export type ExtractionStarted = z.infer<typeof ExtractionStartedSchema>;
