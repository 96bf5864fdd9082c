import { z } from 'zod';
import { SlugSchema, SpanSchema } from '../span.js';

export const SpeakerKindSchema = z.enum(['person', 'role', 'generic']);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/** Who spoke, as the reader sees the label and as the parser resolved it. */
export const SpeakerSchema = z.object({
  /** The label as displayed: no card text, no colon, no "(retranslated)". */
  label: z.string().min(1),
  personId: SlugSchema.nullable(),
  name: z.string().nullable(),
  position: z.string().nullable(),
  kind: SpeakerKindSchema,
  kremlinPersonId: z.int().positive().nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const ParagraphSchema = z.object({ text: z.string(), span: SpanSchema });
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** One turn: a label and every paragraph until the next label, heading or separator. */
export const StatementMadeSchema = z.object({
  statementId: z.string().min(1),
  ordinal: z.int().nonnegative(),
  speaker: SpeakerSchema,
  /** Label annotations without their parentheses ("retranslated", "in English"). */
  annotations: z.array(z.string()),
  text: z.string(),
  paragraphs: z.array(ParagraphSchema).min(1),
  wordCount: z.int().nonnegative(),
  sectionId: z.string().nullable(),
  span: SpanSchema,
});
export type StatementMade = z.infer<typeof StatementMadeSchema>;
