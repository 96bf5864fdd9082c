import { z } from 'zod';

/**
 * Where a fact stands in the decoded source text: UTF-16 code-unit offsets, so that
 * `source.slice(span.start, span.end)` is the evidence for it.
 */
export const SpanSchema = z
  .object({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });
export type Span = z.infer<typeof SpanSchema>;

/** A lower-case kebab-case identifier derived from content (`nikol-pashinyan`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

/** A lower-case hex sha256 digest. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest');

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
