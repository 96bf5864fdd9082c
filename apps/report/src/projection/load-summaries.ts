import { sql, type Kysely } from 'kysely';
import type { CorpusStats } from '../model/corpus-stats.js';
import type { MeetingSummary, PersonAtMeeting } from '../model/meeting-summary.js';
import { arrayLiteral } from './insert-rows.js';
import { tbl } from './report-tables.js';

/** A current extraction: what the collections show of its meeting, and where it stands in the build order. */
export interface CurrentMeeting {
  readonly extractionId: string;
  readonly documentId: string;
  readonly changedSeq: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly place: string | null;
  readonly period: string;
  /** The file name before collisions are resolved (`meetingFileName`). */
  readonly stem: string;
  readonly participants: number;
  readonly statements: number;
  readonly words: number;
}

/** A text[] parameter (an array literal, the same on pg and PGlite). */
export function texts(values: Iterable<string>): ReturnType<typeof sql> {
  return sql`${arrayLiteral([...values], 'text')}::text[]`;
}

/**
 * The current extractions, by document id: all of them, or those changed after `since`, or those of
 * some years, or those with some file stems.
 */
export async function currentMeetings(
  db: Kysely<unknown>,
  schema: string,
  where: { since?: string; periods?: Iterable<string>; stems?: Iterable<string> } = {},
): Promise<CurrentMeeting[]> {
  const r = await sql<{
    extraction_id: string;
    document_id: string;
    changed_seq: string;
    title: string | null;
    date: string | null;
    place: string | null;
    period: string;
    file_stem: string;
    participants: number;
    statements: number;
    words: number;
  }>`
    SELECT extraction_id, document_id, changed_seq::text AS changed_seq, title, date, place, period,
      file_stem, participants, statements, words
    FROM ${tbl(schema, 'report_extractions')}
    WHERE status = 'current'
      ${where.since === undefined ? sql`` : sql`AND changed_seq > ${where.since}::bigint`}
      ${where.periods === undefined ? sql`` : sql`AND period = ANY(${texts(where.periods)})`}
      ${where.stems === undefined ? sql`` : sql`AND file_stem = ANY(${texts(where.stems)})`}
    ORDER BY document_id`.execute(db);
  return r.rows.map((row) => ({
    extractionId: row.extraction_id,
    documentId: row.document_id,
    changedSeq: row.changed_seq,
    title: row.title,
    date: row.date,
    place: row.place,
    period: row.period,
    stem: row.file_stem,
    participants: Number(row.participants),
    statements: Number(row.statements),
    words: Number(row.words),
  }));
}

/** The summaries of the given current meetings (for index, people and organisations). */
export async function loadSummaries(
  db: Kysely<unknown>,
  schema: string,
  fileOf: (m: CurrentMeeting) => string,
  meetings: readonly CurrentMeeting[],
): Promise<MeetingSummary[]> {
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
  return meetings.map((m) => ({
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

/**
 * Document frequencies over the current meetings, from the projection: of every term, or of the
 * given ones only (the terms of the meetings about to be rendered: any other term weighs nothing
 * in their keywords and quotes).
 */
export async function loadCorpusStats(
  db: Kysely<unknown>,
  schema: string,
  terms?: Iterable<string>,
): Promise<CorpusStats> {
  // The current meetings, counted by year by the projection.
  const n = await sql<{ n: string | null }>`
    SELECT sum(meetings)::text AS n FROM ${tbl(schema, 'report_years')}`.execute(db);
  const rows = await sql<{ term: string; df: number }>`
    SELECT term, df FROM ${tbl(schema, 'report_term_df')}
    ${terms === undefined ? sql`` : sql`WHERE term = ANY(${texts(terms)})`}`.execute(db);
  const df = new Map(rows.rows.map((r) => [r.term, Number(r.df)]));
  return { meetings: Number(n.rows[0]?.n ?? 0), documentFrequency: (term) => df.get(term) ?? 0 };
}
