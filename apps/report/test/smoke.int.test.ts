import { readFileSync } from 'node:fs';
import { createTestDatabase } from '@stenogram/store/testing';
import { it } from 'vitest';
import { writeReports } from '../src/build/write-reports.js';
import { updateProjections } from '../src/projection/update-projections.js';
import { ingest } from '../src/testing/ingest.js';

it('smoke', async () => {
  const db = await createTestDatabase();
  const store = await db.open();
  try {
    const bytes = readFileSync(
      new URL('./fixtures/sco-csto-joint-meeting-2021.txt', import.meta.url),
    );
    const r = await ingest(store, bytes, 'sco-csto-joint-meeting-2021.txt');
    console.log(r.documentId, r.events.length);
    console.log(await updateProjections(store));
    console.log(await writeReports(store, { outDir: '/tmp/report-smoke' }));
  } finally {
    await store.close();
    await db.drop();
  }
});
