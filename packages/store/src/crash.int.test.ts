import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnStoreChild } from '../test/spawn-child.js';
import type { EventStore } from './event-store.js';
import { createTestDatabase, sampleExtraction, type TestDatabase } from './testing/index.js';

// A trigger that hangs inside the appending transaction, after the source, extraction, stream and
// (some) events rows are written, for streams named doc-hang-*: the child is killed right there.
const HANG = {
  install: [
    sql`CREATE FUNCTION public.hang_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted WHERE stream_id LIKE 'doc-hang-%') THEN PERFORM pg_sleep(60); END IF;
        RETURN NULL;
      END $$`,
    sql`CREATE TRIGGER hang AFTER INSERT ON stenogram.events REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION public.hang_on_insert()`,
  ],
  remove: sql`DROP TRIGGER hang ON stenogram.events`,
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const store = await database.open();
  for (const statement of HANG.install) await statement.execute(store.db);
  await store.close();
});
afterAll(() => database.drop());

/** Options for the child: on PostgreSQL the server notices the dead client within 100 ms. */
function childOptions() {
  if (!('databaseUrl' in database.options)) return database.options;
  const url = new URL(database.options.databaseUrl);
  url.searchParams.set('options', '-c client_connection_check_interval=100');
  url.searchParams.set('application_name', 'stenogram-crash-child');
  return { databaseUrl: url.toString() };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs the child until it hangs inside its transaction, then SIGKILLs it. */
async function killMidAppend(
  action: 'append' | 'bulk',
  seeds: string[],
  streamIds?: (string | null)[],
): Promise<void> {
  const postgres = database.backend === 'postgres' ? await database.open() : null;
  const child = spawnStoreChild({ options: childOptions(), action, seeds, streamIds });
  try {
    await child.waitFor('appending');
    if (postgres) {
      const sleeping = () =>
        sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'stenogram-crash-child' AND wait_event = 'PgSleep'`.execute(
          postgres.db,
        );
      await waitUntil(async () => (await sleeping()).rows[0]!.n > 0);
      await child.kill();
      // The server rolls the transaction back once it notices its client is gone.
      await waitUntil(async () => {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'stenogram-crash-child'`.execute(postgres.db);
        return r.rows[0]!.n === 0;
      });
    } else {
      // PGlite runs in the child: pg_sleep blocks it inside the transaction. Give it time to get there.
      await new Promise((r) => setTimeout(r, 1500));
      await child.kill();
    }
    expect(child.printed().filter((l) => l.startsWith('done'))).toEqual([]); // killed before it returned
  } finally {
    await child.kill();
    await postgres?.close();
  }
}

async function nothingOf(store: EventStore, seed: string, streamId?: string): Promise<void> {
  const input = sampleExtraction({ seed, events: 20, ...(streamId ? { streamId } : {}) });
  expect(await store.listExtractions({ sha256: input.source.sha256 })).toEqual([]);
  expect(await store.getSource(input.source.sha256)).toBeNull();
  expect(await store.readStream(input.streamId)).toEqual([]);
  expect(await store.readExtraction(input.extractionId)).toEqual([]);
}

async function reinstall(statement: (typeof HANG.install)[number]): Promise<void> {
  const store = await database.open();
  try {
    await statement.execute(store.db);
  } finally {
    await store.close();
  }
}

async function orphans(store: EventStore): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM stenogram.events e
    WHERE e.extraction_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM stenogram.extractions x WHERE x.id = e.extraction_id)`.execute(
    store.db,
  );
  return r.rows[0]!.n;
}

describe('a writer killed with SIGKILL in the middle of an append', () => {
  it('leaves no partial extraction and no orphan events; a rerun appends it whole', async () => {
    await killMidAppend('append', ['hang-1']);
    const store = await database.open(); // On PGlite: takes over the dead child's lock.
    try {
      await nothingOf(store, 'hang-1');
      expect(await orphans(store)).toBe(0);
      await HANG.remove.execute(store.db);
      const input = sampleExtraction({ seed: 'hang-1', events: 20 });
      expect(await store.appendExtraction(input)).toMatchObject({
        status: 'appended',
        streamVersion: 20,
      });
      expect(await store.readStream(input.streamId)).toHaveLength(20);
      expect((await store.getExtraction(input.extractionId))?.eventCount).toBe(20);
      for (const statement of HANG.install.slice(1)) await statement.execute(store.db);
    } finally {
      await store.close();
    }
  });

  it('in bulk mode, one statement for the batch: stores none of it; a rerun appends it whole', async () => {
    const seeds = ['bulk-a', 'bulk-b', 'hang-2'];
    await killMidAppend('bulk', seeds);
    const store = await database.open();
    try {
      for (const seed of seeds) await nothingOf(store, seed);
      expect(await orphans(store)).toBe(0);
      await HANG.remove.execute(store.db);
      const results = await store.appendExtractions(
        seeds.map((seed) => sampleExtraction({ seed, events: 20 })),
      );
      expect(results.map((r) => r.status)).toEqual(['appended', 'appended', 'appended']);
      for (const seed of seeds) expect(await store.readStream(`doc-${seed}`)).toHaveLength(20);
      expect(await orphans(store)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('in bulk mode, one statement per extraction in one transaction: loses the finished ones with the one in progress', async () => {
    // Two extractions of one stream cannot share a statement, so this batch takes the
    // transaction path: bulk-c and bulk-d are written, hang-3 hangs, the process dies.
    const seeds = ['bulk-c', 'bulk-d', 'hang-3'];
    const streamIds = ['doc-shared', 'doc-shared', null];
    for (const statement of HANG.install.slice(1)) await reinstall(statement);
    await killMidAppend('bulk', seeds, streamIds);
    const store = await database.open();
    try {
      await nothingOf(store, 'bulk-c', 'doc-shared');
      await nothingOf(store, 'bulk-d', 'doc-shared');
      await nothingOf(store, 'hang-3');
      expect(await orphans(store)).toBe(0);
      await HANG.remove.execute(store.db);
      const inputs = seeds.map((seed, i) =>
        sampleExtraction({ seed, events: 20, ...(streamIds[i] ? { streamId: streamIds[i] } : {}) }),
      );
      const results = await store.appendExtractions(inputs);
      expect(results.map((r) => r.status)).toEqual(['appended', 'appended', 'appended']);
      expect(await store.readStream('doc-shared')).toHaveLength(40);
      expect(await orphans(store)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
