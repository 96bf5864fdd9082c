import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parseCliOptions } from '../src/cli-options.js';
import { runIngest } from '../src/run-ingest.js';
import { dryRun } from '../src/dry-run.js';
import type { OpenStoreOptions } from '@stenogram/store';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const seedPath = join(repoRoot, 'examples', 'sco-csto-joint-meeting-2021.txt');
export const corpusDir =
  process.env.STENOGRAM_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The store options as command-line arguments. */
export function storeArgs(options: OpenStoreOptions): string[] {
  return 'databaseUrl' in options
    ? ['--database-url', options.databaseUrl]
    : ['--data-dir', options.dataDir];
}

/** Runs the ingest command in this process, as main.ts does, capturing its output. */
export async function ingest(args: readonly string[]): Promise<CliRun> {
  const out = collect();
  const err = collect();
  const options = parseCliOptions(args, {});
  const code = options.dryRun
    ? await dryRun(options.inputs, options, out.stream, err.stream).then((r) =>
        r.rejected ? 1 : 0,
      )
    : await runIngest(options, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Runs the real command in a child process (for exit codes, concurrency and crashes). */
export function spawnIngest(args: readonly string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      process.execPath,
      [
        '--conditions=@stenogram/source',
        '--import',
        'tsx',
        join(repoRoot, 'apps/ingest/src/main.ts'),
        ...args,
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
    if (stdin !== undefined && child.stdin) Readable.from([stdin]).pipe(child.stdin);
    else child.stdin?.end();
  });
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Writes `count` distinct transcripts derived from the seed (each with a closing paragraph of its
 * own, so each is a separate document) into `dir`, and returns their paths.
 */
export async function writeSeedVariants(dir: string, count: number): Promise<string[]> {
  const seed = await readFile(seedPath, 'utf8');
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `variant-${String(i).padStart(3, '0')}.txt`);
    await writeFile(path, `${seed.trimEnd()}\n\nThank you. This is closing remark number ${i}.\n`);
    paths.push(path);
  }
  return paths;
}
