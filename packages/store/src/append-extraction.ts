import type { StenogramEvent } from '@stenogram/schema';
import { ExtractionConflictError, InvalidExtractionError } from './errors.js';
import { qualified, type QueryRunner } from './query-runner.js';
import { runner, toBytea, type StoreContext } from './store-context.js';
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
  return appendCheckedExtraction(ctx, runner(ctx), input, summary);
}

/** Validates, throwing {@link InvalidExtractionError} with every problem found. */
export function checkedSummary(input: AppendExtractionInput): ExtractionSummary {
  const { problems, summary } = validateExtraction(input);
  if (problems.length > 0 || !summary)
    throw new InvalidExtractionError(input.extractionId, problems);
  return summary;
}

/** Finds the stored extraction of (sha256, parser version): `[sha256, parserVersion]`. */
export function existingExtractionSql(schema: string): string {
  return statementsFor(schema).existing;
}

interface Statements {
  readonly append: string;
  readonly existing: string;
}
const statements = new Map<string, Statements>();

/**
 * The SQL texts, built once per schema (and prepared once per connection on PostgreSQL).
 *
 * One statement with data-modifying CTEs: the extraction row goes in `ON CONFLICT DO NOTHING`; only
 * when it is new do the source (once, by hash), the stream's version and the events follow
 * (`FROM ext`, `FROM st`). A concurrent duplicate waits on the unique index, then inserts nothing.
 * The events travel as one jsonb array, parsed once by the server: no per-event parameters.
 */
function statementsFor(schema: string): Statements {
  let found = statements.get(schema);
  if (found) return found;
  const t = (name: string) => qualified(schema, name);
  const append = `
    WITH ext AS (
      INSERT INTO ${t('extractions')} (id, source_sha256, stream_id, parser_version, status, counts,
        digest, warnings, supersedes, event_count, started_at)
      VALUES ($6::text, $1::text, $7::text, $8::text, $9::text, $10::jsonb, $11::text, $12::jsonb,
        CASE WHEN $13::boolean THEN $14::text ELSE (
          SELECT e.extraction_id FROM ${t('events')} e
          WHERE e.stream_id = $7::text AND e.extraction_id IS NOT NULL
          ORDER BY e.stream_position DESC LIMIT 1) END,
        $15::int, coalesce($16::timestamptz, now()))
      ON CONFLICT DO NOTHING
      RETURNING id
    ), src AS (
      INSERT INTO ${t('sources')} (sha256, media_type, byte_length, bytes, file_name)
      SELECT $1::text, $2::text, $3::int, $4::bytea, $5::text FROM ext
      ON CONFLICT (sha256) DO NOTHING
    ), st AS (
      INSERT INTO ${t('streams')} AS s (id, version)
      SELECT $7::text, $15::int FROM ext
      ON CONFLICT (id) DO UPDATE SET version = s.version + excluded.version
      RETURNING version
    ), ev AS (
      INSERT INTO ${t('events')} (stream_id, stream_position, event_id, extraction_id, type,
        schema_version, data, metadata)
      SELECT $7::text, st.version - $15::int + e.ord::int, $6::text || ':' || (e.ord - 1), $6::text,
        e.v->>'type', (e.v->>'schemaVersion')::int, e.v->'data', e.v->'metadata'
      FROM st, jsonb_array_elements($17::jsonb) WITH ORDINALITY AS e(v, ord)
      RETURNING global_position
    )
    SELECT st.version, (SELECT min(global_position)::text FROM ev) AS first_position FROM st`;
  const existing = `
    SELECT x.id, x.stream_id, s.version
    FROM ${t('extractions')} x JOIN ${t('streams')} s ON s.id = x.stream_id
    WHERE x.source_sha256 = $1::text AND x.parser_version = $2::text`;
  found = { append, existing };
  statements.set(schema, found);
  return found;
}

/** The single-statement append on `run` (the pool, or a transaction in bulk mode). */
export async function appendCheckedExtraction(
  ctx: StoreContext,
  run: QueryRunner,
  input: AppendExtractionInput,
  summary: ExtractionSummary,
): Promise<AppendExtractionResult> {
  const { source, extractionId, streamId, events } = input;
  const n = events.length;
  const done = summary.completed.data;
  const sql = statementsFor(ctx.schema);
  const rows = await run.query<{ version: number; first_position: string | null }>(sql.append, [
    source.sha256,
    source.mediaType,
    source.byteLength,
    toBytea(source.bytes),
    source.fileName,
    extractionId,
    streamId,
    input.parserVersion,
    summary.status,
    JSON.stringify(done.counts),
    done.digest,
    JSON.stringify(done.warnings),
    input.supersedes !== undefined,
    input.supersedes ?? null,
    n,
    input.startedAt?.toISOString() ?? null,
    JSON.stringify(summary.events),
  ]);
  const row = rows[0];
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
  const [existing] = await run.query<{ id: string; stream_id: string; version: number }>(
    sql.existing,
    [source.sha256, input.parserVersion],
  );
  if (!existing) throw new ExtractionConflictError(extractionId);
  return {
    status: 'exists',
    extractionId: existing.id,
    streamId: existing.stream_id,
    streamVersion: existing.version,
  };
}
