// npm run bench -w @stenogram/ingest
// Ingests every corpus page (HTML and text) ×10 under distinct titles into PostgreSQL and into
// PGlite with the real command (a child process each), and prints documents/s, events/s and the
// command's peak memory.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import pg from 'pg';

const COPIES = Number(process.env.BENCH_COPIES ?? 10);
const corpus =
  process.env.STENOGRAM_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus');
const pages = join(corpus, 'kremlin-en');
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function makeInputs(dir: string): Promise<number> {
  let n = 0;
  for (const kind of ['html', 'text']) {
    for (const name of (await readdir(join(pages, kind))).sort()) {
      const bytes = await readFile(join(pages, kind, name), 'utf8');
      // The first title-cased line (text) or the h1 (HTML) gets a copy marker, so that every copy is
      // a distinct document with its own stream, as a different page would be.
      for (let copy = 0; copy < COPIES; copy++) {
        const marked =
          kind === 'html'
            ? bytes.replace(/(<h1[^>]*entry-title[^>]*>)/, `$1Copy ${copy}: `)
            : `${bytes.slice(0, bytes.indexOf('\n'))} (copy ${copy})${bytes.slice(bytes.indexOf('\n'))}`;
        const sub = join(dir, `copy-${copy}`, kind);
        await mkdir(sub, { recursive: true });
        await writeFile(join(sub, name), marked);
        n++;
      }
    }
  }
  return n;
}

interface Measured {
  readonly documents: number;
  readonly events: number;
  readonly seconds: number;
  readonly peakMb: number;
}

/** Runs the real command in a child process and reads its JSON summary and peak memory. */
function ingestOnce(args: string[]): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [
        '--conditions=@stenogram/source',
        '--import',
        'tsx',
        join(import.meta.dirname, 'with-peak-memory.ts'),
        ...args,
        '--json',
      ],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DATABASE_URL: '' } },
      (error, stdout, stderr) => {
        if (error)
          return reject(new Error(`ingest failed: ${stderr.slice(-2000)}`, { cause: error }));
        const { summary } = JSON.parse(stdout) as {
          summary: { documents: number; eventsAppended: number; elapsedSeconds: number };
        };
        const peak = /peak-rss-mb (\d+)/.exec(stderr);
        resolvePromise({
          documents: summary.documents,
          events: summary.eventsAppended,
          seconds: summary.elapsedSeconds,
          peakMb: peak ? Number(peak[1]) : Number.NaN,
        });
      },
    );
  });
}

async function main(): Promise<void> {
  try {
    await readdir(pages);
  } catch {
    console.log(`ingest bench skipped: no corpus at ${pages} (set STENOGRAM_CORPUS)`);
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'stenogram-ingest-bench-'));
  const inputs = join(work, 'inputs');
  const files = await makeInputs(inputs);
  console.log(
    `ingest bench: ${files} documents (${COPIES} copies of each corpus page, HTML and text)`,
  );
  const rows: [string, Measured][] = [];
  const db = `stenogram_bench_${process.pid}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    const r = await ingestOnce(['--database-url', url.toString(), inputs]);
    rows.push(['PostgreSQL', r]);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
  const r2 = await ingestOnce(['--data-dir', join(work, 'pglite'), inputs]);
  rows.push(['PGlite', r2]);
  console.log('| backend | documents | events | seconds | documents/s | events/s | peak memory |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${r.documents} | ${r.events} | ${r.seconds.toFixed(2)} | ${(r.documents / r.seconds).toFixed(1)} | ${Math.round(r.events / r.seconds)} | ${r.peakMb} MB |`,
    );
  }
  await rm(work, { recursive: true, force: true });
}

await main();
