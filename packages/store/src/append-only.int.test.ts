import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, sampleExtraction, type TestStore } from './testing/index.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore();
  await t.store.appendExtraction(sampleExtraction({ seed: 'kept', events: 5 }));
});
afterAll(() => t.cleanup());

describe('the events table is append-only, by the database itself', () => {
  const refused = (op: string) =>
    `stenogram events are append-only: ${op} on stenogram.events is refused`;

  it('refuses UPDATE, whatever the client', async () => {
    await expect(sql`UPDATE stenogram.events SET type = 'x'`.execute(t.store.db)).rejects.toThrow(
      refused('UPDATE'),
    );
    await expect(
      t.store.db
        .updateTable('events')
        .set({ stream_id: 'y' })
        .where('stream_position', '=', 1)
        .execute(),
    ).rejects.toThrow(refused('UPDATE'));
  });

  it('refuses DELETE, even of no rows', async () => {
    await expect(sql`DELETE FROM stenogram.events`.execute(t.store.db)).rejects.toThrow(
      refused('DELETE'),
    );
    await expect(sql`DELETE FROM stenogram.events WHERE false`.execute(t.store.db)).rejects.toThrow(
      refused('DELETE'),
    );
  });

  it('refuses TRUNCATE', async () => {
    await expect(sql`TRUNCATE stenogram.events`.execute(t.store.db)).rejects.toThrow(
      refused('TRUNCATE'),
    );
    await expect(sql`TRUNCATE stenogram.events CASCADE`.execute(t.store.db)).rejects.toThrow(
      refused('TRUNCATE'),
    );
  });

  it('still holds every event afterwards', async () => {
    expect(await t.store.readStream('doc-kept')).toHaveLength(5);
  });
});
