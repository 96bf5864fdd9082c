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
});
