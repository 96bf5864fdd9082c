/**
 * @stenogram/store — the append-only event store: PostgreSQL through Kysely, PGlite as the
 * embedded default. See the package README for the guarantees and the tests that prove them.
 */
export { openStore, type OpenStoreOptions } from './open-store.js';
export { redact } from './redact.js';
export { EventStore, type StoreBackend } from './event-store.js';
export type {
  AppendExtractionInput,
  AppendExtractionResult,
  SourceInput,
} from './append-extraction.js';
export type { AppendExtractionsOptions, BulkAppendResult } from './append-extractions.js';
export type {
  AppendToStreamOptions,
  AppendToStreamResult,
  ExpectedVersion,
} from './append-to-stream.js';
export type { ReadAllOptions, ReadAllResult } from './read-all.js';
export type { ReadStreamOptions, ReadStreamRangesOptions, StreamRange } from './read-stream.js';
export type { CatchUpOptions, CatchUpResult, NoOmissions, Projection } from './catch-up.js';
export type { DataOmissions, LeanEvent } from './omit-data.js';
export { START, type Checkpoint } from './checkpoint.js';
export type { ExtractionInfo, ListExtractionsOptions } from './extractions.js';
export type { SourceInfo, StoredSource } from './sources.js';
export type { Rejection, RejectionInput } from './rejections.js';
export type { Database } from './database.js';
export type { SourceTable, SourceRow } from './tables/source.table.js';
export type { ExtractionTable, ExtractionRow } from './tables/extraction.table.js';
export type { RejectionTable, RejectionRow } from './tables/rejection.table.js';
export type { StreamTable, StreamRow } from './tables/stream.table.js';
export type { EventTable, EventRow } from './tables/event.table.js';
export type { CheckpointTable, CheckpointRow } from './tables/checkpoint.table.js';
export { DEFAULT_SCHEMA, MigrationFailedError, migrateStore } from './migrate.js';
export { storeMigrations } from './migrations/migrations.js';
export { LOCK_FILE } from './pglite-lock.js';
export {
  ExpectedVersionConflictError,
  ExtractionConflictError,
  InvalidEventError,
  InvalidExtractionError,
  StoreLockedError,
  StoreUnavailableError,
  StoredEventInvalidError,
} from './errors.js';
