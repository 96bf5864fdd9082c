/**
 * `npm run bench` (in packages/store): the workload — 2,000 documents × 50 events of
 * ~300 B — through the store and its references, on PostgreSQL (`DATABASE_URL`, default the local
 * server) and, reported apart, on PGlite. Every figure comes from this one run.
 *
 * Flags: --documents N, --events N, --rounds N (best of, interleaved; default 2),
 * --pglite-documents N, --no-pglite, --no-emmett.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppendExtractionInput } from '../src/append-extraction.js';
import type { EventStore } from '../src/event-store.js';
import { openStore } from '../src/open-store.js';
import { redact } from '../src/redact.js';
import { commitFloor, copyIntoBareTable, insertPerDocument, plainSelect } from './baselines.js';
import { emmettAppend, emmettConsume } from './emmett.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { averageEventBytes, inParallel, timed, workload } from './workload.js';

const { values: flags } = parseArgs({
  options: {
    documents: { type: 'string', default: '2000' },
    events: { type: 'string', default: '50' },
    'pglite-documents': { type: 'string', default: '2000' },
    'no-pglite': { type: 'boolean', default: false },
    'no-emmett': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
  },
});
const DOCUMENTS = Number(flags.documents);
const EVENTS = Number(flags.events);
const baseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly events: number;
  readonly seconds: number;
}
const rows: Row[] = [];
const rate = (r: Row) => r.events / r.seconds;
function record(id: string, label: string, events: number, seconds: number): Row {
  const row = { id, label, events, seconds };
  rows.push(row);
  process.stderr.write(
    `  ${id.padEnd(10)} ${label.padEnd(52)} ${fmt(rate(row))} ev/s (${seconds.toFixed(2)} s)\n`,
  );
  return row;
}
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const scratch: ScratchDatabase[] = [];
async function database(): Promise<string> {
  const db = await createScratchDatabase(baseUrl);
  scratch.push(db);
  return db.url;
}

async function appendSequential(
  store: EventStore,
  inputs: readonly AppendExtractionInput[],
): Promise<number> {
  return timed(async () => {
    for (const input of inputs) {
      const r = await store.appendExtraction(input);
      if (r.status !== 'appended') throw new Error(`expected appended, got ${r.status}`);
    }
  });
}

async function readAllEvents(store: EventStore): Promise<{ seconds: number; events: number }> {
  let events = 0;
  const seconds = await timed(async () => {
    let after = null;
    for (;;) {
      const page = await store.readAll({ after, limit: 1000 });
      if (page.events.length === 0) break;
      events += page.events.length;
      after = page.checkpoint;
    }
  });
  return { seconds, events };
}

async function catchUpEvents(
  store: EventStore,
  name: string,
  batchSize?: number,
): Promise<{ seconds: number; events: number }> {
  let events = 0;
  const seconds = await timed(async () => {
    const r = await store.catchUp(
      { name, handle: (batch) => ((events += batch.length), Promise.resolve()) },
      batchSize === undefined ? {} : { batchSize },
    );
    if (r.events !== events) throw new Error('catch-up miscounted');
  });
  return { seconds, events };
}

/** One measured case: runs on a fresh scratch database and says how long it took. */
interface Case {
  readonly id: string;
  readonly label: string;
  run(url: string): Promise<number | null>;
}

async function postgres(
  inputs: readonly AppendExtractionInput[],
  total: number,
  rounds: number,
): Promise<void> {
  process.stderr.write(`PostgreSQL at ${redact(baseUrl)}, best of ${rounds} interleaved rounds\n`);
  let readUrl = '';
  let emmettUrl = '';
  const cases: Case[] = [
    {
      id: '(a)',
      label: 'appendExtraction, sequential',
      async run(url) {
        const store = await openStore({ databaseUrl: url });
        try {
          return await appendSequential(store, inputs);
        } finally {
          await store.close();
          readUrl = url;
        }
      },
    },
    {
      id: '(b)',
      label: 'appendExtraction, 4 concurrent writers',
      async run(url) {
        const store = await openStore({ databaseUrl: url, poolSize: 8 });
        try {
          return await timed(() => inParallel(inputs, 4, (input) => store.appendExtraction(input)));
        } finally {
          await store.close();
        }
      },
    },
    {
      id: '(c)',
      label: 'appendExtractions (bulk, 100 documents per transaction)',
      async run(url) {
        const store = await openStore({ databaseUrl: url });
        try {
          return await timed(async () => {
            const results = await store.appendExtractions(inputs, { batchSize: 100 });
            if (results.some((r) => r.status !== 'appended'))
              throw new Error('bulk: not all appended');
          });
        } finally {
          await store.close();
        }
      },
    },
    {
      id: '(d)',
      label: 'COPY into a bare table with the same indexes',
      run: (url) => copyIntoBareTable(url, inputs),
    },
    {
      id: '(e)',
      label: 'one multi-row INSERT per document, bare table',
      run: (url) => insertPerDocument(url, inputs),
    },
  ];
  if (!flags['no-emmett']) {
    cases.push(
      {
        id: '(f) seq',
        label: 'Emmett appendToStream, sequential',
        async run(url) {
          emmettUrl = url;
          return emmettAppend(url, inputs, 1);
        },
      },
      {
        id: '(f) 4w',
        label: 'Emmett appendToStream, 4 concurrent writers',
        run: (url) => emmettAppend(url, inputs, 4),
      },
    );
  }
  const floor = await commitFloor(await database(), EVENTS);
  process.stderr.write(`  one durable commit: ${floor.msPerCommit.toFixed(2)} ms\n`);
  const best = new Map<string, number>();
  const perRound = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const seconds = await c.run(await database());
      if (seconds === null) continue;
      process.stderr.write(`  round ${round + 1} ${c.id.padEnd(8)} ${fmt(total / seconds)} ev/s\n`);
      best.set(c.id, Math.min(best.get(c.id) ?? Infinity, seconds));
      perRound.set(c.id, [...(perRound.get(c.id) ?? []), seconds]);
    }
  }
  const byId = new Map<string, Row>();
  for (const c of cases) {
    const seconds = best.get(c.id);
    if (seconds === undefined) process.stderr.write(`  ${c.id} skipped (psql not found)\n`);
    else byId.set(c.id, record(c.id, c.label, total, seconds));
  }

  const store = await openStore({ databaseUrl: readUrl });
  const reads: {
    id: string;
    label: string;
    run: (i: number) => Promise<{ seconds: number; events: number }>;
  }[] = [
    { id: '(g) read', label: 'readAll, pages of 1000', run: () => readAllEvents(store) },
    {
      id: '(g) catch',
      label: 'catchUp, default batches of 5000 (no-op projection)',
      run: (i) => catchUpEvents(store, `bench-${i}`),
    },
    {
      id: '(g) catch 1k',
      label: 'catchUp, batches of 1000 (no-op projection)',
      run: (i) => catchUpEvents(store, `bench-1k-${i}`, 1000),
    },
    {
      id: '(g) select',
      label: 'plain SELECT * ORDER BY global_position',
      run: () =>
        plainSelect(readUrl, 'stenogram.events').then((r) => ({
          seconds: r.seconds,
          events: r.rows,
        })),
    },
  ];
  if (emmettUrl)
    reads.push({
      id: '(g) emmett',
      label: "Emmett's consumer, from the beginning",
      run: () => emmettConsume(emmettUrl, total),
    });
  const bestRead = new Map<string, { seconds: number; events: number }>();
  for (let round = 0; round < rounds; round++) {
    for (const r of reads) {
      const m = await r.run(round);
      if (m.events !== total) throw new Error(`${r.id} read ${m.events} of ${total} events`);
      process.stderr.write(
        `  round ${round + 1} ${r.id.padEnd(12)} ${fmt(m.events / m.seconds)} ev/s\n`,
      );
      const prev = bestRead.get(r.id);
      if (!prev || m.seconds < prev.seconds) bestRead.set(r.id, m);
    }
  }
  for (const r of reads) {
    const m = bestRead.get(r.id)!;
    byId.set(r.id, record(r.id, r.label, m.events, m.seconds));
  }
  await store.close();

  const get = (id: string) => byId.get(id) ?? null;
  const ratio = (x: Row | null, y: Row | null) => (x && y ? rate(x) / rate(y) : Number.NaN);
  const gCatch = get('(g) catch');
  // The same ratio within each round (both cases measured minutes apart, not across the run).
  const rounds_ = (x: string, y: string) => {
    const xs = perRound.get(x) ?? [];
    const ys = perRound.get(y) ?? [];
    return xs.map((sx, i) => (ys[i] === undefined ? Number.NaN : ys[i] / sx));
  };
  const checks: [string, number, number, number[]][] = [
    ['(a) / Emmett sequential', ratio(get('(a)'), get('(f) seq')), 2.5, rounds_('(a)', '(f) seq')],
    [
      '(a) / (e) one INSERT per document',
      ratio(get('(a)'), get('(e)')),
      0.8,
      rounds_('(a)', '(e)'),
    ],
    ['(b) / Emmett 4 writers', ratio(get('(b)'), get('(f) 4w')), 2, rounds_('(b)', '(f) 4w')],
    ['(c) / (d) COPY', ratio(get('(c)'), get('(d)')), 0.6, rounds_('(c)', '(d)')],
    ['(g) catch-up ev/s / 100k', gCatch ? rate(gCatch) / 100_000 : Number.NaN, 1, []],
  ];
  const extra: [string, number][] = [
    ['(g) readAll / plain SELECT', ratio(get('(g) read'), get('(g) select'))],
    [
      '(g) catch-up / plain SELECT (reference machine: 100k / 257k = 0.39)',
      ratio(gCatch, get('(g) select')),
    ],
    ['(g) catch-up / Emmett consumer', ratio(gCatch, get('(g) emmett'))],
    ['(b) / (a)', ratio(get('(b)'), get('(a)'))],
    ['(c) / (e)', ratio(get('(c)'), get('(e)'))],
    [
      `(a) / commit floor (${floor.msPerCommit.toFixed(2)} ms per durable commit = ${fmt(floor.eventsPerSecond)} ev/s at one commit per document)`,
      get('(a)') ? rate(get('(a)')!) / floor.eventsPerSecond : Number.NaN,
    ],
  ];
  print(
    `PostgreSQL (${redact(baseUrl)}), ${DOCUMENTS} documents × ${EVENTS} events, best of ${rounds}`,
    checks,
    extra,
  );
}

async function pglite(inputs: readonly AppendExtractionInput[]): Promise<void> {
  const total = inputs.length * EVENTS;
  process.stderr.write(`PGlite, ${inputs.length} documents\n`);
  const dirA = mkdtempSync(join(tmpdir(), 'stenogram-bench-'));
  const dirC = mkdtempSync(join(tmpdir(), 'stenogram-bench-'));
  try {
    const storeA = await openStore({ dataDir: dirA });
    record(
      'pglite (a)',
      'appendExtraction, sequential',
      total,
      await appendSequential(storeA, inputs),
    );
    const ra = await readAllEvents(storeA);
    record('pglite (g)', 'readAll, pages of 1000', ra.events, ra.seconds);
    const cu = await catchUpEvents(storeA, 'bench');
    record(
      'pglite (g)',
      'catchUp, default batches of 5000 (no-op projection)',
      cu.events,
      cu.seconds,
    );
    await storeA.close();
    const storeC = await openStore({ dataDir: dirC });
    record(
      'pglite (c)',
      'appendExtractions (bulk, 100 per transaction)',
      total,
      await timed(() => storeC.appendExtractions(inputs, { batchSize: 100 })),
    );
    await storeC.close();
  } finally {
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirC, { recursive: true, force: true });
  }
}

function print(
  title: string,
  checks: [string, number, number, number[]][],
  extra: [string, number][],
): void {
  const out: string[] = [
    `\n### ${title}\n`,
    '| case | what | events | seconds | events/s |',
    '|---|---|---:|---:|---:|',
  ];
  for (const r of rows)
    out.push(
      `| ${r.id} | ${r.label} | ${fmt(r.events)} | ${r.seconds.toFixed(2)} | ${fmt(rate(r))} |`,
    );
  out.push(
    '',
    '| ratio | best vs best | target | met | within each round |',
    '|---|---:|---:|---|---|',
  );
  for (const [name, value, target, within] of checks)
    out.push(
      `| ${name} | ${value.toFixed(2)} | ≥ ${target} | ${Number.isNaN(value) ? 'n/a' : value >= target ? 'yes' : 'NO'} | ${within.map((v) => v.toFixed(2)).join(' / ')} |`,
    );
  for (const [name, value] of extra) out.push(`| ${name} | ${value.toFixed(2)} | | | |`);
  process.stdout.write(`${out.join('\n')}\n`);
  rows.length = 0;
}

async function main(): Promise<void> {
  const inputs = workload(DOCUMENTS, EVENTS);
  const total = DOCUMENTS * EVENTS;
  process.stderr.write(
    `workload: ${DOCUMENTS} documents × ${EVENTS} events, ~${averageEventBytes(inputs)} B of JSON per event\n`,
  );
  try {
    await postgres(inputs, total, Number(flags.rounds));
  } finally {
    await Promise.all(scratch.map((s) => s.drop()));
  }
  if (!flags['no-pglite']) {
    await pglite(inputs.slice(0, Number(flags['pglite-documents'])));
    process.stdout.write(
      `\n### PGlite (in process, ${Math.min(DOCUMENTS, Number(flags['pglite-documents']))} documents × ${EVENTS} events)\n`,
    );
    process.stdout.write(
      '| case | what | events | seconds | events/s |\n|---|---|---:|---:|---:|\n',
    );
    for (const r of rows)
      process.stdout.write(
        `| ${r.id} | ${r.label} | ${fmt(r.events)} | ${r.seconds.toFixed(2)} | ${fmt(rate(r))} |\n`,
      );
  }
}

await main();
