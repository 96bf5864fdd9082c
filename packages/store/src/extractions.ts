import type { RecordedEvent } from '@stenogram/schema';
import { sql, type RawBuilder } from 'kysely';
import { table, toIso, type StoreContext } from './store-context.js';
import type { ExtractionRow } from './tables/extraction.table.js';
import { EVENT_COLUMNS, toValidatedEvent, type StoredEventRow } from './to-recorded-event.js';

/** One stored extraction: a parser version's run over one source. */
export interface ExtractionInfo {
  readonly id: string;
  readonly sourceSha256: string;
  readonly streamId: string;
  readonly parserVersion: string;
  readonly status: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly digest: string;
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  /** The extraction of the same stream this one replaced. */
  readonly supersedes: string | null;
  readonly eventCount: number;
  readonly startedAt: string;
  readonly completedAt: string;
}

/** Filters of {@link listExtractions}. */
export interface ListExtractionsOptions {
  readonly sha256?: string;
  readonly streamId?: string;
}

/** Stored extractions, in the order they were appended, optionally of one source or one stream. */
export async function listExtractions(
  ctx: StoreContext,
  options: ListExtractionsOptions = {},
): Promise<readonly ExtractionInfo[]> {
  let query = ctx.db.selectFrom('extractions').selectAll();
  if (options.sha256 !== undefined) query = query.where('source_sha256', '=', options.sha256);
  if (options.streamId !== undefined) query = query.where('stream_id', '=', options.streamId);
  // Appended order: by each extraction's first event (timestamps tie inside a bulk transaction),
  // found in the extraction's stream.
  const rows = await query
    .orderBy((eb) =>
      eb
        .selectFrom('events')
        .select((e) => e.fn.min('events.global_position').as('first'))
        .whereRef('events.stream_id', '=', 'extractions.stream_id')
        .whereRef('events.extraction_id', '=', 'extractions.id'),
    )
    .orderBy('id')
    .execute();
  return rows.map(toExtractionInfo);
}

/** One extraction by id, or null. */
export async function getExtraction(ctx: StoreContext, id: string): Promise<ExtractionInfo | null> {
  const row = await ctx.db
    .selectFrom('extractions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toExtractionInfo(row) : null;
}

/**
 * The latest extraction of a stream (the one reports use), or null: the extraction of the stream's
 * last event. Not the latest timestamp: extractions appended in one bulk transaction share it.
 */
export async function latestExtractionFor(
  ctx: StoreContext,
  streamId: string,
): Promise<ExtractionInfo | null> {
  const row = await ctx.db
    .selectFrom('extractions')
    .selectAll()
    .where(
      'id',
      '=',
      ctx.db
        .selectFrom('events')
        .select('extraction_id')
        .where('stream_id', '=', streamId)
        .where('extraction_id', 'is not', null)
        .orderBy('stream_position', 'desc')
        .limit(1),
    )
    .executeTakeFirst();
  return row ? toExtractionInfo(row) : null;
}

/**
 * The events of one extraction, in their order, upcast, with positions: each validated against the
 * catalogue whatever its version (the audit reads with this). They are read from the extraction's
 * stream, through its index: a document's stream holds only its own extractions.
 *
 * @throws {@link StoredEventInvalidError} when a stored event does not parse.
 */
export async function readExtraction(
  ctx: StoreContext,
  extractionId: string,
): Promise<readonly RecordedEvent[]> {
  const result = await extractionEventsQuery(ctx, extractionId).execute(ctx.root);
  return result.rows.map(toValidatedEvent);
}

/** The statement of {@link readExtraction}. */
export function extractionEventsQuery(
  ctx: StoreContext,
  extractionId: string,
): RawBuilder<StoredEventRow> {
  return sql<StoredEventRow>`
    SELECT ${EVENT_COLUMNS} FROM ${table(ctx, 'events')}
    WHERE stream_id = (SELECT stream_id FROM ${table(ctx, 'extractions')} WHERE id = ${extractionId})
      AND extraction_id = ${extractionId}
    ORDER BY stream_position`;
}

function toExtractionInfo(row: ExtractionRow): ExtractionInfo {
  return {
    id: row.id,
    sourceSha256: row.source_sha256,
    streamId: row.stream_id,
    parserVersion: row.parser_version,
    status: row.status,
    counts: row.counts,
    digest: row.digest,
    warnings: row.warnings,
    supersedes: row.supersedes,
    eventCount: row.event_count,
    startedAt: toIso(row.started_at),
    completedAt: toIso(row.completed_at),
  };
}
