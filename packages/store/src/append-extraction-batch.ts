import type { AppendExtractionInput, AppendExtractionResult } from './append-extraction.js';
import { existingExtractionSql } from './append-extraction.js';
import { ExtractionConflictError } from './errors.js';
import { qualified, type QueryRunner } from './query-runner.js';
import type { StoreContext } from './store-context.js';
import type { ExtractionSummary } from './validate-extraction.js';

/** One validated extraction of a batch. */
export interface BatchItem {
  readonly input: AppendExtractionInput;
  readonly summary: ExtractionSummary;
}

const texts = new Map<string, string>();

/**
 * Many extractions of distinct streams in one statement: the whole batch travels as one jsonb
 * document (bytes in base64), the server parses it once, and each table gets one INSERT … SELECT.
 * Same rules as the single append: an extraction already stored (same sha256 and parser version)
 * inserts nothing, and only new extractions bring their source, stream version and events.
 * Extraction rows go in sorted by hash, so two concurrent batches take their index locks in one
 * order.
 */
function batchSql(schema: string): string {
  let text = texts.get(schema);
  if (text) return text;
  const t = (name: string) => qualified(schema, name);
  text = `
    WITH input AS (
      SELECT (x->>'i')::int AS i, x->>'sha' AS sha, x->>'mt' AS mt, (x->>'len')::int AS len,
        x->>'b64' AS b64, x->>'fn' AS fn, x->>'id' AS id, x->>'stream' AS stream, x->>'pv' AS pv,
        x->>'status' AS status, x->'counts' AS counts, x->>'digest' AS digest,
        x->'warnings' AS warnings, (x->>'sg')::boolean AS sg, x->>'sup' AS sup, (x->>'n')::int AS n,
        (x->>'started')::timestamptz AS started, x->'events' AS events
      FROM jsonb_array_elements($1::jsonb) AS x
    ), ext AS (
      INSERT INTO ${t('extractions')} (id, source_sha256, stream_id, parser_version, status, counts,
        digest, warnings, supersedes, event_count, started_at)
      SELECT id, sha, stream, pv, status, counts, digest, warnings,
        CASE WHEN sg THEN sup ELSE (
          SELECT e.extraction_id FROM ${t('events')} e
          WHERE e.stream_id = input.stream AND e.extraction_id IS NOT NULL
          ORDER BY e.stream_position DESC LIMIT 1) END,
        n, coalesce(started, now())
      FROM input ORDER BY sha, pv, i
      ON CONFLICT DO NOTHING
      RETURNING id
    ), added AS (
      SELECT input.* FROM input JOIN ext ON ext.id = input.id
    ), src AS (
      INSERT INTO ${t('sources')} (sha256, media_type, byte_length, bytes, file_name)
      SELECT DISTINCT ON (sha) sha, mt, len, decode(b64, 'base64'), fn FROM added ORDER BY sha, i
      ON CONFLICT (sha256) DO NOTHING
    ), st AS (
      INSERT INTO ${t('streams')} AS s (id, version)
      SELECT stream, n FROM added
      ON CONFLICT (id) DO UPDATE SET version = s.version + excluded.version
      RETURNING id, version
    ), ev AS (
      INSERT INTO ${t('events')} (stream_id, stream_position, event_id, extraction_id, type,
        schema_version, data, metadata)
      SELECT added.stream, st.version - added.n + e.ord::int, added.id || ':' || (e.ord - 1), added.id,
        e.v->>'type', (e.v->>'schemaVersion')::int, e.v->'data', e.v->'metadata'
      FROM added JOIN st ON st.id = added.stream,
        jsonb_array_elements(added.events) WITH ORDINALITY AS e(v, ord)
      RETURNING extraction_id, global_position
    ), firsts AS (
      SELECT extraction_id, min(global_position)::text AS first_position FROM ev GROUP BY extraction_id
    )
    SELECT added.i, st.version, firsts.first_position
    FROM added JOIN st ON st.id = added.stream JOIN firsts ON firsts.extraction_id = added.id`;
  texts.set(schema, text);
  return text;
}

/** Whether {@link appendExtractionBatch} can take these items: every stream at most once. */
export function fitsOneStatement(items: readonly BatchItem[]): boolean {
  return new Set(items.map((item) => item.input.streamId)).size === items.length;
}

/**
 * Appends a batch of extractions of distinct streams with one statement (atomic by itself), then
 * looks up the ones that were already stored. Results in item order.
 */
export async function appendExtractionBatch(
  ctx: StoreContext,
  run: QueryRunner,
  items: readonly BatchItem[],
): Promise<(AppendExtractionResult | ExtractionConflictError)[]> {
  const payload = items.map(({ input, summary }, i) => ({
    i,
    sha: input.source.sha256,
    mt: input.source.mediaType,
    len: input.source.byteLength,
    b64: Buffer.from(
      input.source.bytes.buffer,
      input.source.bytes.byteOffset,
      input.source.bytes.byteLength,
    ).toString('base64'),
    fn: input.source.fileName,
    id: input.extractionId,
    stream: input.streamId,
    pv: input.parserVersion,
    status: summary.status,
    counts: summary.completed.data.counts,
    digest: summary.completed.data.digest,
    warnings: summary.completed.data.warnings,
    sg: input.supersedes !== undefined,
    sup: input.supersedes ?? null,
    n: input.events.length,
    started: input.startedAt?.toISOString() ?? null,
    events: summary.events,
  }));
  const rows = await run.query<{ i: number; version: number; first_position: string }>(
    batchSql(ctx.schema),
    [JSON.stringify(payload)],
  );
  const appended = new Map(rows.map((row) => [row.i, row]));
  const results: (AppendExtractionResult | ExtractionConflictError)[] = [];
  for (const [i, { input }] of items.entries()) {
    const row = appended.get(i);
    if (row) {
      results.push({
        status: 'appended',
        extractionId: input.extractionId,
        streamId: input.streamId,
        streamVersion: row.version,
        firstPosition: row.first_position,
        eventCount: input.events.length,
      });
      continue;
    }
    const [existing] = await run.query<{ id: string; stream_id: string; version: number }>(
      existingExtractionSql(ctx.schema),
      [input.source.sha256, input.parserVersion],
    );
    results.push(
      existing
        ? {
            status: 'exists',
            extractionId: existing.id,
            streamId: existing.stream_id,
            streamVersion: existing.version,
          }
        : new ExtractionConflictError(input.extractionId),
    );
  }
  return results;
}
