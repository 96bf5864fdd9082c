import type { CheckpointTable } from './tables/checkpoint.table.js';
import type { EventTable } from './tables/event.table.js';
import type { ExtractionTable } from './tables/extraction.table.js';
import type { RejectionTable } from './tables/rejection.table.js';
import type { SourceTable } from './tables/source.table.js';
import type { StreamTable } from './tables/stream.table.js';

/**
 * The store's tables, as Kysely sees them. `store.db` is already bound to the store's PostgreSQL
 * schema (`withSchema`), so `store.db.selectFrom('events')` reads `stenogram.events`.
 */
export interface Database {
  sources: SourceTable;
  extractions: ExtractionTable;
  rejections: RejectionTable;
  streams: StreamTable;
  events: EventTable;
  checkpoints: CheckpointTable;
}
