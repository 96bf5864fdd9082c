import type { StenogramEvent } from '@stenogram/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from './event-store.js';
import { ExpectedVersionConflictError } from './errors.js';
import { createTestDatabase, sampleExtraction, type TestDatabase } from './testing/index.js';

let database: TestDatabase;
let store: EventStore;
beforeAll(async () => {
  database = await createTestDatabase();
  store = await database.open();
});
/** On PostgreSQL another store (pool, connections); PGlite has one connection per folder. */
async function another(): Promise<{ store: EventStore; done: () => Promise<void> }> {
  if (database.backend === 'pglite') return { store, done: () => Promise.resolve() };
  const s = await database.open();
  return { store: s, done: () => s.close() };
}
afterAll(async () => {
  await store.close();
  await database.drop();
});

const note = (text: string): StenogramEvent => ({
  type: 'note-recorded',
  schemaVersion: 1,
  data: { noteId: text, kind: 'stage', text, statementId: null, span: { start: 0, end: 1 } },
  metadata: { extractionId: null, parserVersion: null, correlationId: null, causationId: null },
});

describe('optimistic concurrency', () => {
  it('refuses an append at the wrong expected version with a typed conflict', async () => {
    await store.appendToStream('s-1', [note('a'), note('b')], { expectedVersion: 'no_stream' });
    const error = await store
      .appendToStream('s-1', [note('c')], { expectedVersion: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedVersionConflictError);
    expect(error).toMatchObject({
      code: 'version_conflict',
      streamId: 's-1',
      expected: 1,
      actual: 2,
    });

    await expect(
      store.appendToStream('s-1', [note('c')], { expectedVersion: 'no_stream' }),
    ).rejects.toMatchObject({
      code: 'version_conflict',
      expected: 'no_stream',
      actual: 2,
    });
    await expect(
      store.appendToStream('s-new', [note('c')], { expectedVersion: 3 }),
    ).rejects.toMatchObject({
      code: 'version_conflict',
      actual: null,
    });
    expect(await store.appendToStream('s-1', [note('c')], { expectedVersion: 2 })).toMatchObject({
      streamVersion: 3,
    });
    expect(
      await store.appendToStream('s-1', [note('d')], { expectedVersion: 'any' }),
    ).toMatchObject({ streamVersion: 4 });
    expect(
      (await store.readStream('s-1')).map((e) => (e.type === 'note-recorded' ? e.data.text : '')),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets exactly one of several writers at the same expected version win', async () => {
    await store.appendToStream('s-race', [note('start')], { expectedVersion: 'no_stream' });
    const writers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        another().then(async ({ store: s, done }) => {
          try {
            await s.appendToStream('s-race', [note(`w${i}`)], { expectedVersion: 1 });
            return 'won' as const;
          } catch (e) {
            if (e instanceof ExpectedVersionConflictError) return 'conflict' as const;
            throw e;
          } finally {
            await done();
          }
        }),
      ),
    );
    expect(writers.filter((w) => w === 'won')).toHaveLength(1);
    expect(writers.filter((w) => w === 'conflict')).toHaveLength(5);
    expect(await store.readStream('s-race')).toHaveLength(2);
  });
});

describe('idempotent ingestion', () => {
  it('stores the same extraction sent from 8 connections at once exactly once', async () => {
    // On PostgreSQL: 8 stores, 8 pools, 8 server connections racing on the unique index.
    // On PGlite: one process owns the folder, so 8 concurrent calls queue on its one connection.
    const input = sampleExtraction({ seed: 'eight', events: 30 });
    const stores = await Promise.all(Array.from({ length: 8 }, () => another()));
    try {
      const results = await Promise.all(stores.map(({ store: s }) => s.appendExtraction(input)));
      expect(results.filter((r) => r.status === 'appended')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'exists')).toHaveLength(7);
      for (const r of results)
        expect(r).toMatchObject({ extractionId: input.extractionId, streamVersion: 30 });
    } finally {
      await Promise.all(stores.map(({ done }) => done()));
    }
    expect(await store.listExtractions({ sha256: input.source.sha256 })).toHaveLength(1);
    expect(await store.readStream(input.streamId)).toHaveLength(30);
    const sources = await store.listSources();
    expect(sources.filter((s) => s.sha256 === input.source.sha256)).toHaveLength(1);
  });
});
