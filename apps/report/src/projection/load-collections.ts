import { sql, type Kysely } from 'kysely';
import { comparePeriods, type Tally } from '../model/build-collection-reports.js';
import { texts } from './load-summaries.js';
import { tbl } from './report-tables.js';

/*
 * report_attendance holds the current meetings' rows only (a superseded extraction's are
 * deleted), so it needs no join to tell them.
 *
 * What an incremental build reads to rewrite the collection files a few changed meetings touch:
 * only the rows of the people, organisations and years concerned.
 */

/** An extraction a build into some folder last saw as its document's current one. */
export interface EarlierExtraction {
  readonly documentId: string;
  readonly extractionId: string;
  readonly streamId: string;
  readonly firstPosition: number;
  readonly lastPosition: number | null;
  readonly period: string;
  readonly stem: string;
}

/**
 * For each document, the extraction that was current at build counter `seq`: the last one to
 * become current at or before it (its `changed_seq` stays when it is superseded).
 */
export async function extractionsCurrentAt(
  db: Kysely<unknown>,
  schema: string,
  documentIds: Iterable<string>,
  seq: string,
): Promise<Map<string, EarlierExtraction>> {
  const r = await sql<{
    document_id: string;
    extraction_id: string;
    stream_id: string;
    first_position: number;
    last_position: number | null;
    period: string;
    file_stem: string;
  }>`
    SELECT DISTINCT ON (document_id) document_id, extraction_id, stream_id, first_position,
      last_position, period, file_stem
    FROM ${tbl(schema, 'report_extractions')}
    WHERE document_id = ANY(${texts(documentIds)}) AND changed_seq > 0 AND changed_seq <= ${seq}::bigint
    ORDER BY document_id, changed_seq DESC`.execute(db);
  return new Map(
    r.rows.map((row) => [
      row.document_id,
      {
        documentId: row.document_id,
        extractionId: row.extraction_id,
        streamId: row.stream_id,
        firstPosition: Number(row.first_position),
        lastPosition: row.last_position === null ? null : Number(row.last_position),
        period: row.period,
        stem: row.file_stem,
      },
    ]),
  );
}

/** Meetings, statements and words of the current meetings, by year. */
export async function periodTallies(
  db: Kysely<unknown>,
  schema: string,
): Promise<Map<string, Tally>> {
  const r = await sql<{ period: string; meetings: number; statements: number; words: number }>`
    SELECT period, meetings, statements, words FROM ${tbl(schema, 'report_years')}`.execute(db);
  return new Map(
    r.rows.map((row) => [
      row.period,
      {
        meetings: Number(row.meetings),
        statements: Number(row.statements),
        words: Number(row.words),
      },
    ]),
  );
}

/** The people and organisations of some current extractions. */
export async function peopleAndOrganisationsOf(
  db: Kysely<unknown>,
  schema: string,
  extractionIds: Iterable<string>,
): Promise<{ people: Set<string>; organisations: Set<string> }> {
  const ids = [...extractionIds];
  const [people, orgs] = await Promise.all([
    sql<{ person_id: string }>`
      SELECT DISTINCT person_id FROM ${tbl(schema, 'report_attendance')}
      WHERE extraction_id = ANY(${texts(ids)})`.execute(db),
    sql<{ org_id: string }>`
      SELECT DISTINCT org_id FROM ${tbl(schema, 'report_organisations')}
      WHERE extraction_id = ANY(${texts(ids)})`.execute(db),
  ]);
  return {
    people: new Set(people.rows.map((r) => r.person_id)),
    organisations: new Set(orgs.rows.map((r) => r.org_id)),
  };
}

/** A person's totals over every current meeting, in the shape of `PersonTotals`, less the name. */
export interface PersonAggregate {
  readonly names: Set<string>;
  readonly positions: Set<string>;
  readonly years: Map<string, Tally>;
  /** The person's meetings at the last date (all of them where some are undated), to pick the name from. */
  readonly last: { documentId: string; date: string | null; title: string | null; name: string }[];
}

/** The totals, names and positions of some people across the current meetings. */
export async function personAggregates(
  db: Kysely<unknown>,
  schema: string,
  personIds: Iterable<string>,
): Promise<Map<string, PersonAggregate>> {
  const ids = [...personIds];
  const [tallies, names] = await Promise.all([
    sql<{
      person_id: string;
      period: string;
      meetings: number;
      statements: number;
      words: number;
    }>`
      SELECT person_id, period, meetings, statements, words FROM ${tbl(schema, 'report_person_years')}
      WHERE person_id = ANY(${texts(ids)})`.execute(db),
    sql<{ person_id: string; name: string; position: string }>`
      SELECT person_id, name, position FROM ${tbl(schema, 'report_person_names')}
      WHERE person_id = ANY(${texts(ids)})`.execute(db),
  ]);
  const out = new Map<string, PersonAggregate>();
  const of = (id: string) => {
    let a = out.get(id);
    if (!a) {
      a = { names: new Set(), positions: new Set(), years: new Map(), last: [] };
      out.set(id, a);
    }
    return a;
  };
  for (const t of tallies.rows) {
    of(t.person_id).years.set(t.period, {
      meetings: Number(t.meetings),
      statements: Number(t.statements),
      words: Number(t.words),
    });
  }
  for (const n of names.rows) {
    const a = of(n.person_id);
    a.names.add(n.name);
    if (n.position !== '') a.positions.add(n.position);
  }
  // Each person's meetings of their last year at its last date (or undated), to pick the name.
  const lastYear = [...out].map(([id, a]) => [
    id,
    [...a.years.keys()].sort(comparePeriods).at(-1)!,
  ]);
  const last = await sql<{
    person_id: string;
    document_id: string;
    date: string | null;
    title: string | null;
    name: string;
  }>`
    WITH p AS (
      SELECT * FROM unnest(${texts(lastYear.map(([id]) => id!))}, ${texts(lastYear.map(([, y]) => y!))})
        AS p(person_id, period))
    -- Within a year every date is set: the rows at its last date, found by the index on
    -- (person_id, period, date) rather than filtered from all the year's rows.
    SELECT a.person_id, a.document_id, a.date, a.title, a.name
    FROM p CROSS JOIN LATERAL (
      SELECT max(m.date) AS date FROM ${tbl(schema, 'report_attendance')} m
      WHERE m.person_id = p.person_id AND m.period = p.period) top
    JOIN ${tbl(schema, 'report_attendance')} a ON a.person_id = p.person_id AND a.period = p.period
      AND a.date = top.date
    -- Within 'undated' no date is: all of them.
    UNION ALL
    SELECT a.person_id, a.document_id, a.date, a.title, a.name
    FROM p JOIN ${tbl(schema, 'report_attendance')} a ON a.person_id = p.person_id
      AND a.period = p.period
    WHERE p.period = 'undated'`.execute(db);
  for (const l of last.rows) {
    of(l.person_id).last.push({
      documentId: l.document_id,
      date: l.date,
      title: l.title,
      name: l.name,
    });
  }
  return out;
}

/** A person at one current meeting of some years. */
export interface PersonMeetingRow {
  readonly personId: string;
  readonly period: string;
  readonly documentId: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly name: string;
  readonly position: string | null;
  readonly statements: number;
  readonly words: number;
}

/** The meetings of some people in some years. */
export async function personMeetings(
  db: Kysely<unknown>,
  schema: string,
  personIds: Iterable<string>,
  periods: Iterable<string>,
): Promise<PersonMeetingRow[]> {
  const r = await sql<{
    person_id: string;
    period: string;
    document_id: string;
    date: string | null;
    title: string | null;
    name: string;
    position: string | null;
    statements: number;
    words: number;
  }>`
    SELECT a.person_id, a.period, a.document_id, a.date, a.title, a.name, a.position, a.statements,
      a.words
    FROM ${tbl(schema, 'report_attendance')} a
    WHERE a.person_id = ANY(${texts(personIds)}) AND a.period = ANY(${texts(periods)})`.execute(db);
  return r.rows.map((row) => ({
    personId: row.person_id,
    period: row.period,
    documentId: row.document_id,
    date: row.date,
    title: row.title,
    name: row.name,
    position: row.position,
    statements: Number(row.statements),
    words: Number(row.words),
  }));
}

/** An organisation at one current meeting: as written at its first reference there. */
export interface OrganisationMeetingRow {
  readonly orgId: string;
  readonly period: string;
  readonly documentId: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly name: string;
  readonly abbreviation: string | null;
}

/** Every current meeting of some organisations. */
export async function organisationMeetings(
  db: Kysely<unknown>,
  schema: string,
  orgIds: Iterable<string>,
): Promise<OrganisationMeetingRow[]> {
  const r = await sql<{
    org_id: string;
    period: string;
    document_id: string;
    date: string | null;
    title: string | null;
    name: string;
    abbreviation: string | null;
  }>`
    SELECT DISTINCT ON (o.org_id, o.extraction_id) o.org_id, e.period, e.document_id, e.date,
      e.title, o.name, o.abbreviation
    FROM ${tbl(schema, 'report_organisations')} o
    JOIN ${tbl(schema, 'report_extractions')} e ON e.extraction_id = o.extraction_id AND e.status = 'current'
    WHERE o.org_id = ANY(${texts(orgIds)})
    ORDER BY o.org_id, o.extraction_id, o.stream_position`.execute(db);
  return r.rows.map((row) => ({
    orgId: row.org_id,
    period: row.period,
    documentId: row.document_id,
    date: row.date,
    title: row.title,
    name: row.name,
    abbreviation: row.abbreviation,
  }));
}
