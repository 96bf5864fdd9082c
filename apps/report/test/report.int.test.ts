import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParseResult } from '@stenogram/parser';
import type { MeetingReport, StenogramEvent } from '@stenogram/schema';
import type { EventStore } from '@stenogram/store';
import { createTestDatabase, type TestDatabase } from '@stenogram/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffExtractions } from '../src/audit/diff-extractions.js';
import { verifyExtractions } from '../src/audit/verify-extractions.js';
import { renderReportFiles } from '../src/build/report-files.js';
import { writeReports } from '../src/build/write-reports.js';
import { foldMeetings } from '../src/model/fold-meetings.js';
import { rebuildProjections } from '../src/projection/update-projections.js';
import { searchStatements } from '../src/search/search-statements.js';
import { appendAsParserVersion, ingest } from '../src/testing/ingest.js';
import {
  catchUpBy,
  dumpReportTables,
  readTree,
  searchIndexExists,
  stableMarkdown,
} from './support/report-helpers.js';
import { validateAgainst } from './support/validate-json.js';

const SEED = 'sco-csto-joint-meeting-2021.txt';
const seedBytes = readFileSync(new URL(`./fixtures/${SEED}`, import.meta.url));

/** What a later parser might do: a position read differently, the chair missed, a turn cut in two. */
function changedParser(events: StenogramEvent[]): StenogramEvent[] {
  const out: StenogramEvent[] = [];
  for (const e of events) {
    if (e.type === 'chair-identified') continue;
    if (e.type === 'participant-listed' && e.data.personId === 'nikol-pashinyan') {
      out.push({
        ...e,
        data: { ...e.data, position: 'Prime Minister of the Republic of Armenia' },
      });
    } else if (e.type === 'statement-made' && e.data.ordinal === 0) {
      const [first, ...rest] = e.data.paragraphs;
      const part = (ordinal: number, paragraphs: typeof rest) => {
        const text = paragraphs.map((p) => p.text).join('\n');
        return {
          ...e,
          data: {
            ...e.data,
            statementId: `${e.data.statementId}-part-${ordinal}`,
            ordinal,
            text,
            paragraphs,
            wordCount: text.split(/\s+/).filter(Boolean).length,
          },
        };
      };
      out.push(part(0, [first!]), part(1, rest));
    } else out.push(e);
  }
  return out;
}

describe('report end to end', () => {
  let db: TestDatabase;
  let store: EventStore;
  let seed: ParseResult;
  const out = mkdtempSync(join(tmpdir(), 'stenogram-report-'));
  const meetingJson = () => {
    const files = readTree(out);
    const name = [...files.keys()].find((f) => f.startsWith('meetings/') && f.endsWith('.json'))!;
    return JSON.parse(files.get(name)!) as MeetingReport;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    store = await db.open();
    seed = await ingest(store, seedBytes, SEED);
    await catchUpBy(store, seed.events.length);
    await writeReports(store, { outDir: out });
  });

  afterAll(async () => {
    await store.close();
    await db.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it('reports the seed meeting: participants, chair, organisations, statement', () => {
    const r = meetingJson();
    expect(r.participants.filter((p) => p.listed).map((p) => `${p.name} | ${p.position}`)).toEqual([
      'Nikol Pashinyan | Prime Minister of Armenia',
      'Alexander Lukashenko | President of Belarus',
      'Xi Jinping | President of China',
      'Narendra Modi | Prime Minister of India',
      'Seyyed Ebrahim Raisi | President of Iran',
      'Kassym-Jomart Tokayev | President of Kazakhstan',
      'Sadyr Japarov | President of Kyrgyzstan',
      'Imran Khan | Prime Minister of Pakistan',
      'Shavkat Mirziyoyev | President of Uzbekistan',
      'Stanislav Zas | Secretary General of the Collective Security Treaty Organisation',
      'Vladimir Norov | Secretary-General of the Shanghai Cooperation Organisation',
    ]);
    expect(r.chair.map((c) => c.name)).toEqual(['Emomali Rahmon']);
    expect(r.organisations.map((o) => o.abbreviation)).toEqual(['SCO', 'CSTO']);
    expect(r.statements).toHaveLength(1);
    const [speech] = r.statements;
    expect(speech?.speaker).toMatchObject({
      label: 'President of Russia Vladimir Putin',
      personId: 'vladimir-putin',
    });
    expect(speech?.paragraphs[0]).toBe('Mr Rahmon, colleagues.');
    expect(speech?.paragraphs.at(-1)).toMatch(/^Speaking at the latest SCO summit/);
    expect(r.participants.find((p) => p.personId === 'vladimir-putin')).toMatchObject({
      listed: false,
      turns: 1,
      share: 1,
    });
    expect(r.summary.keywords[0]).toBe('afghanistan');
  });

  it('writes JSON that validates against the published schemas', () => {
    const files = readTree(out);
    const schemaOf = (path: string) => {
      const [kind, ...rest] = path.replace('.json', '').split('/');
      const name = { meetings: 'meeting', people: 'person', organisations: 'organisation' }[kind!];
      if (rest.length === 0) return `report-${kind}.schema.json`;
      if (kind === 'meetings') return 'report-meeting.schema.json';
      if (kind === 'index') return 'report-index-period.schema.json';
      return rest.length === 1 ? `report-${name}.schema.json` : `report-${name}-period.schema.json`;
    };
    const jsonFiles = [...files.keys()].filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    expect(jsonFiles.map(schemaOf).sort()).toEqual(
      [
        ...['meeting', 'index', 'index-period', 'people', 'organisations'],
        ...Array<string>(12).fill('person'),
        ...Array<string>(12).fill('person-period'),
        ...Array<string>(2).fill('organisation'),
        ...Array<string>(2).fill('organisation-period'),
      ]
        .map((r) => `report-${r}.schema.json`)
        .sort(),
    );
    for (const path of jsonFiles) {
      expect(validateAgainst(schemaOf(path), JSON.parse(files.get(path)!)), path).toEqual([]);
    }
  });

  it('writes the same files as the pure core does from the same events', async () => {
    const events = await store.readAll({ limit: 10_000 });
    const pure = renderReportFiles(foldMeetings(events.events));
    const written = readTree(out);
    written.delete('.stenogram-report-state.json');
    expect([...written.keys()].sort()).toEqual([...pure.keys()].sort());
    for (const [path, content] of pure) expect(written.get(path), path).toBe(content);
  });

  it('renders the seed meeting as Markdown', () => {
    const files = readTree(out);
    const md = [...files].find(([f]) => f.startsWith('meetings/') && f.endsWith('.md'))![1];
    expect(stableMarkdown(md)).toMatchInlineSnapshot(`
      "# Untitled document sha256-672cd08ea6618750

      | Field | Value |
      |---|---|
      | Date | – |
      | Time | – |
      | Place | – |
      | Source | \`sco-csto-joint-meeting-2021.txt\` · sha256 \`672cd08ea66187505193786926ba14681974919ff3076ca3a12eb26428f4c3c9\` |
      | Extraction | \`ext-35a4c3d30b6d239d344a88e7b9e6c99f\` · parser 1.0.0 (text) · completed <time> |
      | Statements | 1 (558 words) |

      ## Participants

      | Name | Position | Country or organisation | Turns | Words | Share |
      |---|---|---|---:|---:|---:|
      | Nikol Pashinyan | Prime Minister of Armenia | Armenia | 0 | 0 | 0.0% |
      | Alexander Lukashenko | President of Belarus | Belarus | 0 | 0 | 0.0% |
      | Xi Jinping | President of China | China | 0 | 0 | 0.0% |
      | Narendra Modi | Prime Minister of India | India | 0 | 0 | 0.0% |
      | Seyyed Ebrahim Raisi | President of Iran | Iran | 0 | 0 | 0.0% |
      | Kassym-Jomart Tokayev | President of Kazakhstan | Kazakhstan | 0 | 0 | 0.0% |
      | Sadyr Japarov | President of Kyrgyzstan | Kyrgyzstan | 0 | 0 | 0.0% |
      | Imran Khan | Prime Minister of Pakistan | Pakistan | 0 | 0 | 0.0% |
      | Shavkat Mirziyoyev | President of Uzbekistan | Uzbekistan | 0 | 0 | 0.0% |
      | Stanislav Zas | Secretary General of the Collective Security Treaty Organisation | Collective Security Treaty Organisation | 0 | 0 | 0.0% |
      | Vladimir Norov | Secretary-General of the Shanghai Cooperation Organisation | Shanghai Cooperation Organisation | 0 | 0 | 0.0% |
      | Vladimir Putin (speaker) | President of Russia | – | 1 | 558 | 100.0% |

      **Chair:** Emomali Rahmon (President of Tajikistan)

      ## Organisations

      - Shanghai Cooperation Organisation (SCO)
      - Collective Security Treaty Organisation (CSTO)

      ## Sections

      1. Speech at joint meeting of SCO and CSTO Heads of State

      ## Speaking order

      1. [Vladimir Putin](#statement-ext-35a4c3d30b6d239d344a88e7b9e6c99f-statement-0)

      ## Speaker share

      \`\`\`mermaid
      pie showData
          title Words spoken
          "Vladimir Putin" : 558
      \`\`\`

      ## Summary

      **Keywords:** afghanistan, work, cooperation, country, format, left, organisation, security, afghan, complete

      **Main speakers' keywords:**

      - Vladimir Putin: afghanistan, work, cooperation, country, format, left

      **Key quotes:**

      > The weapons are perhaps the only thing that the Taliban has made a good haul of over the Western coalition’s 20-year presence in Afghanistan, which bodes no good. — President of Russia Vladimir Putin ([statement](#statement-ext-35a4c3d30b6d239d344a88e7b9e6c99f-statement-0))

      > We would consider it optimal to launch this dialogue under the expanded Troika format on Afghanistan, and work is now underway in this direction. — President of Russia Vladimir Putin ([statement](#statement-ext-35a4c3d30b6d239d344a88e7b9e6c99f-statement-0))

      > I would like to recall the earlier Moscow format of consultations on Afghanistan that involved many of our partners from the Shanghai Cooperation Organisation and the CSTO. — President of Russia Vladimir Putin ([statement](#statement-ext-35a4c3d30b6d239d344a88e7b9e6c99f-statement-0))

      ## Statements

      ### Speech at joint meeting of SCO and CSTO Heads of State

      <a id="statement-ext-35a4c3d30b6d239d344a88e7b9e6c99f-statement-0"></a>
      **President of Russia Vladimir Putin:** Mr Rahmon, colleagues.

      I appreciate your support of the proposal to hold the meeting in a new format, as a joint meeting of the leaders of the Shanghai Cooperation Organisation and the Collective Security Treaty Organisation. Our discussion today shows how important it is for the two organisations to join forces to ensure security and stability in Eurasia. It is particularly relevant considering the recent escalation of the already turbulent situation in Afghanistan.

      Our colleagues’ remarks indicate that our states share similar approaches to responding to the threats that have been emanating from Afghanistan since the Americans left it in haste, or perhaps I should say fled, along with their NATO allies.

      They all left behind an open Pandora’s box full of problems caused by terrorism, drug trafficking, organised crime and, unfortunately, religious extremism. We witnessed it only recently. Our Pakistani colleague mentioned the airport terrorist attack. The Western community left, abandoning an entire arsenal of modern weapons, military equipment and munitions.

      The weapons are perhaps the only thing that the Taliban has made a good haul of over the Western coalition’s 20-year presence in Afghanistan, which bodes no good.

      Other than that, the country is in a state of complete economic and social havoc. Many Afghans are desperately fleeing their homeland. Yes, we do hope that there will be no mass exodus of millions of people, but it is a fact: many are seeking exit, moving across the border and beyond, thus creating the risk of criminal infiltration.

      I am convinced that it is certainly in our common interests to help Afghanistan achieve peace and stability, at long last. Owing to historical, socioeconomic, ethnic-cultural and geographic reasons, this country should, objectively speaking, be an inalienable part of the Eurasian security and cooperation system.

      And, of course, we are extremely interested in seeing Afghanistan assert itself as an independent, neutral, integral and democratic state free from terrorism, war and drugs, living in peace and accord with its neighbours. In this context, the launch of sustainable, efficient and result-oriented intra-Afghan dialogue involving all (I want to underscore this), precisely all ethnic, religious and political groups of Afghan society has special significance.

      The Taliban movement, which has become virtually the complete master of the country, has established its own government that has assumed responsibility for the future of Afghanistan. According to the Talibs themselves, this is an interim government, and it cannot be called truly all-inclusive; nor does it represent all segments. We do not see representatives of other ethnic groups here, but it appears that we, of course, should also work with it.

      Speaking of recognition, I agree with those who have spoken on this matter that it is necessary to coordinate our position on this issue. We would consider it optimal to launch this dialogue under the expanded Troika format on Afghanistan, and work is now underway in this direction.

      I would like to recall the earlier Moscow format of consultations on Afghanistan that involved many of our partners from the Shanghai Cooperation Organisation and the CSTO. If necessary, it would be possible to resume its work, with the agreement of all states involved in it.

      Speaking at the latest SCO summit, I have just mentioned the possible resumption of the work of the SCO-Afghanistan Contact Group that was established precisely in order to work with Afghan partners.

      ## Data quality

      - \`no_header\`: no title and date: the document is identified by its content
      "
    `);
  });

  it('finds statements by full-text search, with the match marked', async () => {
    const hits = await searchStatements(store, { query: 'Taliban government' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ speaker: 'President of Russia Vladimir Putin', ordinal: 0 });
    expect(hits[0]?.snippet).toMatch(/\*\*Taliban\*\*/);
    expect(await searchStatements(store, { query: 'Taliban', speaker: 'Lukashenko' })).toEqual([]);
    expect(await searchStatements(store, { query: 'Taliban', speaker: 'putin' })).toHaveLength(1);
    expect(await searchStatements(store, { query: 'Taliban', from: '2030-01-01' })).toEqual([]);
  });

  it('verifies every digest and the re-parse of the seed', async () => {
    const v = await verifyExtractions(store);
    expect(v).toMatchObject({ extractions: 1, reparsed: 1, mismatches: 0 });
  });

  describe('after a re-extraction by a changed parser', () => {
    let reextracted: string;

    beforeAll(async () => {
      const next = await appendAsParserVersion(
        store,
        seed,
        seedBytes,
        SEED,
        '9.9.9',
        changedParser,
      );
      reextracted = next.extractionId;
      await catchUpBy(store, next.events.length);
      await writeReports(store, { outDir: out });
    });

    it('reports only the latest extraction', () => {
      const r = meetingJson();
      expect(r.extraction).toMatchObject({ extractionId: reextracted, parserVersion: '9.9.9' });
      expect(r.chair).toEqual([]);
      expect(r.statements.map((s) => s.ordinal)).toEqual([0, 1]);
      expect(r.participants[0]?.position).toBe('Prime Minister of the Republic of Armenia');
    });

    it('shows the change in audit diff', async () => {
      const diff = diffExtractions(
        { extractionId: seed.extractionId, events: await store.readExtraction(seed.extractionId) },
        { extractionId: reextracted, events: await store.readExtraction(reextracted) },
      );
      expect(diff.changes.map((c) => `${c.fact} ${c.key} ${c.change}`)).toEqual([
        'participant nikol-pashinyan changed',
        'chair emomali-rahmon removed',
        'statement 0 split',
      ]);
      expect(
        validateAgainst('report-audit-diff.schema.json', JSON.parse(JSON.stringify(diff))),
      ).toEqual([]);
    });

    it('verifies both extractions (the changed one was not made by the current parser)', async () => {
      expect(await verifyExtractions(store)).toMatchObject({
        extractions: 2,
        reparsed: 1,
        mismatches: 0,
      });
    });

    it('gives the same tables and files on a rebuild as incrementally', async () => {
      const incremental = await dumpReportTables(store);
      const before = readTree(out);
      const rebuilt = mkdtempSync(join(tmpdir(), 'stenogram-rebuilt-'));
      try {
        await rebuildProjections(store, { batchSize: 7 }); // small batches: extractions cross batch boundaries
        // The statements come back with the search index, filled from the log by the first search.
        await searchStatements(store, { query: 'Afghanistan' });
        expect(await dumpReportTables(store)).toEqual(incremental);
        await writeReports(store, { outDir: rebuilt, full: true });
        const after = readTree(rebuilt);
        for (const t of [before, after]) t.delete('.stenogram-report-state.json');
        expect(after).toEqual(before);
      } finally {
        rmSync(rebuilt, { recursive: true, force: true });
      }
    });

    it('leaves the full-text index to the first search after a rebuild, with the same hits', async () => {
      const query = { query: 'Afghanistan or security or cooperation' };
      const hits = await searchStatements(store, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(await searchIndexExists(store)).toBe(true);
      await rebuildProjections(store);
      expect(await searchIndexExists(store)).toBe(false);
      expect(await searchStatements(store, query)).toEqual(hits);
      expect(await searchIndexExists(store)).toBe(true);
    });
  });
});
