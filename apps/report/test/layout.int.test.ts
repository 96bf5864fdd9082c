import type { EventStore } from '@stenogram/store';
import { createTestDatabase, type TestDatabase } from '@stenogram/store/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateProjections } from '../src/projection/update-projections.js';

describe('the report tables', () => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = await db.open();
    await updateProjections(store);
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('compare every text column of a key or index as bytes (COLLATE "C")', async () => {
    const root = store.db.withoutPlugins() as unknown as Kysely<unknown>;
    const r = await sql<{ col: string; collation: string }>`
      SELECT DISTINCT c.relname || '.' || a.attname AS col, coll.collname AS collation
      FROM pg_index x
      JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(x.indkey)
      JOIN pg_collation coll ON coll.oid = a.attcollation
      WHERE n.nspname = ${store.schema} AND c.relname LIKE 'report\\_%'
        AND a.atttypid = 'text'::regtype
      ORDER BY 1`.execute(root);
    // Enough of them that the query saw the tables: every fact table's key, and the counts'.
    expect(r.rows.length).toBeGreaterThan(15);
    expect(r.rows.filter((row) => row.collation !== 'C')).toEqual([]);
  });
});
