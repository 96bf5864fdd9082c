// npm run bench -w @stenogram/report
//
// Rebuilds the report projections from ≥ BENCH_EVENTS events (default 1,000,000): the development
// corpus's copied-text pages ingested again and again, each round under distinct titles
// ("<title> (copy N)"), so that every copy is a document of its own. Then writes every report, adds
// one page and builds incrementally. The rebuild's reference, measured in the same run: the same
// replay with a projection that does nothing (same events, same omitted fields, same batches), the
// floor any projection of this store stands on. PostgreSQL from BENCH_DATABASE_URL, else DATABASE_URL with the
// database name replaced by `stenogram_bench` (created if missing, kept between runs so the
// ingestion is paid once).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '@stenogram/parser';
import { openStore, type AppendExtractionInput, type EventStore } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { writeReports } from '../src/build/write-reports.js';
import { ReportProjection } from '../src/projection/report-projection.js';
import {
  BATCH_SIZE,
  rebuildProjections,
  updateProjections,
} from '../src/projection/update-projections.js';
import { searchStatements } from '../src/search/search-statements.js';
import { extractionInput } from '../src/testing/ingest.js';

const target = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const corpus =
  process.env['STENOGRAM_CORPUS'] ??
  join(import.meta.dirname, '../../../../shared/corpus/kremlin-en');
const outDir = process.env['BENCH_OUT'] ?? '/tmp/stenogram-bench-reports';

async function benchDatabaseUrl(): Promise<string> {
  const explicit = process.env['BENCH_DATABASE_URL'];
  if (explicit) return explicit;
  const base = process.env['DATABASE_URL'];
  if (!base) throw new Error('set DATABASE_URL (a PostgreSQL server) or BENCH_DATABASE_URL');
  const url = new URL(base);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    'stenogram_bench',
  ]);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE stenogram_bench');
  await admin.end();
  url.pathname = '/stenogram_bench';
  return url.toString();
}

/** The page with its first line (the title) made distinct. */
function copyOf(bytes: Buffer, copy: number): Buffer {
  const text = bytes.toString('utf8');
  const nl = text.indexOf('\n');
  return Buffer.from(`${text.slice(0, nl)} (copy ${copy})${text.slice(nl)}`, 'utf8');
}

async function countEvents(store: EventStore): Promise<number> {
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const r = await sql<{
    n: string;
  }>`SELECT count(*)::text AS n FROM ${sql.table(`${store.schema}.events`)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** A catch-up of every event by a projection that does nothing with them: events/s. */
async function replayFloor(store: EventStore): Promise<{ events: number; seconds: number }> {
  const name = `bench-replay-floor-${process.pid}`;
  const { omitData } = new ReportProjection(store.schema, store);
  await store.resetCheckpoint(name);
  const started = performance.now();
  const r = await store.catchUp(
    { name, omitData, handle: async () => {} },
    { batchSize: BATCH_SIZE },
  );
  const seconds = (performance.now() - started) / 1000;
  await store.resetCheckpoint(name);
  return { events: r.events, seconds };
}

async function ingestCopies(
  store: EventStore,
  pages: readonly (readonly [string, Buffer])[],
): Promise<void> {
  let events = await countEvents(store);
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const done = await sql<{
    n: string;
  }>`SELECT count(*)::text AS n FROM ${sql.table(`${store.schema}.extractions`)}`.execute(db);
  let copy = Math.floor(Number(done.rows[0]?.n ?? 0) / pages.length) + 1;
  const started = performance.now();
  while (events < target) {
    const inputs: AppendExtractionInput[] = [];
    for (const [name, bytes] of pages) {
      const copied = copyOf(bytes, copy);
      const result = parseTranscript({ bytes: copied, fileName: `copy-${copy}-${name}` });
      if (result.accepted) inputs.push(extractionInput(result, copied, `copy-${copy}-${name}`));
    }
    const results = await store.appendExtractions(inputs, { batchSize: 50 });
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length > 0) throw new Error(`copy ${copy}: ${failed.length} failed`);
    events += inputs.reduce((n, i) => n + i.events.length, 0);
    if (copy % 10 === 0) {
      const s = (performance.now() - started) / 1000;
      console.error(`ingest: copy ${copy}, ${events} events, ${s.toFixed(0)} s`);
    }
    copy++;
  }
}

const url = await benchDatabaseUrl();
const store = await openStore({ databaseUrl: url });
try {
  const textDir = join(corpus, 'text');
  const pages = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(textDir, f))] as const);
  await ingestCopies(store, pages);
  const events = await countEvents(store);
  if (process.env['BENCH_INGEST_ONLY']) {
    console.log(`events in the store: ${events}`);
    process.exit(0);
  }

  // BENCH_INCREMENTAL_ONLY=1: only the incremental build, on the projection and the output folder
  // an earlier run left (no rebuild, no full write).
  const incrementalOnly = Boolean(process.env['BENCH_INCREMENTAL_ONLY']);
  const lines = [`events in the store: ${events}`];
  if (!incrementalOnly) {
    console.error(`replaying ${events} events through a projection that does nothing …`);
    const floor = await replayFloor(store);
    const floorRate = floor.events / floor.seconds;
    console.error(`rebuilding the projections from ${events} events …`);
    const rebuild = await rebuildProjections(store);
    const rate = Math.round(rebuild.events / (rebuild.milliseconds / 1000));
    lines.push(
      `reference, replay with a projection that does nothing: ${floor.events} events in ${floor.seconds.toFixed(1)} s = ${Math.round(floorRate)} events/s`,
    );
    console.error(
      `rebuilt in ${(rebuild.milliseconds / 1000).toFixed(1)} s; writing every report …`,
    );
    rmSync(outDir, { recursive: true, force: true });
    const full = await writeReports(store, { outDir });
    lines.push(
      `rebuild: ${rebuild.events} events in ${(rebuild.milliseconds / 1000).toFixed(1)} s = ${rate} events/s (${rebuild.batches} batches); ` +
        `${(rate / floorRate).toFixed(2)} of the reference; target 50,000 events/s, ` +
        `${(50_000 / floorRate).toFixed(2)} of the reference here`,
      `write every report: ${full.meetings} meetings, ${full.written.length} files in ${(full.milliseconds / 1000).toFixed(1)} s`,
    );
  }

  // One new page, then an incremental build: catch up and write what changed.
  const [name, bytes] = pages[Math.floor(pages.length / 2)]!;
  const extra = copyOf(bytes, 1_000_000 + Math.floor(Date.now() / 1000));
  const result = parseTranscript({ bytes: extra, fileName: `extra-${name}` });
  await store.appendExtraction(extractionInput(result, extra, `extra-${name}`));
  const t = performance.now();
  // The store hands out events below the oldest running transaction: wait for the new page's.
  let update = await updateProjections(store);
  while (update.events < result.events.length) {
    const more = await updateProjections(store);
    update = { ...more, events: update.events + more.events };
  }
  const incremental = await writeReports(store, { outDir });
  const incrementalMs = performance.now() - t;

  lines.push(
    `incremental after one new page: ${update.events} events caught up in ${update.milliseconds.toFixed(0)} ms, ` +
      `${incremental.meetingsRendered} meeting rendered, ${incremental.written.length} files written in ${incremental.milliseconds.toFixed(0)} ms ` +
      `(of which index, people, organisations ${incremental.collectionsMilliseconds.toFixed(0)} ms); ` +
      `total ${incrementalMs.toFixed(0)} ms`,
  );
  console.log(lines.join('\n'));

  // The rebuild leaves the full-text index to the first search: what that search costs.
  if (!process.env['BENCH_NO_SEARCH'] && !incrementalOnly) {
    const s0 = performance.now();
    const hits = await searchStatements(store, { query: 'gas prices' });
    const first = performance.now() - s0;
    const s1 = performance.now();
    await searchStatements(store, { query: 'gas prices' });
    const second = performance.now() - s1;
    console.log(
      `first search after the rebuild (builds the full-text index): ${(first / 1000).toFixed(1)} s, ` +
        `${hits.length} hits; the next one ${second.toFixed(0)} ms`,
    );
  }
} finally {
  await store.close();
}
