import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTranscript } from '@stenogram/parser';
import type { PeopleReport, PersonReport, StenogramEvent } from '@stenogram/schema';
import type { EventStore } from '@stenogram/store';
import { createTestDatabase, type TestDatabase } from '@stenogram/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportFiles } from '../src/build/report-files.js';
import { STATE_FILE, writeReports } from '../src/build/write-reports.js';
import { foldMeetings } from '../src/model/fold-meetings.js';
import { rebuildProjections } from '../src/projection/update-projections.js';
import { appendAsParserVersion, ingest } from '../src/testing/ingest.js';
import { catchUpBy, readTree } from './support/report-helpers.js';

const seed = readFileSync(new URL('./fixtures/sco-csto-joint-meeting-2021.txt', import.meta.url));

/** The seed's body under a header: two titles whose file names share their first 60 characters. */
function page(part: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `Joint meeting of the SCO and CSTO Heads of State on the situation in Afghanistan, part ${part}\n` +
        'The leaders discussed the situation in Afghanistan.\nSeptember 17, 2021\n16:00\nDushanbe\n',
    ),
    seed,
  ]);
}

/** A participant only this extraction lists. */
function withGhost(events: StenogramEvent[]): StenogramEvent[] {
  const listed = events.find((e) => e.type === 'participant-listed')!;
  const ghost = {
    ...listed,
    data: { ...listed.data, personId: 'ghost-person', name: 'Ghost Person', ordinal: 99 },
  } as StenogramEvent;
  const at = events.indexOf(listed);
  return [...events.slice(0, at + 1), ghost, ...events.slice(at + 1)];
}

/**
 * A reading of the page with another date: another year and file name (and no ghost), or, with
 * none, the meeting filed under 'undated'.
 */
function dated(date: string | null): (events: StenogramEvent[]) => StenogramEvent[] {
  return (events) =>
    events.map((e) => (e.type === 'meeting-opened' ? { ...e, data: { ...e.data, date } } : e));
}

describe('incremental builds', () => {
  let db: TestDatabase;
  let store: EventStore;
  const inc = mkdtempSync(join(tmpdir(), 'stenogram-inc-'));
  const full = mkdtempSync(join(tmpdir(), 'stenogram-full-'));
  let afterFirst: Map<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = await db.open();
    const a = await ingest(store, page('one'), 'one.txt');
    const bBytes = page('two');
    const b = parseTranscript({ bytes: bBytes, fileName: 'two.txt' });
    const b1 = await appendAsParserVersion(store, b, bBytes, 'two.txt', '9.0.0', withGhost);
    await catchUpBy(store, a.events.length + b1.events.length);
    await writeReports(store, { outDir: inc });
    afterFirst = readTree(inc);

    const b2 = await appendAsParserVersion(
      store,
      b,
      bBytes,
      'two.txt',
      '9.0.1',
      dated('2020-01-01'),
    );
    // A third meeting, undated: the latest 'year' of everyone in it, where their name is read.
    const cBytes = page('three');
    const c = parseTranscript({ bytes: cBytes, fileName: 'three.txt' });
    const c1 = await appendAsParserVersion(store, c, cBytes, 'three.txt', '9.0.0', dated(null));
    await catchUpBy(store, b2.events.length + c1.events.length);
    await writeReports(store, { outDir: inc });
  });

  afterAll(async () => {
    await store.close();
    await db.drop();
    for (const dir of [inc, full]) rmSync(dir, { recursive: true, force: true });
  });

  it('names colliding meetings by document id, and lists a person in each year attended', () => {
    const names = [...afterFirst.keys()].filter(
      (f) => f.startsWith('meetings/') && f.endsWith('.md'),
    );
    expect(names.map((n) => n.replace(/-[0-9a-f]{8}\.md$/, '-<hash>.md')).sort()).toEqual([
      'meetings/2021-09-17-joint-meeting-of-the-sco-and-csto-heads-of-state-on-the-<hash>.md',
      'meetings/2021-09-17-joint-meeting-of-the-sco-and-csto-heads-of-state-on-the.md',
    ]);
    expect(afterFirst.has('people/ghost-person/2021.json')).toBe(true);
    expect(JSON.parse(afterFirst.get('index.json')!)).toMatchObject({
      meetings: 2,
      years: [{ period: '2021', file: 'index/2021', meetings: 2 }],
    });
  });

  it('moves a re-extracted meeting to its new year and file name, and drops a person who left', () => {
    const files = readTree(inc);
    expect(files.has('people/ghost-person.json')).toBe(false);
    expect(existsSync(join(inc, 'people/ghost-person'))).toBe(false);
    expect((JSON.parse(files.get('people.json')!) as PeopleReport).people).not.toContainEqual(
      expect.objectContaining({ personId: 'ghost-person' }),
    );
    expect(
      [...files.keys()].filter((f) => f.startsWith('meetings/2020-01-01-') && f.endsWith('.md')),
    ).toHaveLength(1);
    expect(
      (JSON.parse(files.get('people/vladimir-putin.json')!) as PersonReport).years,
    ).toMatchObject([
      { period: '2020', meetings: 1 },
      { period: '2021', meetings: 1 },
      { period: 'undated', meetings: 1 },
    ]);
    expect(files.has('index/2020.md')).toBe(true);
    expect(files.has('index/undated.md')).toBe(true);
    expect((JSON.parse(files.get('people/vladimir-putin.json')!) as PersonReport).name).toBe(
      'Vladimir Putin',
    );
  });

  it('writes exactly the files of a full build, and of the pure core', async () => {
    const incremental = readTree(inc);
    incremental.delete(STATE_FILE);
    const events = await store.readAll({ limit: 10_000 });
    expect(incremental).toEqual(renderReportFiles(foldMeetings(events.events)));

    // A full build after a rebuild, into a folder holding another layout's files.
    mkdirSync(join(full, 'people'), { recursive: true });
    writeFileSync(join(full, 'people/someone-gone.md'), '# gone\n');
    writeFileSync(join(full, 'notes.txt'), 'not ours\n');
    await rebuildProjections(store, { batchSize: 5 });
    await writeReports(store, { outDir: full, full: true });
    const rebuilt = readTree(full);
    rebuilt.delete(STATE_FILE);
    expect(rebuilt.get('notes.txt')).toBe('not ours\n');
    rebuilt.delete('notes.txt');
    expect(rebuilt).toEqual(incremental);
  });

  it('rewrites nothing after a rebuild of the projection, nor when nothing changed', async () => {
    // The test above rebuilt the projection: every meeting is rendered again, to the same bytes.
    const before = readTree(inc);
    const after = await writeReports(store, { outDir: inc });
    expect(after).toMatchObject({ meetingsRendered: 3, written: [], removed: [] });
    const again = await writeReports(store, { outDir: inc });
    expect(again).toMatchObject({ meetingsRendered: 0, written: [], removed: [] });
    const tree = readTree(inc);
    for (const t of [before, tree]) t.delete(STATE_FILE); // the build counter moved on
    expect(tree).toEqual(before);
  });
});
