import type { RecordedEvent, StenogramEvent } from '@stenogram/schema';
import type { Kysely, Transaction } from 'kysely';
import { AppendCoalescer } from './append-coalescer.js';
import { type AppendExtractionInput, type AppendExtractionResult } from './append-extraction.js';
import {
  appendExtractions,
  type AppendExtractionsOptions,
  type BulkAppendResult,
} from './append-extractions.js';
import {
  appendToStream,
  type AppendToStreamOptions,
  type AppendToStreamResult,
} from './append-to-stream.js';
import {
  catchUp,
  getCheckpoint,
  resetCheckpoint,
  type CatchUpOptions,
  type CatchUpResult,
  type NoOmissions,
  type Projection,
} from './catch-up.js';
import type { Checkpoint } from './checkpoint.js';
import type { Database } from './database.js';
import {
  getExtraction,
  latestExtractionFor,
  listExtractions,
  readExtraction,
  type ExtractionInfo,
  type ListExtractionsOptions,
} from './extractions.js';
import type { DataOmissions } from './omit-data.js';
import { readAll, type ReadAllOptions, type ReadAllResult } from './read-all.js';
import {
  readStream,
  readStreamRanges,
  type ReadStreamOptions,
  type ReadStreamRangesOptions,
  type StreamRange,
} from './read-stream.js';
import {
  listRejections,
  recordRejection,
  type Rejection,
  type RejectionInput,
} from './rejections.js';
import { getSource, listSources, type SourceInfo, type StoredSource } from './sources.js';
import type { StoreBackend, StoreContext } from './store-context.js';

export type { StoreBackend } from './store-context.js';

/**
 * The append-only event store, opened by {@link openStore}. Every method is safe to call
 * concurrently; on PGlite calls simply queue for its one connection.
 */
export class EventStore {
  readonly #ctx: StoreContext;
  readonly #release: () => void;
  readonly #appends: AppendCoalescer;
  #closed = false;

  /** @internal Use {@link openStore}. */
  constructor(parts: StoreContext & { readonly release: () => void }) {
    this.#ctx = {
      root: parts.root,
      db: parts.db,
      schema: parts.schema,
      backend: parts.backend,
      pool: parts.pool,
    };
    this.#release = parts.release;
    this.#appends = new AppendCoalescer(this.#ctx);
  }

  /** Which engine serves the store. */
  get backend(): StoreBackend {
    return this.#ctx.backend;
  }

  /** The PostgreSQL schema holding the store's tables (default `stenogram`). */
  get schema(): string {
    return this.#ctx.schema;
  }

  /**
   * The Kysely instance, bound to the store's schema (`store.db.selectFrom('events')`). Apps may
   * create their projection tables in the same database: `store.db.withSchema('report')`, or
   * `store.db.withoutPlugins()` for unqualified names. Writing the store's tables directly
   * bypasses its guarantees (and UPDATE/DELETE on events is refused anyway).
   */
  get db(): Kysely<Database> {
    return this.#ctx.db;
  }

  /**
   * See {@link appendExtraction}. Concurrent calls on one store are grouped: while a statement
   * runs, the next calls wait and then share one statement (and one commit), each extraction still
   * whole or absent, each caller answered after its commit (see `append-coalescer.ts`).
   */
  appendExtraction(input: AppendExtractionInput): Promise<AppendExtractionResult> {
    // Through the coalescer: concurrent calls on this store share statements and commits.
    return this.#appends.append(input);
  }

  /** See {@link appendExtractions} (bulk mode). */
  appendExtractions(
    inputs: readonly AppendExtractionInput[],
    options?: AppendExtractionsOptions,
  ): Promise<readonly BulkAppendResult[]> {
    return appendExtractions(this.#ctx, inputs, options);
  }

  /** See {@link appendToStream}. */
  appendToStream(
    streamId: string,
    events: readonly StenogramEvent[],
    options: AppendToStreamOptions,
  ): Promise<AppendToStreamResult> {
    return appendToStream(this.#ctx, streamId, events, options);
  }

  /** See {@link readStream}. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    return readStream(this.#ctx, streamId, options);
  }

  /** See {@link readStreamRanges}. */
  readStreamRanges(
    ranges: readonly StreamRange[],
    options?: ReadStreamRangesOptions,
  ): Promise<readonly (readonly RecordedEvent[])[]> {
    return readStreamRanges(this.#ctx, ranges, options);
  }

  /** See {@link readAll}. */
  readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
    return readAll(this.#ctx, options);
  }

  /** See {@link catchUp}. */
  catchUp<O extends DataOmissions = NoOmissions>(
    projection: Projection<O>,
    options?: CatchUpOptions,
  ): Promise<CatchUpResult> {
    return catchUp(this.#ctx, projection, options);
  }

  /** A projection's checkpoint, or null. */
  getCheckpoint(name: string): Promise<Checkpoint | null> {
    return getCheckpoint(this.#ctx, name);
  }

  /** See {@link resetCheckpoint}. */
  resetCheckpoint(name: string, trx?: Transaction<unknown>): Promise<void> {
    return resetCheckpoint(this.#ctx, name, trx);
  }

  /** See {@link recordRejection}. */
  recordRejection(input: RejectionInput): Promise<Rejection> {
    return recordRejection(this.#ctx, input);
  }

  /** See {@link listRejections}. */
  listRejections(options?: { readonly sha256?: string }): Promise<readonly Rejection[]> {
    return listRejections(this.#ctx, options);
  }

  /** See {@link listSources}. */
  listSources(): Promise<readonly SourceInfo[]> {
    return listSources(this.#ctx);
  }

  /** See {@link getSource}. */
  getSource(sha256: string): Promise<StoredSource | null> {
    return getSource(this.#ctx, sha256);
  }

  /** See {@link listExtractions}. */
  listExtractions(options?: ListExtractionsOptions): Promise<readonly ExtractionInfo[]> {
    return listExtractions(this.#ctx, options);
  }

  /** See {@link getExtraction}. */
  getExtraction(id: string): Promise<ExtractionInfo | null> {
    return getExtraction(this.#ctx, id);
  }

  /** See {@link readExtraction}. */
  readExtraction(extractionId: string): Promise<readonly RecordedEvent[]> {
    return readExtraction(this.#ctx, extractionId);
  }

  /** See {@link latestExtractionFor}. */
  latestExtractionFor(streamId: string): Promise<ExtractionInfo | null> {
    return latestExtractionFor(this.#ctx, streamId);
  }

  /** Closes the connections (and releases the PGlite lock). Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#ctx.root.destroy();
    } finally {
      this.#release();
    }
  }
}
