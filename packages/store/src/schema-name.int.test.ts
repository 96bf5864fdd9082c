import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLz4 } from './migrations/0002-lz4-compression.js';
import { createTestStore, sampleExtraction, type TestStore } from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore({ schema: 'audit_store' });
});
afterAll(() => t.cleanup());

describe('a store in another PostgreSQL schema', () => {
  it('keeps every table, the migrations and the guard trigger in that schema', async () => {
    expect(t.store.schema).toBe('audit_store');
    const input = sampleExtraction({ seed: 'elsewhere', events: 6 });
    await t.store.appendExtraction(input);
    expect((await t.store.readAll()).events).toHaveLength(6);
    const tables = await sql<{ table_schema: string; n: number }>`
      SELECT table_schema, count(*)::int AS n FROM information_schema.tables
      WHERE table_name IN ('events', 'sources', 'extractions', 'streams', 'checkpoints', 'rejections', 'kysely_migration')
      GROUP BY table_schema`.execute(t.store.db);
    expect(tables.rows).toEqual([{ table_schema: 'audit_store', n: 7 }]);
    await expect(sql`DELETE FROM audit_store.events`.execute(t.store.db)).rejects.toThrow(
      'stenogram events are append-only: DELETE on audit_store.events is refused',
    );
  });

  it('compresses large event data and source bytes with lz4 where the server has it', async () => {
    const r = await sql<{ attname: string; c: string }>`
      SELECT attname, attcompression::text AS c FROM pg_attribute
      WHERE (attrelid = 'audit_store.events'::regclass AND attname = 'data')
         OR (attrelid = 'audit_store.sources'::regclass AND attname = 'bytes')
      ORDER BY attname`.execute(t.store.db);
    // 'l' is lz4; '' the server's default (pglz), all PGlite has.
    const method = (await hasLz4(t.store.db as never)) ? 'l' : '';
    expect(r.rows).toEqual([
      { attname: 'bytes', c: method },
      { attname: 'data', c: method },
    ]);
  });
});
