import { sql, type Kysely } from 'kysely';
import type { CorpusStats } from '../model/corpus-stats.js';
import { meetingFileName } from '../model/meeting-file.js';
import type { MeetingSummary, PersonAtMeeting } from '../model/meeting-summary.js';
import { tbl } from './report-tables.js';

/** A current extraction and where it stands in the build order. */
export interface CurrentMeeting {
  readonly extractionId: string;
  readonly documentId: string;
  readonly changedSeq: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly place: string | null;
  readonly statements: number;
  readonly words: number;
}

/** Every document's current extraction, by document id; with `since`, only those changed after it. */
export async function currentMeetings(
  db: Kysely<unknown>,
  schema: string,
  since: string | null = null,
): Promise<CurrentMeeting[]> {
  const r = await sql<{
    extraction_id: string;
    document_id: string;
    changed_seq: string;
    title: string | null;
    date: string | null;
    place: string | null;
    statements: number;
    words: number;
  }>`
    SELECT e.extraction_id, e.document_id, e.changed_seq::text AS changed_seq, m.title, m.date, m.place,
      e.statements, e.words
    FROM ${tbl(schema, 'report_extractions')} e
    -- The extraction's last meeting-opened: an anti-join, not DISTINCT ON, which sorts every
    -- meeting row (≈ 2× slower at 61,000 meetings).
    LEFT JOIN ${tbl(schema, 'report_meetings')} m ON m.extraction_id = e.extraction_id
      AND NOT EXISTS (
        SELECT 1 FROM ${tbl(schema, 'report_meetings')} later
        WHERE later.extraction_id = m.extraction_id AND later.stream_position > m.stream_position
      )
    WHERE e.status = 'current' ${since === null ? sql`` : sql`AND e.changed_seq > ${since}::bigint`}
    ORDER BY e.document_id`.execute(db);
  return r.rows.map((row) => ({
    extractionId: row.extraction_id,
    documentId: row.document_id,
    changedSeq: row.changed_seq,
    title: row.title,
    date: row.date,
    place: row.place,
    statements: Number(row.statements),
    words: Number(row.words),
  }));
}

/** The summaries of every current meeting (for index, people and organisations). */
export async function loadSummaries(
  db: Kysely<unknown>,
  schema: string,
  fileOf: (m: CurrentMeeting) => string,
  meetings?: readonly CurrentMeeting[],
): Promise<MeetingSummary[]> {
  const current = meetings ?? (await currentMeetings(db, schema));
  const [people, orgs] = await Promise.all([
    sql<{
      extraction_id: string;
      person_id: string;
      name: string;
      position: string | null;
      statements: number;
      words: number;
    }>`
    SELECT a.extraction_id, a.person_id, a.name, a.position, a.statements, a.words
    FROM ${tbl(schema, 'report_attendance')} a`.execute(db),
    sql<{
      extraction_id: string;
      org_id: string;
      name: string;
      abbreviation: string | null;
    }>`
    SELECT o.extraction_id, o.org_id, o.name, o.abbreviation
    FROM ${tbl(schema, 'report_organisations')} o
    JOIN ${tbl(schema, 'report_extractions')} e ON e.extraction_id = o.extraction_id AND e.status = 'current'
    ORDER BY o.extraction_id, o.stream_position`.execute(db),
  ]);
  const peopleOf = new Map<string, PersonAtMeeting[]>();
  for (const p of people.rows) {
    const list = peopleOf.get(p.extraction_id) ?? [];
    list.push({
      personId: p.person_id,
      name: p.name,
      position: p.position,
      statements: Number(p.statements),
      words: Number(p.words),
    });
    peopleOf.set(p.extraction_id, list);
  }
  const orgsOf = new Map<string, { orgId: string; name: string; abbreviation: string | null }[]>();
  for (const o of orgs.rows) {
    const list = orgsOf.get(o.extraction_id) ?? [];
    if (!list.some((x) => x.orgId === o.org_id)) {
      list.push({ orgId: o.org_id, name: o.name, abbreviation: o.abbreviation });
    }
    orgsOf.set(o.extraction_id, list);
  }
  return current.map((m) => ({
    documentId: m.documentId,
    file: fileOf(m),
    date: m.date,
    title: m.title,
    place: m.place,
    people: peopleOf.get(m.extractionId) ?? [],
    organisations: orgsOf.get(m.extractionId) ?? [],
    statements: m.statements,
    words: m.words,
  }));
}

/** The file name a current meeting gets before collisions are resolved. */
export function plainFileName(m: CurrentMeeting): string {
  return meetingFileName({
    documentId: m.documentId,
    meeting: m.title === null && m.date === null ? null : { title: m.title, date: m.date },
  });
}

/** Document frequencies over the current meetings, from the projection. */
export async function loadCorpusStats(db: Kysely<unknown>, schema: string): Promise<CorpusStats> {
  const n = await sql<{ n: string }>`
    SELECT count(*)::text AS n FROM ${tbl(schema, 'report_extractions')} WHERE status = 'current'`.execute(
    db,
  );
  const rows = await sql<{
    term: string;
    df: number;
  }>`SELECT term, df FROM ${tbl(schema, 'report_term_df')}`.execute(db);
  const df = new Map(rows.rows.map((r) => [r.term, Number(r.df)]));
  return { meetings: Number(n.rows[0]?.n ?? 0), documentFrequency: (term) => df.get(term) ?? 0 };
}
