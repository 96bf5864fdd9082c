import { z } from 'zod';

/** One fact that differs between two extractions. */
export const AuditChangeSchema = z.object({
  /**
   * What kind of fact: meeting, participant, chair, organisation, section, statement, note (a
   * stage note or omission, keyed by kind and text, counted) or mention (a person named inside the
   * statements, keyed by person id, counted).
   */
  fact: z.enum([
    'meeting',
    'participant',
    'chair',
    'organisation',
    'section',
    'statement',
    'note',
    'mention',
  ]),
  change: z.enum([
    'added',
    'removed',
    'changed',
    'speaker-changed',
    'text-changed',
    'split',
    'merged',
  ]),
  /** The fact's key: person id, org id, statement ordinal, field name, note kind and text. */
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof AuditChangeSchema>;

/** `stenogram-report audit diff <A> <B> --json`. */
export const AuditDiffSchema = z.object({
  a: z.object({ extractionId: z.string(), parserVersion: z.string().nullable() }),
  b: z.object({ extractionId: z.string(), parserVersion: z.string().nullable() }),
  changes: z.array(AuditChangeSchema),
});
export type AuditDiff = z.infer<typeof AuditDiffSchema>;
