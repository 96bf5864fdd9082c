/**
 * A reader's place in the global order: the (transaction id, global position) of the last event it
 * saw, both decimal strings. `null` (or absent) means the beginning.
 */
export interface Checkpoint {
  readonly txId: string;
  readonly position: string;
}

/** The checkpoint before every event. */
export const START: Checkpoint = { txId: '0', position: '0' };
