import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from './checkpoint.js';
import { pageQuery } from './read-all.js';
import type { StoreContext } from './store-context.js';
import { createTestStore, sampleExtraction, type TestStore } from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore();
  // A freshly filled table, never analysed: what a catch-up meets right after a bulk ingest.
  const inputs = Array.from({ length: 100 }, (_, i) =>
    sampleExtraction({ seed: `plan-${i}`, events: 100, filler: 'note' }),
  );
  await t.store.appendExtractions(inputs, { batchSize: 50 });
});
afterAll(() => t.cleanup());

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly Plans?: readonly PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('the page query of readAll and the catch-up', () => {
  it('walks the (tx_id, global_position) index for a page of half the table, never sorts', async () => {
    const root = t.store.db.withoutPlugins() as unknown as Kysely<unknown>;
    const ctx = { root, schema: t.store.schema } as StoreContext;
    const page = pageQuery(ctx, START, { xmax: '0', writers: [] }, 5_000);
    const r = await sql<{
      'QUERY PLAN': unknown;
    }>`EXPLAIN (FORMAT JSON) ${page}`.execute(root);
    const raw = r.rows[0]!['QUERY PLAN'];
    const [{ Plan }] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
    const types = nodes(Plan).map((n) => n['Node Type']);
    expect(types).not.toContain('Sort');
    expect(nodes(Plan).find((n) => n['Node Type'] === 'Index Scan')?.['Index Name']).toMatch(
      /tx_id_global_position/,
    );
  });
});
