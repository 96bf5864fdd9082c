import { openStore } from '@stenogram/store';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrivatePostgres,
  privatePostgresUnavailable,
  type PrivatePostgres,
} from './private-postgres.js';
import { repoRoot, writeSeedVariants } from './cli.js';

const unavailable = privatePostgresUnavailable();
if (unavailable) console.log(`database-lost test skipped: ${unavailable}`);

const DOCUMENTS = 400;

describe.skipIf(unavailable !== null)('the database is lost in the middle of a run', () => {
  let server: PrivatePostgres;
  let dir: string;

  beforeAll(async () => {
    server = await createPrivatePostgres();
    await server.start();
    dir = await mkdtemp(join(tmpdir(), 'stenogram-lost-'));
    await writeSeedVariants(dir, DOCUMENTS);
  });
  afterAll(async () => {
    await server.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs ingest; once `stopAfter` documents are reported, stops the server under it. */
  function ingestStoppingAfter(
    stopAfter: number | null,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@stenogram/source',
          '--import',
          'tsx',
          join(repoRoot, 'apps/ingest/src/main.ts'),
          '--database-url',
          server.url,
          dir,
        ],
        { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } },
      );
      let stdout = '';
      let stderr = '';
      let stopping = false;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stopAfter !== null && !stopping && stdout.split('\n').length > stopAfter) {
          stopping = true;
          void server.stopNow();
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  async function consistency() {
    const store = await openStore({ databaseUrl: server.url });
    try {
      const extractions = await store.listExtractions();
      const { events } = await store.readAll({ limit: 1_000_000 });
      for (const x of extractions) {
        const own = events.filter((e) => e.position.eventId.startsWith(`${x.id}:`));
        expect(own, `extraction ${x.id} is whole`).toHaveLength(x.eventCount);
      }
      const known = new Set(extractions.map((x) => x.id));
      const orphans = events.filter(
        (e) => !known.has(e.position.eventId.slice(0, e.position.eventId.lastIndexOf(':'))),
      );
      expect(orphans).toHaveLength(0);
      return { extractions: extractions.length, events: events.length };
    } finally {
      await store.close();
    }
  }

  it('exits 3 with a clear message, leaves no partial extraction, and a rerun stores the rest once', async () => {
    const first = await ingestStoppingAfter(40);
    expect(first.code, first.stderr).toBe(3);
    expect(first.stderr).toMatch(/database connection lost .*run the same command again to resume/);
    const reported = first.stdout
      .split('\n')
      .filter((l) => / new /.test(` ${l.split(': ')[1] ?? ''} `)).length;
    expect(reported).toBeLessThan(DOCUMENTS);

    await server.start();
    const partial = await consistency();
    expect(partial.extractions).toBeGreaterThanOrEqual(reported);
    expect(partial.extractions).toBeLessThan(DOCUMENTS);

    const second = await ingestStoppingAfter(null);
    expect(second.code, second.stderr).toBe(0);
    const lines = second.stdout.trim().split('\n');
    expect(lines.filter((l) => l.endsWith(': unchanged'))).toHaveLength(partial.extractions);
    expect(lines.filter((l) => /: new \(/.test(l))).toHaveLength(DOCUMENTS - partial.extractions);
    const final = await consistency();
    expect(final.extractions).toBe(DOCUMENTS);
  });
});
