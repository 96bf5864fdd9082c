import type { RecordedEvent } from '@stenogram/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Projection } from './catch-up.js';
import type { DataOmissions, LeanEvent } from './omit-data.js';
import {
  createTestStore,
  sampleExtraction,
  storeParticipantV1,
  type TestStore,
} from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore();
  await t.store.appendExtraction(sampleExtraction({ seed: 'omit-a', events: 8 }));
  // A participant stored at schemaVersion 1: upcast on read, before anything is left out.
  await storeParticipantV1(t.store, 'omit-old');
  await t.store.appendExtraction(sampleExtraction({ seed: 'omit-b', events: 5 }));
});
afterAll(() => t.cleanup());

const omitData = {
  'statement-made': ['paragraphs', 'span'],
  'participant-listed': ['sortName', 'cardPosition'],
} as const satisfies DataOmissions;

async function collect<O extends DataOmissions>(name: string, omit?: O): Promise<unknown[]> {
  const seen: unknown[] = [];
  await t.store.catchUp({
    name,
    ...(omit ? { omitData: omit } : {}),
    handle: (events) => (seen.push(...events), Promise.resolve()),
  });
  return seen;
}

describe('a projection that omits data fields', () => {
  it('is handed every event, with exactly the named fields of the named types left out', async () => {
    const whole = (await collect('omit-whole')) as RecordedEvent[];
    const lean = await collect('omit-lean', omitData);
    const expected = whole.map((e) => {
      const keys: readonly string[] = (omitData as DataOmissions)[e.type] ?? [];
      const data = Object.fromEntries(Object.entries(e.data).filter(([k]) => !keys.includes(k)));
      return { ...e, data };
    });
    expect(lean).toEqual(expected);
    const types = whole.map((e) => e.type);
    expect(types).toContain('statement-made');
    expect(types).toContain('participant-listed');
  });

  it('upcasts an older row whole, then leaves the fields out', async () => {
    const lean = (await collect('omit-old', omitData)) as LeanEvent<typeof omitData>[];
    const participant = lean.find((e) => e.type === 'participant-listed');
    expect(participant).toMatchObject({
      schemaVersion: 2,
      data: { name: 'Nikol Pashinyan', country: null, kremlinPersonId: null },
    });
    expect(participant?.data).not.toHaveProperty('sortName');
    expect(participant?.data).not.toHaveProperty('cardPosition');
  });

  it('says so in its types', () => {
    const check = (e: LeanEvent<typeof omitData>) => {
      if (e.type !== 'statement-made') return null;
      // @ts-expect-error -- left out
      void e.data.paragraphs;
      return e.data.text;
    };
    expect(check).toBeTypeOf('function');
    // A handler typed for whole events is refused for a projection that omits fields.
    const whole = (events: readonly RecordedEvent[]): Promise<void> => {
      for (const e of events) if (e.type === 'statement-made') void e.data.paragraphs.length;
      return Promise.resolve();
    };
    // @ts-expect-error -- its handler would read what was left out
    const projection: Projection<typeof omitData> = { name: 'x', omitData, handle: whole };
    expect(projection.name).toBe('x');
  });
});
