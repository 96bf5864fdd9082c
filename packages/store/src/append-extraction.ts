import type { StenogramEvent } from '@stenogram/schema';
import { sql, type Kysely } from 'kysely';
import { ExtractionConflictError, InvalidExtractionError } from './errors.js';
import { table, toBytea, type StoreContext } from './store-context.js';
import { validateExtraction, type ExtractionSummary } from './validate-extraction.js';

/** One version of a document's bytes. */
export interface SourceInput {
  /** Lower-case hex sha256 of `bytes`. */
  readonly sha256: string;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly bytes: Uint8Array;
  /** Base name as given (null for standard input without a name). */
  readonly fileName: string | null;
}

/** One parser run over one source, with everything it emitted. */
export interface AppendExtractionInput {
  /** The document's stream (its document id). */
  readonly streamId: string;
  readonly source: SourceInput;
  readonly extractionId: string;
  readonly parserVersion: string;
  /**
   * The whole bracketed extraction: `source-registered`, `extraction-started`, the facts,
   * `extraction-completed`. Stored with ids `${extractionId}:${index}`.
   */
  readonly events: readonly StenogramEvent[];
  /**
   * The extraction this one replaces. Omitted: the stream's latest extraction, if any.
   * `null`: none.
   */
  readonly supersedes?: string | null;
  /** When the parser started (default: the transaction's time). */
  readonly startedAt?: Date;
}

/** What `appendExtraction` did. */
export type AppendExtractionResult =
  | {
      readonly status: 'appended';
      readonly extractionId: string;
      readonly streamId: string;
      /** The stream's version after the append. */
      readonly streamVersion: number;
      /** Global position of the extraction's first event (decimal string). */
      readonly firstPosition: string;
      readonly eventCount: number;
    }
  | {
      /** The same source and parser version were stored before: nothing was appended. */
      readonly status: 'exists';
      /** The stored extraction's id (which may differ from the one given). */
      readonly extractionId: string;
      readonly streamId: string;
      readonly streamVersion: number;
    };

/**
 * Stores a source (once, by hash), its extraction row and the extraction's events, in one
 * statement and so one transaction: either all of it is stored or none. Idempotent on
 * (source sha256, parser version): a second call, from this process or any other, concurrently or
 * later, returns `{ status: 'exists' }` and appends nothing.
 *
 * @throws {@link InvalidExtractionError} when the events are not a valid bracketed extraction
 * (nothing is written).
 * @throws {@link ExtractionConflictError} when the extraction id is taken by another source or parser version.
 */
export async function appendExtraction(
  ctx: StoreContext,
  input: AppendExtractionInput,
): Promise<AppendExtractionResult> {
  const summary = checkedSummary(input);
  return appendCheckedExtraction(ctx, ctx.root, input, summary);
}

/** Validates, throwing {@link InvalidExtractionError} with every problem found. */
export function checkedSummary(input: AppendExtractionInput): ExtractionSummary {
  const { problems, summary } = validateExtraction(input);
  if (problems.length > 0 || !summary)
    throw new InvalidExtractionError(input.extractionId, problems);
  return summary;
}

/**
 * The single-statement append on `executor` (the pool, or a transaction in bulk mode). Data-modifying
 * CTEs: the source and extraction rows are inserted `ON CONFLICT DO NOTHING`; only when the
 * extraction row is new do the stream's version and the events follow. A concurrent duplicate
 * waits on the unique index, then inserts nothing.
 */
export async function appendCheckedExtraction(
  ctx: StoreContext,
  executor: Kysely<unknown>,
  input: AppendExtractionInput,
  summary: ExtractionSummary,
): Promise<AppendExtractionResult> {
  const { source, extractionId, streamId, events } = input;
  const n = events.length;
  const done = summary.completed.data;
  const supersedes =
    input.supersedes === undefined
      ? sql`(SELECT x.id FROM ${table(ctx, 'extractions')} x WHERE x.stream_id = ${streamId}
             ORDER BY x.completed_at DESC, x.id DESC LIMIT 1)`
      : sql`${input.supersedes}::text`;
  const startedAt = input.startedAt
    ? sql`${input.startedAt.toISOString()}::timestamptz`
    : sql`now()`;
  const result = await sql<{ version: number; first_position: string | null }>`
    WITH src AS (
      INSERT INTO ${table(ctx, 'sources')} (sha256, media_type, byte_length, bytes, file_name)
      VALUES (${source.sha256}, ${source.mediaType}, ${source.byteLength}, ${toBytea(source.bytes)}, ${source.fileName})
      ON CONFLICT (sha256) DO NOTHING
    ), ext AS (
      INSERT INTO ${table(ctx, 'extractions')} (id, source_sha256, stream_id, parser_version, status, counts,
        digest, warnings, supersedes, event_count, started_at)
      VALUES (${extractionId}, ${source.sha256}, ${streamId}, ${input.parserVersion}, ${summary.status},
        ${JSON.stringify(done.counts)}::jsonb, ${done.digest}, ${JSON.stringify(done.warnings)}::jsonb,
        ${supersedes}, ${n}, ${startedAt})
      ON CONFLICT DO NOTHING
      RETURNING id
    ), st AS (
      INSERT INTO ${table(ctx, 'streams')} AS s (id, version)
      SELECT ${streamId}, ${n}::int FROM ext
      ON CONFLICT (id) DO UPDATE SET version = s.version + excluded.version
      RETURNING version
    ), ev AS (
      INSERT INTO ${table(ctx, 'events')} (stream_id, stream_position, event_id, extraction_id, type,
        schema_version, data, metadata)
      SELECT ${streamId}, st.version - ${n}::int + e.ord::int, ${extractionId} || ':' || (e.ord - 1), ${extractionId},
        e.v->>'type', (e.v->>'schemaVersion')::int, e.v->'data', e.v->'metadata'
      FROM st, jsonb_array_elements(${JSON.stringify(events)}::jsonb) WITH ORDINALITY AS e(v, ord)
      RETURNING global_position
    )
    SELECT st.version, (SELECT min(global_position)::text FROM ev) AS first_position FROM st
  `.execute(executor);
  const row = result.rows[0];
  if (row?.first_position != null) {
    return {
      status: 'appended',
      extractionId,
      streamId,
      streamVersion: row.version,
      firstPosition: row.first_position,
      eventCount: n,
    };
  }
  return existingExtraction(ctx, executor, input);
}

async function existingExtraction(
  ctx: StoreContext,
  executor: Kysely<unknown>,
  input: AppendExtractionInput,
): Promise<AppendExtractionResult> {
  const found = await sql<{ id: string; stream_id: string; version: number }>`
    SELECT x.id, x.stream_id, s.version
    FROM ${table(ctx, 'extractions')} x JOIN ${table(ctx, 'streams')} s ON s.id = x.stream_id
    WHERE x.source_sha256 = ${input.source.sha256} AND x.parser_version = ${input.parserVersion}
  `.execute(executor);
  const row = found.rows[0];
  if (!row) throw new ExtractionConflictError(input.extractionId);
  return {
    status: 'exists',
    extractionId: row.id,
    streamId: row.stream_id,
    streamVersion: row.version,
  };
}
