import type { Insertable, Selectable } from 'kysely';

/** One stream (one document) and its version: the number of events it holds. */
export interface StreamTable {
  id: string;
  version: number;
}

export type StreamRow = Selectable<StreamTable>;
export type NewStreamRow = Insertable<StreamTable>;
