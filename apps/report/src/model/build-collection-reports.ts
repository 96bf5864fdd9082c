import {
  REPORT_VERSION,
  type IndexEntry,
  type IndexPeriodReport,
  type IndexReport,
  type OrganisationEntry,
  type OrganisationMeeting,
  type OrganisationPeriodReport,
  type OrganisationReport,
  type OrganisationsReport,
  type PeopleEntry,
  type PeopleReport,
  type PersonMeeting,
  type PersonPeriodReport,
  type PersonReport,
} from '@stenogram/schema';
import { compareStrings } from './fold-meetings.js';
import { entityFileName } from './meeting-file.js';

/*
 * The collections, split so that no file grows with the whole corpus and one new meeting touches
 * a few small files: `index` lists the years, `index/<year>` their meetings; `people` lists
 * everyone with totals, `people/<person>` a person's names, positions and years,
 * `people/<person>/<year>` their meetings of that year; the same for organisations. Each builder
 * takes only what its file shows, so that an incremental build can feed it from a few queries
 * and a full build from every meeting's summary (collection-files.ts), with the same result.
 */

/** What orders meetings in every list: date (undated last), then title, then document id. */
export interface MeetingOrder {
  readonly documentId: string;
  readonly date: string | null;
  readonly title: string | null;
}

/** Meetings by date (undated last), then title, then document id. */
export function compareMeetings(a: MeetingOrder, b: MeetingOrder): number {
  return (
    compareStrings(a.date ?? '9999', b.date ?? '9999') ||
    compareStrings(a.title ?? '', b.title ?? '') ||
    compareStrings(a.documentId, b.documentId)
  );
}

/** Years oldest first, `undated` last. */
export function comparePeriods(a: string, b: string): number {
  return compareStrings(a === 'undated' ? '9999' : a, b === 'undated' ? '9999' : b);
}

/** Counts of one year. */
export interface Tally {
  meetings: number;
  statements: number;
  words: number;
}

/** `index/<year>`, `people/<person>`, `people/<person>/<year>`, … without extension. */
export const collectionPath = {
  indexPeriod: (period: string) => `index/${period}`,
  person: (personId: string) => `people/${entityFileName(personId)}`,
  personPeriod: (personId: string, period: string) =>
    `people/${entityFileName(personId)}/${period}`,
  organisation: (orgId: string) => `organisations/${entityFileName(orgId)}`,
  organisationPeriod: (orgId: string, period: string) =>
    `organisations/${entityFileName(orgId)}/${period}`,
};

function periodTotals(
  years: ReadonlyMap<string, Tally>,
  file: (period: string) => string,
): IndexReport['years'] {
  return [...years]
    .sort(([a], [b]) => comparePeriods(a, b))
    .map(([period, t]) => ({ period, file: file(period), ...t }));
}

function sum(years: ReadonlyMap<string, Tally>): Tally {
  const total = { meetings: 0, statements: 0, words: 0 };
  for (const t of years.values()) {
    total.meetings += t.meetings;
    total.statements += t.statements;
    total.words += t.words;
  }
  return total;
}

/** `index.json`: the years with their totals. */
export function buildIndexReport(years: ReadonlyMap<string, Tally>): IndexReport {
  return {
    reportVersion: REPORT_VERSION,
    ...sum(years),
    years: periodTotals(years, collectionPath.indexPeriod),
  };
}

/** `index/<year>.json`: the meetings of one year. */
export function buildIndexPeriodReport(
  period: string,
  meetings: readonly IndexEntry[],
): IndexPeriodReport {
  return { reportVersion: REPORT_VERSION, period, meetings: [...meetings].sort(compareMeetings) };
}

/** Everything a person's file shows, gathered over all their meetings. */
export interface PersonTotals {
  readonly personId: string;
  /** The name written at the latest meeting. */
  readonly name: string;
  readonly names: Iterable<string>;
  readonly positions: Iterable<string>;
  readonly years: ReadonlyMap<string, Tally>;
}

/** `people/<person>.json`. */
export function buildPersonReport(p: PersonTotals): PersonReport {
  return {
    reportVersion: REPORT_VERSION,
    personId: p.personId,
    name: p.name,
    names: [...new Set(p.names)].sort(compareStrings),
    positions: [...new Set(p.positions)].sort(compareStrings),
    ...sum(p.years),
    years: periodTotals(p.years, (period) => collectionPath.personPeriod(p.personId, period)),
  };
}

/** A person at one meeting, with the name and position written there. */
export interface PersonAtMeetingRow extends PersonMeeting {
  readonly name: string;
}

/** `people/<person>/<year>.json`: the person's meetings of one year (at least one). */
export function buildPersonPeriodReport(
  personId: string,
  period: string,
  rows: readonly PersonAtMeetingRow[],
): PersonPeriodReport {
  const sorted = [...rows].sort(compareMeetings);
  return {
    reportVersion: REPORT_VERSION,
    personId,
    name: sorted.at(-1)?.name ?? personId,
    period,
    meetings: sorted.map(({ name: _name, ...m }) => m),
  };
}

/** The entry of `people.json` for a person's report. */
export function peopleEntry(p: PersonReport): PeopleEntry {
  return {
    personId: p.personId,
    name: p.name,
    file: collectionPath.person(p.personId),
    meetings: p.meetings,
    statements: p.statements,
    words: p.words,
  };
}

/** `people.json`: everyone, most words first, then by person id. */
export function buildPeopleReport(entries: Iterable<PeopleEntry>): PeopleReport {
  return {
    reportVersion: REPORT_VERSION,
    people: [...entries].sort(
      (a, b) => b.words - a.words || compareStrings(a.personId, b.personId),
    ),
  };
}

/** Everything an organisation's file shows. */
export interface OrganisationTotals {
  readonly orgId: string;
  /** As written at the earliest meeting. */
  readonly name: string;
  readonly abbreviation: string | null;
  /** Meetings per year. */
  readonly years: ReadonlyMap<string, number>;
}

/** `organisations/<org>.json`. */
export function buildOrganisationReport(o: OrganisationTotals): OrganisationReport {
  const years = [...o.years].sort(([a], [b]) => comparePeriods(a, b));
  return {
    reportVersion: REPORT_VERSION,
    orgId: o.orgId,
    name: o.name,
    abbreviation: o.abbreviation,
    meetings: years.reduce((n, [, m]) => n + m, 0),
    years: years.map(([period, meetings]) => ({
      period,
      file: collectionPath.organisationPeriod(o.orgId, period),
      meetings,
    })),
  };
}

/** An organisation referenced at one meeting, as written there. */
export interface OrganisationAtMeetingRow extends OrganisationMeeting {
  readonly name: string;
  readonly abbreviation: string | null;
}

/** `organisations/<org>/<year>.json`: the meetings of one year that referenced it (at least one). */
export function buildOrganisationPeriodReport(
  orgId: string,
  period: string,
  rows: readonly OrganisationAtMeetingRow[],
): OrganisationPeriodReport {
  const sorted = [...rows].sort(compareMeetings);
  return {
    reportVersion: REPORT_VERSION,
    orgId,
    name: sorted[0]?.name ?? orgId,
    abbreviation: sorted[0]?.abbreviation ?? null,
    period,
    meetings: sorted.map(({ name: _n, abbreviation: _a, ...m }) => m),
  };
}

/** The entry of `organisations.json` for an organisation's report. */
export function organisationEntry(o: OrganisationReport): OrganisationEntry {
  return {
    orgId: o.orgId,
    name: o.name,
    abbreviation: o.abbreviation,
    file: collectionPath.organisation(o.orgId),
    meetings: o.meetings,
  };
}

/** `organisations.json`: each organisation, by name, then id. */
export function buildOrganisationsReport(
  entries: Iterable<OrganisationEntry>,
): OrganisationsReport {
  return {
    reportVersion: REPORT_VERSION,
    organisations: [...entries].sort(
      (a, b) => compareStrings(a.name, b.name) || compareStrings(a.orgId, b.orgId),
    ),
  };
}
