import type { Insertable, Selectable } from 'kysely';

/** How far a projection has read: the (tx_id, global_position) pair of the last event it handled. */
export interface CheckpointTable {
  name: string;
  tx_id: string;
  position: string;
  updated_at: Date;
}

export type CheckpointRow = Selectable<CheckpointTable>;
export type NewCheckpointRow = Insertable<CheckpointTable>;
