import { createTestDatabase, testBackendKind, type TestDatabase } from '@stenogram/store/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnIngest, storeArgs, writeSeedVariants } from './cli.js';

// PGlite is one process's database by design (the lock test proves a second one is refused).
describe.skipIf(testBackendKind() !== 'postgres')(
  'two ingest processes on the same files (PostgreSQL)',
  () => {
    let db: TestDatabase;
    let reference: TestDatabase;
    let dir: string;

    beforeAll(async () => {
      db = await createTestDatabase();
      reference = await createTestDatabase();
      dir = await mkdtemp(join(tmpdir(), 'stenogram-concurrent-'));
      await writeSeedVariants(dir, 50);
    });
    afterAll(async () => {
      await db.drop();
      await reference.drop();
      await rm(dir, { recursive: true, force: true });
    });

    async function snapshot(database: TestDatabase) {
      const store = await database.open();
      try {
        const extractions = await store.listExtractions();
        const { events } = await store.readAll({ limit: 1_000_000 });
        return {
          extractions: extractions
            .map((x) => `${x.id} ${x.sourceSha256} ${x.digest} ${x.eventCount}`)
            .sort(),
          events: events
            .map((e) => `${e.position.eventId} ${e.type} ${JSON.stringify(e.data)}`)
            .sort(),
          sources: (await store.listSources()).map((s) => s.sha256).sort(),
        };
      } finally {
        await store.close();
      }
    }

    it('ends with the store one run makes, no extraction twice, and both exit 0', async () => {
      const [a, b] = await Promise.all([
        spawnIngest([...storeArgs(db.options), '--json', dir]),
        spawnIngest([...storeArgs(db.options), '--json', dir]),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const statuses = [a, b].flatMap((r) =>
        (JSON.parse(r.stdout) as { documents: { status: string }[] }).documents.map(
          (d) => d.status,
        ),
      );
      expect(statuses.filter((s) => s === 'new')).toHaveLength(50);
      expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(50);

      const once = await spawnIngest([...storeArgs(reference.options), dir]);
      expect(once.code).toBe(0);
      const [both, single] = await Promise.all([snapshot(db), snapshot(reference)]);
      expect(both.extractions).toHaveLength(50);
      expect(both).toEqual(single);
    });
  },
);
