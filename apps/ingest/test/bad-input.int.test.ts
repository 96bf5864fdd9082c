import { createTestDatabase, testBackendKind, type TestDatabase } from '@stenogram/store/testing';
import { chmod, copyFile, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, seedPath, storeArgs } from './cli.js';

const isRoot = process.getuid?.() === 0;

describe(`bad input is rejected, named and recorded; the rest goes in (${testBackendKind()})`, () => {
  let db: TestDatabase;
  let work: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    work = await mkdtemp(join(tmpdir(), 'stenogram-bad-'));
  });
  afterAll(async () => {
    await chmod(join(work, 'locked'), 0o700).catch(() => undefined);
    await db.drop();
    await rm(work, { recursive: true, force: true });
  });

  async function counts() {
    const store = await db.open();
    try {
      return {
        extractions: (await store.listExtractions()).length,
        events: (await store.readAll({ limit: 100_000 })).events.length,
        rejections: await store.listRejections(),
      };
    } finally {
      await store.close();
    }
  }

  const seedHtmlStart =
    '<!DOCTYPE html><html><head><title>Meeting</title></head><body><div class="read__internal_content"><p><b>President of Russia Vladimir Putin:</b> Good afternoon, colleagues. We';

  it.each([
    ['empty.txt', () => Buffer.alloc(0), /empty\.txt: rejected: .*empty/i, 'empty'],
    [
      'binary.txt',
      () =>
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1,
        ]),
      /binary\.txt: rejected: .*binary/i,
      'binary',
    ],
    [
      'latin1.txt',
      () =>
        Buffer.from(
          'President of Russia Vladimir Putin: Caf\xe9 au lait, d\xe9j\xe0 vu.\n',
          'latin1',
        ),
      /latin1\.txt: rejected: .*UTF-8/i,
      'invalid_utf8',
    ],
    [
      'recipe.txt',
      () =>
        Buffer.from('Pancakes\n\nMix two eggs with flour and milk. Fry in butter until golden.\n'),
      /recipe\.txt: rejected: .*transcript/i,
      'not_a_transcript',
    ],
    [
      'cut.html',
      () => Buffer.from(seedHtmlStart),
      /cut\.html: rejected: .*truncated/i,
      'truncated',
    ],
  ])(
    'rejects %s with a one-line reason and stores nothing of it',
    async (name, bytes, message, code) => {
      const path = join(work, name);
      await writeFile(path, bytes());
      const before = await counts();
      const run = await ingest([...storeArgs(db.options), path]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n').filter((l) => l.includes('rejected:'))).toHaveLength(1);
      const after = await counts();
      expect(after.extractions).toBe(before.extractions);
      expect(after.events).toBe(before.events);
      expect(after.rejections.at(-1)).toMatchObject({ fileName: name, code });
      expect(after.rejections.at(-1)?.sha256).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('rejects a 100 MB file without reading it', async () => {
    const path = join(work, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    const run = await ingest([...storeArgs(db.options), path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /huge\.txt: rejected: 100\.0 MB, over the 20\.0 MB limit \(--max-bytes\)/,
    );
  });

  it('rejects a path that does not exist', async () => {
    const run = await ingest([...storeArgs(db.options), join(work, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: rejected: no such file or directory/);
    const { rejections } = await counts();
    expect(rejections.at(-1)).toMatchObject({
      sha256: null,
      code: 'unreadable',
      reason: 'no such file or directory',
    });
    expect(rejections.at(-1)?.fileName).toMatch(/missing\.txt$/);
  });

  it.skipIf(isRoot)(
    'rejects a directory it may not read (skipped as root, who may read anything)',
    async () => {
      const dir = join(work, 'locked');
      await mkdir(dir);
      await copyFile(seedPath, join(dir, 'seed.txt'));
      await chmod(dir, 0o000);
      const run = await ingest([...storeArgs(db.options), dir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/locked: rejected: permission denied/);
    },
  );

  it('still stores the good documents of a batch with bad ones in it', async () => {
    const batch = join(work, 'batch');
    await mkdir(batch);
    await writeFile(join(batch, 'a-empty.txt'), '');
    await copyFile(seedPath, join(batch, 'b-seed.txt'));
    await writeFile(join(batch, 'c-binary.html'), Buffer.from([0, 1, 2, 3, 255, 254]));
    const run = await ingest([...storeArgs(db.options), batch]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/b-seed\.txt: (new|unchanged)/);
    expect(run.stderr).toMatch(/a-empty\.txt: rejected/);
    expect(run.stderr).toMatch(/c-binary\.html: rejected/);
    expect(run.stderr).toMatch(/3 documents: 1 new, 0 updated, 0 unchanged, 2 rejected/);
  });
});
