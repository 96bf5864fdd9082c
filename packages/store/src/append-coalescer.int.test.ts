import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionConflictError, InvalidExtractionError } from './errors.js';
import { createTestStore, sampleExtraction, type TestStore } from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore();
});
afterAll(() => t.cleanup());

describe('concurrent appendExtraction calls on one store', () => {
  it('share statements and commits, and still answer each caller for its own extraction', async () => {
    await t.store.appendExtraction(sampleExtraction({ seed: 'stored-before', events: 4 }));
    const inputs = [
      ...Array.from({ length: 10 }, (_, i) => sampleExtraction({ seed: `group-${i}`, events: 5 })),
      sampleExtraction({ seed: 'stored-before', events: 4 }), // already there
      sampleExtraction({ seed: 'group-0', events: 5, parserVersion: '2.0.0' }), // same stream as group-0
      sampleExtraction({
        seed: 'taken-id',
        events: 4,
        extractionId: sampleExtraction({ seed: 'stored-before' }).extractionId,
      }),
    ];
    const bad = { ...sampleExtraction({ seed: 'bad', events: 4 }), streamId: '' };
    const settled = await Promise.allSettled(
      [...inputs, bad].map((input) => t.store.appendExtraction(input)),
    );
    expect(
      settled.map((s) => (s.status === 'fulfilled' ? s.value.status : (s.reason as Error).name)),
    ).toEqual([
      ...Array<string>(10).fill('appended'),
      'exists',
      'appended',
      'ExtractionConflictError',
      'InvalidExtractionError',
    ]);
    expect((settled[12] as PromiseRejectedResult).reason).toBeInstanceOf(ExtractionConflictError);
    expect((settled[13] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidExtractionError);
    // group-0 twice: both whole, one after the other in its stream.
    expect((await t.store.readStream('doc-group-0')).map((e) => e.position.streamPosition)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    // Fewer transactions than extractions: they were grouped.
    const txs = await t.store.db
      .selectFrom('events')
      .select((eb) => eb.fn.count<string>('tx_id').distinct().as('n'))
      .where('stream_id', 'like', 'doc-group-%')
      .executeTakeFirstOrThrow();
    expect(Number(txs.n)).toBeLessThan(11);
  });

  it("keeps one stream's appends in call order while statements overlap", async () => {
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0'];
    const inputs = versions.map((parserVersion) =>
      sampleExtraction({ seed: 'ordered', events: 3, parserVersion }),
    );
    // Other streams' appends around them keep the statements overlapping.
    const others = Array.from({ length: 6 }, (_, i) =>
      sampleExtraction({ seed: `around-${i}`, events: 3 }),
    );
    const results = await Promise.all(
      inputs.flatMap((input, i) => [input, others[i]!]).map((x) => t.store.appendExtraction(x)),
    );
    expect(results.every((r) => r.status === 'appended')).toBe(true);
    const stored = await t.store.listExtractions({ streamId: inputs[0]!.streamId });
    expect(stored.map((x) => x.parserVersion)).toEqual(versions);
    expect(stored.map((x) => x.supersedes)).toEqual([
      null,
      ...stored.slice(0, -1).map((x) => x.id),
    ]);
    const n = inputs[0]!.events.length;
    const events = await t.store.readStream(inputs[0]!.streamId);
    expect(events.map((e) => e.position.streamPosition)).toEqual(
      Array.from({ length: n * versions.length }, (_, i) => i + 1),
    );
    expect(events.filter((_, i) => i % n === 0).map((e) => e.metadata.parserVersion)).toEqual(
      versions,
    );
  });
});
