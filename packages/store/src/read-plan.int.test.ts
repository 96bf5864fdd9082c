import { sql, type Kysely, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from './checkpoint.js';
import { extractionEventsQuery } from './extractions.js';
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

function context(): { root: Kysely<unknown>; ctx: StoreContext } {
  const root = t.store.db.withoutPlugins() as unknown as Kysely<unknown>;
  return { root, ctx: { root, schema: t.store.schema } as StoreContext };
}

async function planOf(root: Kysely<unknown>, query: RawBuilder<unknown>): Promise<PlanNode[]> {
  const r = await sql<{ 'QUERY PLAN': unknown }>`EXPLAIN (FORMAT JSON) ${query}`.execute(root);
  const raw = r.rows[0]!['QUERY PLAN'];
  const [{ Plan }] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
  return nodes(Plan);
}

describe('the page query of readAll and the catch-up', () => {
  it('walks the (tx_id, global_position) index for a page of half the table, never sorts', async () => {
    const { root, ctx } = context();
    const plan = await planOf(root, pageQuery(ctx, START, { xmax: '0', writers: [] }, 5_000));
    const types = plan.map((n) => n['Node Type']);
    expect(types).not.toContain('Sort');
    expect(plan.find((n) => n['Node Type'] === 'Index Scan')?.['Index Name']).toMatch(
      /tx_id_global_position/,
    );
  });
});

describe('the events of one extraction', () => {
  it('have no index of their own: the events table keeps four', async () => {
    const { root } = context();
    const r = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes
      WHERE schemaname = ${t.store.schema} AND tablename = 'events' ORDER BY indexname`.execute(
      root,
    );
    expect(r.rows.map((row) => row.indexname)).toEqual([
      'events_event_id_key',
      'events_pkey',
      'events_stream_id_stream_position_key',
      'events_tx_id_global_position_idx',
    ]);
  });

  it('are read through the index of their stream, never by a scan of the table', async () => {
    const { root, ctx } = context();
    const [x] = await t.store.listExtractions({ streamId: 'doc-plan-42' });
    expect(x).toBeDefined();
    const plan = await planOf(root, extractionEventsQuery(ctx, x!.id));
    expect(plan.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    expect(plan.map((n) => n['Index Name'])).toContain('events_stream_id_stream_position_key');
    expect(await t.store.readExtraction(x!.id)).toHaveLength(100);
  });
});

describe('the identifier columns', () => {
  it('compare bytes (COLLATE "C"), every column the indexes and foreign keys compare', async () => {
    const { root } = context();
    const r = await sql<{ col: string; collation: string | null }>`
      SELECT table_name || '.' || column_name AS col, collation_name AS collation
      FROM information_schema.columns
      WHERE table_schema = ${t.store.schema} AND data_type = 'text'
        AND table_name IN ('sources', 'streams', 'extractions', 'events', 'checkpoints', 'rejections')
      ORDER BY 1`.execute(root);
    const inC = r.rows.filter((row) => row.collation === 'C').map((row) => row.col);
    expect(inC).toEqual([
      'checkpoints.name',
      'events.event_id',
      'events.extraction_id',
      'events.stream_id',
      'extractions.id',
      'extractions.parser_version',
      'extractions.source_sha256',
      'extractions.stream_id',
      'extractions.supersedes',
      'rejections.sha256',
      'sources.sha256',
      'streams.id',
    ]);
    // Text for people keeps the database's collation.
    expect(r.rows.find((row) => row.col === 'rejections.reason')?.collation).not.toBe('C');
  });
});
