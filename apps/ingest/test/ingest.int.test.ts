import { createTestDatabase, testBackendKind, type TestDatabase } from '@stenogram/store/testing';
import { parseTranscript } from '@stenogram/parser';
import type { StenogramEvent } from '@stenogram/schema';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, ingest, seedPath, storeArgs, writeSeedVariants } from './cli.js';

const corpusPages = join(corpusDir, 'kremlin-en');
const haveCorpus = existsSync(corpusPages);
if (!haveCorpus) console.log(`ingest e2e: corpus pages skipped, ${corpusPages} is absent`);

describe(`ingest end to end (${testBackendKind()})`, () => {
  let db: TestDatabase;
  let work: string;
  let args: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    args = storeArgs(db.options);
    work = await mkdtemp(join(tmpdir(), 'stenogram-ingest-'));
    await copyFile(seedPath, join(work, 'seed.txt'));
    await writeSeedVariants(join(work, 'variants'), 3);
    if (haveCorpus) {
      const pick = (await readdir(join(corpusPages, 'html'))).sort().slice(0, 6);
      for (const name of pick) {
        await copyFile(join(corpusPages, 'html', name), join(work, name));
        const text = name.replace(/\.html$/, '.txt');
        await copyFile(join(corpusPages, 'text', text), join(work, text));
      }
    }
  });

  afterAll(async () => {
    await db.drop();
    await rm(work, { recursive: true, force: true });
  });

  async function stored() {
    const store = await db.open();
    try {
      const extractions = await store.listExtractions();
      const all = await store.readAll({ limit: 1_000_000 });
      return { extractions, events: all.events, rejections: await store.listRejections() };
    } finally {
      await store.close();
    }
  }

  it('stores every document as new, with one extraction each, bracketed and whole', async () => {
    const run = await ingest([...args, work]);
    expect(run.stderr).toMatch(/\d+ documents: \d+ new, 0 updated, 0 unchanged, 0 rejected/);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const expected = 4 + (haveCorpus ? 12 : 0);
    expect(lines).toHaveLength(expected);
    for (const line of lines) expect(line).toMatch(/: new \(\d+ events\)$/);
    const { extractions, events } = await stored();
    expect(extractions).toHaveLength(expected);
    for (const x of extractions) {
      const own = events.filter((e) => e.position.eventId.startsWith(`${x.id}:`));
      expect(own).toHaveLength(x.eventCount);
      expect(own[0]?.type).toBe('source-registered');
      expect(own.at(-1)?.type).toBe('extraction-completed');
    }
  });

  it('appends nothing when the same files come again', async () => {
    const before = await stored();
    const run = await ingest([...args, work]);
    expect(run.code).toBe(0);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/: unchanged$/);
    const after = await stored();
    expect(after.events).toHaveLength(before.events.length);
  });

  it('stores a file whose bytes changed as a new source', async () => {
    const path = join(work, 'seed.txt');
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace(
        'Mr Rahmon, colleagues.',
        'Mr Rahmon, dear colleagues.',
      ),
    );
    const run = await ingest([...args, path]);
    expect(run.stdout).toMatch(/seed\.txt: new \(\d+ events\)/);
    expect(run.code).toBe(0);
  });

  it('re-extracts stored sources with a newer parser, superseding the older extraction', async () => {
    // An extraction "by parser 0.9.0" that got the speaker wrong, as an older parser would have.
    const bytes = await readFile(join(work, 'variants', 'variant-000.txt'));
    const current = parseTranscript({ bytes, fileName: 'old-parser.txt' });
    const oldId = `${current.extractionId}-old`;
    const oldEvents = current.events.map((e): StenogramEvent => {
      const metadata = { ...e.metadata, extractionId: oldId, parserVersion: '0.9.0' };
      if (e.type === 'statement-made') {
        return {
          ...e,
          metadata,
          data: { ...e.data, speaker: { ...e.data.speaker, label: 'Putin', name: null } },
        };
      }
      if (e.type === 'extraction-started' || e.type === 'extraction-completed') {
        return {
          ...e,
          metadata,
          data: {
            ...e.data,
            extractionId: oldId,
            ...(e.type === 'extraction-started' ? { parserVersion: '0.9.0' } : {}),
          },
        } as StenogramEvent;
      }
      return { ...e, metadata };
    });
    const fresh = await createTestDatabase();
    try {
      const store = await fresh.open();
      await store.appendExtraction({
        streamId: current.documentId,
        source: {
          sha256: current.sha256,
          mediaType: current.mediaType,
          byteLength: current.byteLength,
          bytes,
          fileName: 'old-parser.txt',
        },
        extractionId: oldId,
        parserVersion: '0.9.0',
        events: oldEvents,
      });
      await store.close();
      const run = await ingest([...storeArgs(fresh.options), '--reextract']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        new RegExp(
          `old-parser\\.txt: updated \\(\\d+ events, 2 facts changed, supersedes ${oldId}\\)`,
        ),
      );
      expect(run.stderr).toMatch(
        /1 document: 0 new, 1 updated, 0 unchanged, 0 rejected; \d+ events appended, 2 facts changed/,
      );
      const again = await ingest([...storeArgs(fresh.options), '--reextract']);
      expect(again.stdout).toMatch(/old-parser\.txt: unchanged/);
      const check = await fresh.open();
      const extractions = await check.listExtractions({ sha256: current.sha256 });
      await check.close();
      expect(extractions.map((x) => [x.parserVersion, x.supersedes])).toEqual(
        expect.arrayContaining([
          ['0.9.0', null],
          [expect.any(String), oldId],
        ]),
      );
    } finally {
      await fresh.drop();
    }
  });

  it('reads a document from standard input under the name given', async () => {
    const fresh = await createTestDatabase();
    try {
      const { spawnIngest } = await import('./cli.js');
      const run = await spawnIngest(
        [...storeArgs(fresh.options), '--name', 'pasted.txt', '-'],
        await readFile(seedPath, 'utf8'),
      );
      expect(run.stdout).toMatch(/^- \(pasted\.txt\): new \(\d+ events\)$/m);
      expect(run.code).toBe(0);
      const store = await fresh.open();
      const sources = await store.listSources();
      await store.close();
      expect(sources.map((s) => s.fileName)).toEqual(['pasted.txt']);
    } finally {
      await fresh.drop();
    }
  });
});
