import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@stenogram/schema';
import { sql } from 'kysely';
import {
  ExtractionConflictError,
  InvalidExtractionError,
  StoredEventInvalidError,
} from './errors.js';
import {
  createTestStore,
  sampleExtraction,
  storeParticipantV1,
  testBackendKind,
  type TestStore,
} from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore();
});
afterAll(() => t.cleanup());

describe('appendExtraction', () => {
  it('stores the source, the extraction row and every event in order', async () => {
    const input = sampleExtraction({ seed: 'a', events: 10 });
    const result = await t.store.appendExtraction(input);
    expect(result).toMatchObject({
      status: 'appended',
      extractionId: input.extractionId,
      streamVersion: 10,
      eventCount: 10,
    });

    const events = await t.store.readStream(input.streamId);
    expect(events.map((e) => e.type)).toEqual(input.events.map((e) => e.type));
    expect(events.map((e) => e.position.eventId)).toEqual(
      input.events.map((_, i) => `${input.extractionId}:${i}`),
    );
    expect(events.map((e) => e.position.streamPosition)).toEqual(input.events.map((_, i) => i + 1));
    const { position: _, ...first } = events[0]!;
    expect(first).toEqual(input.events[0]);

    const extraction = await t.store.getExtraction(input.extractionId);
    expect(extraction).toMatchObject({
      sourceSha256: input.source.sha256,
      streamId: input.streamId,
      parserVersion: '1.0.0',
      status: 'completed',
      eventCount: 10,
      supersedes: null,
    });
    const completed = input.events.at(-1)!;
    expect(completed.type === 'extraction-completed' && extraction?.digest).toBe(
      completed.type === 'extraction-completed' && completed.data.digest,
    );
    const source = await t.store.getSource(input.source.sha256);
    expect(source?.bytes).toEqual(new Uint8Array(input.source.bytes));
    expect(source?.bytes.constructor).toBe(Uint8Array);
  });

  it('returns exists and appends nothing for the same source and parser version', async () => {
    const input = sampleExtraction({ seed: 'a', events: 10 });
    expect(await t.store.appendExtraction(input)).toMatchObject({
      status: 'exists',
      extractionId: input.extractionId,
    });
    // Another run of the same parser over the same bytes, even under another id, is the same extraction.
    const again = await t.store.appendExtraction(
      sampleExtraction({ seed: 'a', events: 10, extractionId: 'another-id' }),
    );
    expect(again).toEqual({
      status: 'exists',
      extractionId: input.extractionId,
      streamId: input.streamId,
      streamVersion: 10,
    });
    expect(await t.store.readStream(input.streamId)).toHaveLength(10);
  });

  it('appends a re-extraction to the same stream, superseding the previous one', async () => {
    const first = sampleExtraction({ seed: 'a', events: 10 });
    const second = sampleExtraction({ seed: 'a', events: 6, parserVersion: '2.0.0' });
    const result = await t.store.appendExtraction(second);
    expect(result).toMatchObject({ status: 'appended', streamVersion: 16 });
    const latest = await t.store.latestExtractionFor(first.streamId);
    expect(latest).toMatchObject({ id: second.extractionId, supersedes: first.extractionId });
    expect(
      (await t.store.readExtraction(second.extractionId)).map((e) => e.position.streamPosition),
    ).toEqual([11, 12, 13, 14, 15, 16]);
    expect(await t.store.listExtractions({ streamId: first.streamId })).toHaveLength(2);
    expect(await t.store.listExtractions({ sha256: first.source.sha256 })).toHaveLength(2);
    expect(await t.store.listSources()).toHaveLength(1);
  });

  it('refuses an extraction that is not bracketed, writing nothing', async () => {
    const input = sampleExtraction({ seed: 'broken', events: 6 });
    await expect(
      t.store.appendExtraction({ ...input, events: input.events.slice(0, -1) }),
    ).rejects.toThrow(InvalidExtractionError);
    await expect(
      t.store.appendExtraction({ ...input, events: input.events.slice(1) }),
    ).rejects.toMatchObject({
      code: 'invalid_extraction',
    });
    expect(await t.store.readStream(input.streamId)).toEqual([]);
    expect(await t.store.getSource(input.source.sha256)).toBeNull();
  });

  it('refuses an extraction id taken by another source', async () => {
    const other = sampleExtraction({
      seed: 'other',
      events: 5,
      extractionId: sampleExtraction({ seed: 'a', events: 10 }).extractionId,
    });
    await expect(t.store.appendExtraction(other)).rejects.toThrow(ExtractionConflictError);
    expect(await t.store.getSource(other.source.sha256)).toBeNull();
  });
});

describe('appendExtractions (bulk)', () => {
  it('stores the good documents and reports the bad one', async () => {
    const inputs = [
      sampleExtraction({ seed: 'bulk-1', events: 5 }),
      { ...sampleExtraction({ seed: 'bulk-2', events: 5 }), streamId: '' },
      sampleExtraction({ seed: 'bulk-3', events: 5 }),
      // Valid in itself but the database refuses it: its extraction id is taken.
      sampleExtraction({
        seed: 'bulk-4',
        events: 5,
        extractionId: sampleExtraction({ seed: 'a', events: 10 }).extractionId,
      }),
      sampleExtraction({ seed: 'bulk-1', events: 5 }),
    ];
    const seen: string[] = [];
    const results = await t.store.appendExtractions(inputs, {
      onResult: (r) => seen.push(`${r.index}:${r.status}`),
    });
    expect(results.map((r) => r.status)).toEqual([
      'appended',
      'failed',
      'appended',
      'failed',
      'exists',
    ]);
    expect(seen).toEqual(['0:appended', '1:failed', '2:appended', '3:failed', '4:exists']);
    expect(await t.store.readStream('doc-bulk-3')).toHaveLength(5);
    expect(await t.store.readStream('doc-bulk-4')).toHaveLength(0);
  });
});

describe('appendExtractions, the two paths', () => {
  it('takes a batch of distinct streams in one statement, telling stored ones apart', async () => {
    const first = [
      sampleExtraction({ seed: 'one-1', events: 4 }),
      sampleExtraction({ seed: 'one-2', events: 6 }),
    ];
    expect((await t.store.appendExtractions(first)).map((r) => r.status)).toEqual([
      'appended',
      'appended',
    ]);
    const again = await t.store.appendExtractions([
      sampleExtraction({ seed: 'one-2', events: 6 }),
      sampleExtraction({ seed: 'one-1', events: 4, parserVersion: '2.0.0' }),
      sampleExtraction({ seed: 'one-3', events: 5 }),
    ]);
    expect(again).toMatchObject([
      { status: 'exists', extractionId: first[1]!.extractionId, streamVersion: 6 },
      { status: 'appended', streamVersion: 8, eventCount: 4 },
      { status: 'appended', streamVersion: 5 },
    ]);
    const latest = await t.store.latestExtractionFor('doc-one-1');
    expect(latest).toMatchObject({ parserVersion: '2.0.0', supersedes: first[0]!.extractionId });
    expect((await t.store.readStream('doc-one-1')).map((e) => e.position.streamPosition)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(await t.store.getSource(first[0]!.source.sha256)).not.toBeNull();
  });

  it('takes a batch naming one stream twice one extraction at a time, in order', async () => {
    const results = await t.store.appendExtractions([
      sampleExtraction({ seed: 'twice-1', events: 4, streamId: 'doc-twice' }),
      sampleExtraction({ seed: 'twice-2', events: 5, streamId: 'doc-twice' }),
    ]);
    expect(results).toMatchObject([
      { status: 'appended', streamVersion: 4 },
      { status: 'appended', streamVersion: 9 },
    ]);
    const extractions = await t.store.listExtractions({ streamId: 'doc-twice' });
    expect(extractions.map((x) => x.id)).toEqual([
      sampleExtraction({ seed: 'twice-1', streamId: 'doc-twice' }).extractionId,
      sampleExtraction({ seed: 'twice-2', streamId: 'doc-twice' }).extractionId,
    ]);
    expect(extractions[1]?.supersedes).toBe(extractions[0]?.id);
    expect((await t.store.latestExtractionFor('doc-twice'))?.id).toBe(extractions[1]?.id);
  });
});

describe('appendExtractions, batches side by side', () => {
  it('keeps each stream in input order across batches and reports every outcome in order', async () => {
    // Batches of 2; a stream reappears in the next batch (must wait for it) and two batches
    // later (may run beside the one in between).
    const seeds = ['p-a1', 'p-b1', 'p-a2', 'p-c1', 'p-d1', 'p-e1', 'p-a3', 'p-f1'];
    const inputs = seeds.map((seed) =>
      sampleExtraction({ seed, events: 4, streamId: `doc-side-${seed.slice(2, 3)}` }),
    );
    // Each extraction of stream a holds its transaction open at commit for 0.2 s: a batch that
    // did not wait for it would read the stream before that commit (and miss what it supersedes).
    const s = sql.id(t.store.schema);
    await sql`CREATE FUNCTION ${s}.slow_commit() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN PERFORM pg_sleep(0.2); RETURN NULL; END $$`.execute(t.store.db);
    await sql`CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON ${s}.extractions
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.stream_id = 'doc-side-a')
      EXECUTE FUNCTION ${s}.slow_commit()`.execute(t.store.db);
    const seen: number[] = [];
    const results = await t.store
      .appendExtractions(inputs, { batchSize: 2, onResult: (r) => seen.push(r.index) })
      .finally(async () => {
        await sql`DROP TRIGGER slow_commit ON ${s}.extractions`.execute(t.store.db);
        await sql`DROP FUNCTION ${s}.slow_commit()`.execute(t.store.db);
      });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('appended'));
    const a = await t.store.listExtractions({ streamId: 'doc-side-a' });
    expect(a.map((x) => x.id)).toEqual([0, 2, 6].map((i) => inputs[i]!.extractionId));
    expect(a.map((x) => x.supersedes)).toEqual([null, a[0]!.id, a[1]!.id]);
    expect(
      results
        .filter((r) => 'streamVersion' in r)
        .map((r) => (r as { streamVersion: number }).streamVersion),
    ).toEqual([4, 4, 8, 4, 4, 4, 12, 4]);
  });
});

describe.skipIf(testBackendKind() !== 'postgres')(
  'appendExtractions, a batch that cannot be written (PostgreSQL: it ends its own connection)',
  () => {
    it('throws its error after reporting what was stored beside it, and starts nothing after it', async () => {
      const inputs = ['q-0', 'q-1', 'q-bad', 'q-3', 'q-4', 'q-5', 'q-6', 'q-7'].map((seed) =>
        sampleExtraction({ seed, events: 4 }),
      );
      const s = sql.id(t.store.schema);
      await sql`CREATE FUNCTION ${s}.end_connection() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$`.execute(
        t.store.db,
      );
      await sql`CREATE TRIGGER end_connection AFTER INSERT ON ${s}.extractions
        FOR EACH ROW WHEN (NEW.stream_id = 'doc-q-bad') EXECUTE FUNCTION ${s}.end_connection()`.execute(
        t.store.db,
      );
      const seen: number[] = [];
      const outcome = await t.store
        .appendExtractions(inputs, { batchSize: 2, onResult: (r) => seen.push(r.index) })
        .then(
          () => null,
          (error: unknown) => error,
        )
        .finally(async () => {
          await sql`DROP TRIGGER end_connection ON ${s}.extractions`.execute(t.store.db);
          await sql`DROP FUNCTION ${s}.end_connection()`.execute(t.store.db);
        });
      expect(String(outcome)).toMatch(/terminat/);
      // The first batch before it; the batch after it only if it ran beside it, and then whole.
      expect([
        [0, 1],
        [0, 1, 4, 5],
      ]).toContainEqual(seen);
      for (const [i, input] of inputs.entries()) {
        const stored = (await t.store.readStream(input.streamId)).length > 0;
        expect({ i, stored }).toEqual({ i, stored: seen.includes(i) });
      }
    });
  },
);

describe('readAll and catchUp', () => {
  it('reads everything in (tx_id, global_position) order with positions as decimal strings', async () => {
    const all: RecordedEvent[] = [];
    let after = null;
    for (;;) {
      const page = await t.store.readAll({ after, limit: 7 });
      if (page.events.length === 0) break;
      all.push(...page.events);
      after = page.checkpoint;
    }
    const count = await t.store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(all).toHaveLength(Number(count.n));
    const keys = all.map(
      (e) => [BigInt(e.position.txId), BigInt(e.position.globalPosition)] as const,
    );
    for (let i = 1; i < keys.length; i++) {
      const [tx0, p0] = keys[i - 1]!;
      const [tx1, p1] = keys[i]!;
      expect(tx1 > tx0 || (tx1 === tx0 && p1 > p0)).toBe(true);
    }
    expect(all[0]!.position.globalPosition).toMatch(/^\d+$/);
    expect(all[0]!.position.txId).toMatch(/^\d+$/);
    expect(new Date(all[0]!.position.recordedAt).toISOString()).toBe(all[0]!.position.recordedAt);
  });

  it('hands batches to a projection and advances its checkpoint in the same transaction', async () => {
    await sql`CREATE TABLE public.seen (event_id text PRIMARY KEY)`.execute(t.store.db);
    const projection = {
      name: 'seen',
      async handle(
        events: readonly RecordedEvent[],
        trx: Parameters<Parameters<typeof t.store.catchUp>[0]['handle']>[1],
      ) {
        for (const e of events)
          await sql`INSERT INTO public.seen VALUES (${e.position.eventId})`.execute(trx);
      },
    };
    const progress: number[] = [];
    const first = await t.store.catchUp(projection, {
      batchSize: 4,
      onBatch: (p) => progress.push(p.events),
    });
    expect(first.events).toBeGreaterThan(8);
    expect(first.batches).toBe(Math.ceil(first.events / 4));
    // Told after each batch, with the running total.
    expect(progress).toEqual(
      Array.from({ length: first.batches }, (_, i) => Math.min(4 * (i + 1), first.events)),
    );
    expect(await t.store.getCheckpoint('seen')).toEqual(first.checkpoint);
    expect(await t.store.catchUp(projection)).toMatchObject({ events: 0, batches: 0 });

    // A failing batch leaves both the projection and its checkpoint where they were.
    await t.store.appendExtraction(sampleExtraction({ seed: 'late', events: 4 }));
    await expect(
      t.store.catchUp({
        name: 'seen',
        handle: () => Promise.reject(new Error('projection broke')),
      }),
    ).rejects.toThrow('projection broke');
    expect(await t.store.getCheckpoint('seen')).toEqual(first.checkpoint);
    expect(await t.store.catchUp(projection)).toMatchObject({ events: 4 });

    await t.store.resetCheckpoint('seen');
    await sql`TRUNCATE public.seen`.execute(t.store.db);
    const rebuilt = await t.store.catchUp(projection, { batchSize: 1000 });
    expect(rebuilt.events).toBe(first.events + 4);
  });
});

describe('rejections', () => {
  it('records and lists rejected documents', async () => {
    const sha = 'f'.repeat(64);
    const r = await t.store.recordRejection({
      sha256: sha,
      fileName: 'x.pdf',
      code: 'not_a_transcript',
      reason: 'no turns',
    });
    expect(r).toMatchObject({ sha256: sha, fileName: 'x.pdf', code: 'not_a_transcript' });
    expect(r.id).toMatch(/^\d+$/);
    expect(await t.store.listRejections({ sha256: sha })).toEqual([r]);
    expect(await t.store.listRejections({ sha256: 'e'.repeat(64) })).toEqual([]);
  });
});

describe('reading back', () => {
  it('upcasts an event stored at an older schemaVersion, without rewriting the row', async () => {
    const eventId = await storeParticipantV1(t.store, 'old-stream');
    const [event] = await t.store.readStream('old-stream');
    expect(event).toMatchObject({
      type: 'participant-listed',
      schemaVersion: 2,
      data: { sortName: 'Pashinyan Nikol', country: null },
    });
    const row = await t.store.db
      .selectFrom('events')
      .select(['schema_version'])
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(row.schema_version).toBe(1);
  });

  it('reads several stream slices in one query, each in stream order, also inside a transaction', async () => {
    const one = sampleExtraction({ seed: 'ranges-1', events: 6 });
    const two = sampleExtraction({ seed: 'ranges-2', events: 5 });
    await t.store.appendExtraction(one);
    await t.store.appendExtraction(two);
    const ranges = [
      { streamId: two.streamId, after: 1, before: 4 },
      { streamId: one.streamId },
      { streamId: 'no-such-stream' },
      { streamId: one.streamId, after: 5 },
    ];
    const slices = await t.store.readStreamRanges(ranges);
    expect(slices.map((s) => s.map((e) => e.position.streamPosition))).toEqual([
      [2, 3],
      [1, 2, 3, 4, 5, 6],
      [],
      [6],
    ]);
    expect(slices[1]).toEqual(await t.store.readStream(one.streamId));
    const inTrx = await t.store.db
      .transaction()
      .execute((trx) => t.store.readStreamRanges([{ streamId: two.streamId }], { executor: trx }));
    expect(inTrx[0]).toEqual(await t.store.readStream(two.streamId));
    expect(await t.store.readStreamRanges([])).toEqual([]);
  });

  it('stores events as the catalogue parsed them: keys it does not know are not kept', async () => {
    const input = sampleExtraction({ seed: 'extra-keys', events: 4 });
    const [first, ...rest] = input.events;
    const padded = { ...first!, data: { ...first!.data, smuggled: 'x' }, extra: 1 };
    await t.store.appendExtraction({ ...input, events: [padded as typeof first & {}, ...rest] });
    const stored = await t.store.readStream(input.streamId);
    expect(stored[0]!.data).not.toHaveProperty('smuggled');
    expect(stored[0]).not.toHaveProperty('extra');
    const { position: _, ...back } = stored[0]!;
    expect(back).toEqual(first);
  });

  it('trusts rows at the current version on the hot read paths; readExtraction validates every row', async () => {
    const input = sampleExtraction({ seed: 'forged', events: 3 });
    await t.store.appendExtraction(input);
    const metadata = {
      extractionId: input.extractionId,
      parserVersion: '1.0.0',
      correlationId: null,
      causationId: null,
    };
    // Written around the store (its write paths validate): a current-version row that is invalid,
    // added to the extraction's stream under its id.
    await sql`INSERT INTO stenogram.events (stream_id, stream_position, event_id, extraction_id, type, schema_version, data, metadata)
      VALUES (${input.streamId}, ${input.events.length + 1}, 'forged-1', ${input.extractionId}, 'chair-identified', 1, '{"name": 7}'::jsonb, ${JSON.stringify(metadata)}::jsonb)`.execute(
      t.store.db,
    );
    const read = (await t.store.readStream(input.streamId)).at(-1);
    expect(read).toMatchObject({ type: 'chair-identified', data: { name: 7 }, metadata });
    expect(read!.position.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const error = await t.store.readExtraction(input.extractionId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredEventInvalidError);
    expect((error as Error).message).toContain('data.personId');
  });

  it('gives pg shapes on both backends: bigint as string, jsonb as object, timestamptz as Date', async () => {
    const row = await t.store.db
      .selectFrom('events')
      .select(['global_position', 'data', 'recorded_at', 'stream_position'])
      .orderBy('global_position')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(typeof row.global_position).toBe('string');
    expect(typeof row.data).toBe('object');
    expect(row.recorded_at).toBeInstanceOf(Date);
    expect(typeof row.stream_position).toBe('number');
    expect(t.store.backend).toBe(t.database.backend);
    expect(t.store.schema).toBe('stenogram');
  });
});

describe('openStore', () => {
  it('raises a typed store_unavailable error when PostgreSQL does not answer', async () => {
    const { openStore } = await import('./open-store.js');
    await expect(
      openStore({ databaseUrl: 'postgres://nobody:secret@127.0.0.1:1/none' }),
    ).rejects.toMatchObject({
      code: 'store_unavailable',
      target: 'postgres://nobody@127.0.0.1:1/none',
    });
  });
});
