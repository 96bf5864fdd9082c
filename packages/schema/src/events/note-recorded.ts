import { z } from 'zod';
import { SpanSchema } from '../span.js';

export const NoteKindSchema = z.enum([
  'applause',
  'laughter',
  'omission',
  'language',
  'addressee',
  'stage',
]);
export type NoteKind = z.infer<typeof NoteKindSchema>;

/** A stage note ("(Applause.)"), an omission (`<…>`) or an italic stage line. */
export const NoteRecordedSchema = z.object({
  noteId: z.string().min(1),
  kind: NoteKindSchema,
  text: z.string().min(1),
  /** The statement the note interrupts or follows; null outside any statement. */
  statementId: z.string().nullable(),
  span: SpanSchema,
});
export type NoteRecorded = z.infer<typeof NoteRecordedSchema>;
