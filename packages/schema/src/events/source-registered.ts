import { z } from 'zod';
import { Sha256Schema } from '../span.js';

/** A document's bytes were seen: the first event of every extraction. */
export const SourceRegisteredSchema = z.object({
  documentId: z.string().min(1),
  sha256: Sha256Schema,
  byteLength: z.int().nonnegative(),
  mediaType: z.enum(['text/html', 'text/plain', 'application/octet-stream']),
  /** The base name as given on the command line (or `--name` for standard input). */
  fileName: z.string().nullable(),
  /** The page's canonical URL, where the input says it. */
  url: z.string().nullable(),
});
export type SourceRegistered = z.infer<typeof SourceRegisteredSchema>;
