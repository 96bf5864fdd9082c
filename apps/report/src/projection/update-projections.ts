import type { CatchUpResult, EventStore } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import { migrateReport } from './migrate-report.js';
import { ReportProjection } from './report-projection.js';
import { PROJECTION_NAME, REPORT_TABLES, tbl } from './report-tables.js';

export interface UpdateResult {
  readonly events: number;
  readonly batches: number;
  readonly milliseconds: number;
}

/** Events per catch-up batch (and per transaction). */
export const BATCH_SIZE = 20_000;

export interface ReplayOptions {
  /** Events per batch (default {@link BATCH_SIZE}). */
  readonly batchSize?: number;
  /**
   * Called after each batch: events replayed so far, and about how many there are to replay (the
   * distance from the checkpoint to the last stored position; sequence gaps make it an estimate).
   */
  readonly onProgress?: (events: number, about: number) => void;
}

function rootOf(store: EventStore): Kysely<unknown> {
  return store.db.withoutPlugins() as unknown as Kysely<unknown>;
}

/** Creates the report tables, or replaces those of an earlier layout (then the log is replayed). */
function migrate(store: EventStore): Promise<void> {
  return migrateReport(rootOf(store), store.schema, (trx) =>
    store.resetCheckpoint(PROJECTION_NAME, trx),
  );
}

/** Brings the report tables up to date with the event log (creating them first if needed). */
export async function updateProjections(
  store: EventStore,
  options: ReplayOptions = {},
): Promise<UpdateResult> {
  const started = performance.now();
  await migrate(store);
  const r = await replay(store, options);
  return { events: r.events, batches: r.batches, milliseconds: performance.now() - started };
}

/** One catch-up of the report projection. */
async function replay(store: EventStore, options: ReplayOptions): Promise<CatchUpResult> {
  const projection = new ReportProjection(store.schema, store);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const { onProgress } = options;
  if (!onProgress) return store.catchUp(projection, { batchSize });
  const from = BigInt((await store.getCheckpoint(PROJECTION_NAME))?.position ?? 0);
  const r = await sql<{ last: string | null }>`
    SELECT max(global_position)::text AS last FROM ${sql.table(`${store.schema}.events`)}`.execute(
    rootOf(store),
  );
  const about = Number(BigInt(r.rows[0]?.last ?? 0) - from);
  return store.catchUp(projection, {
    batchSize,
    onBatch: (p) => onProgress(p.events, Math.max(about, p.events)),
  });
}

/**
 * Rebuild: truncate every report table and forget the checkpoint, in one transaction, then replay
 * the whole log. The result is the same as the incremental one (tested). The full-text index is
 * dropped and left for the first search to build (`ensureSearchIndex`).
 */
export async function rebuildProjections(
  store: EventStore,
  options: ReplayOptions = {},
): Promise<UpdateResult> {
  const root = rootOf(store);
  await migrate(store);
  await root.transaction().execute(async (trx) => {
    const tables = REPORT_TABLES.map((t) => tbl(store.schema, t));
    await sql`TRUNCATE ${sql.join(tables)}`.execute(trx);
    await sql`DROP INDEX IF EXISTS ${sql.table(`${store.schema}.report_statements_tsv`)}`.execute(
      trx,
    );
    await store.resetCheckpoint(PROJECTION_NAME, trx);
  });
  const started = performance.now();
  const replayed = await replay(store, options);
  // Fresh statistics: the tables went from empty to full, and the planner would otherwise go on
  // planning the build's queries for the few rows it saw last (nested loops, sorts on disk).
  await sql`ANALYZE ${sql.join(REPORT_TABLES.map((t) => tbl(store.schema, t)))}`.execute(root);
  return {
    events: replayed.events,
    batches: replayed.batches,
    milliseconds: performance.now() - started,
  };
}
