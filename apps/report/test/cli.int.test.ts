import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@stenogram/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { appendAsParserVersion, ingest } from '../src/testing/ingest.js';
import { catchUpBy } from './support/report-helpers.js';
import { validateAgainst } from './support/validate-json.js';

const SEED = 'sco-csto-joint-meeting-2021.txt';
const seedBytes = readFileSync(new URL(`./fixtures/${SEED}`, import.meta.url));

describe('stenogram-report CLI', () => {
  let db: TestDatabase;
  let dbArgs: string[];
  let first: string;
  let second: string;
  const out = mkdtempSync(join(tmpdir(), 'stenogram-cli-'));

  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(
      [...args, ...dbArgs],
      {},
      { out: (t) => (stdout += t), err: (t) => (stderr += t) },
    );
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    dbArgs =
      'databaseUrl' in db.options
        ? ['--database-url', db.options.databaseUrl]
        : ['--data-dir', db.options.dataDir];
    const store = await db.open();
    try {
      const seed = await ingest(store, seedBytes, SEED);
      const next = await appendAsParserVersion(store, seed, seedBytes, SEED, '2.0.0', (events) =>
        events.filter((e) => e.type !== 'chair-identified'),
      );
      first = seed.extractionId;
      second = next.extractionId;
      await catchUpBy(store, seed.events.length + next.events.length);
    } finally {
      await store.close(); // PGlite: one process, one owner of the folder
    }
  });

  afterAll(async () => {
    await db.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it('prints the usage with --help and exits 2 on a bad command line', async () => {
    expect((await run('--help')).stdout).toMatch(/^stenogram-report — /);
    expect((await run('search')).code).toBe(2);
    expect((await run('search', 'x', '--from', 'May 1')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('builds the reports, then rewrites nothing when nothing changed', async () => {
    const built = await run('build', '--out', out);
    expect(built.code).toBe(0);
    // 2 meeting files; index, people, organisations; index/undated; 12 people and 2 organisations,
    // each with a file of their own and one of the year: 2 × (1 + 3 + 1 + 12 × 2 + 2 × 2) = 66.
    expect(built.stderr).toMatch(/1 meetings, 1 rendered, 66 files written/);
    const again = await run('build', '--out', out);
    expect(again.stderr).toMatch(/1 meetings, 0 rendered, 0 files written/);
    const rebuilt = await run('build', '--out', out, '--rebuild');
    expect(rebuilt.stderr).toMatch(/rebuilt projections: \d+ events/);
    expect(rebuilt.stderr).toMatch(/1 meetings, 1 rendered, 0 files written/);
  });

  it('searches, and exits 1 when nothing matches', async () => {
    const hit = await run('search', 'Pandora box', '--json');
    expect(hit.code).toBe(0);
    // The full-text index is left to the first search, which says so.
    expect(hit.stderr).toMatch(/^making the statements searchable/);
    expect(JSON.parse(hit.stdout)).toMatchObject([
      { speaker: 'President of Russia Vladimir Putin' },
    ]);
    const none = await run('search', 'Pandora', '--speaker', 'Modi');
    expect(none.code).toBe(1);
    expect(none.stderr).not.toMatch(/searchable/);
  });

  it('draws the progress of a build on a terminal only, and clears it', async () => {
    let stderr = '';
    const code = await main(
      ['build', '--out', out, '--rebuild', ...dbArgs],
      {},
      { out: () => {}, err: (t) => (stderr += t), errIsTerminal: true },
    );
    expect(code).toBe(0);
    // What a terminal is sent, each "go to the line's start and clear it" made visible.
    const [replayed, written] = stderr.replaceAll('\r\x1b[K', '<clear>').split('\n');
    expect(replayed).toMatch(
      /^<clear>replaying events: \d+ of about \d+<clear>rebuilt projections: /,
    );
    expect(written).toMatch(
      /^<clear>writing meetings: 1 of 1<clear>\S+: 1 meetings, 1 rendered, 0 files written/,
    );
    const again = await run('build', '--out', out, '--rebuild');
    expect(again.stderr).not.toContain('\x1b');
  });

  it('audits a source by file, and exits 1 for an unknown target', async () => {
    const audit = await run('audit', join(import.meta.dirname, 'fixtures', SEED));
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain(`${second}  current`);
    expect(audit.stdout).toContain(`${first}  superseded`);
    expect((await run('audit', 'no-such-thing')).code).toBe(1);
    expect((await run('audit', '--all')).code).toBe(0);
  });

  it('diffs two extractions as text and as JSON', async () => {
    const text = await run('audit', 'diff', first, second);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('- chair emomali-rahmon removed');
    const json = await run('audit', 'diff', first, second, '--json');
    expect(validateAgainst('report-audit-diff.schema.json', JSON.parse(json.stdout))).toEqual([]);
  });

  it('verifies the digests', async () => {
    const verify = await run('audit', 'verify');
    expect(verify.stdout).toMatch(
      /2 extractions checked, 1 re-parsed with the current parser: all match/,
    );
    expect(verify.code).toBe(0);
  });

  it('exits 3 when the database is unavailable', async () => {
    const code = await main(
      ['build', '--database-url', 'postgres://nobody@127.0.0.1:1/none'],
      {},
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(3);
  });
});
