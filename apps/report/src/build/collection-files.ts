import type {
  IndexEntry,
  IndexPeriodReport,
  IndexReport,
  OrganisationPeriodReport,
  OrganisationReport,
  OrganisationsReport,
  PeopleReport,
  PersonPeriodReport,
  PersonReport,
} from '@stenogram/schema';
import {
  buildIndexPeriodReport,
  buildIndexReport,
  buildOrganisationPeriodReport,
  buildOrganisationReport,
  buildOrganisationsReport,
  buildPeopleReport,
  buildPersonPeriodReport,
  buildPersonReport,
  collectionPath,
  compareMeetings,
  organisationEntry,
  peopleEntry,
  type OrganisationAtMeetingRow,
  type PersonAtMeetingRow,
  type Tally,
} from '../model/build-collection-reports.js';
import { periodOf } from '../model/meeting-file.js';
import type { MeetingSummary } from '../model/meeting-summary.js';
import {
  renderIndexMarkdown,
  renderIndexPeriodMarkdown,
  renderOrganisationMarkdown,
  renderOrganisationPeriodMarkdown,
  renderOrganisationsMarkdown,
  renderPeopleMarkdown,
  renderPersonMarkdown,
  renderPersonPeriodMarkdown,
} from '../render/collection-markdown.js';

/** JSON as written to disk: two-space indent, a final newline. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

type Files = [path: string, content: string][];

/**
 * The two files of each collection report. Unlike a meeting's, these are not parsed with their
 * schema on the way out: the builders make them field by field in the schema's order, the tests
 * validate every one against the published JSON Schema, and parsing a year of 9,000 meetings cost
 * ≈ 60 ms of an incremental build that must stay under a second.
 */
export const collectionFilesOf = {
  index: (r: IndexReport): Files => reportFiles('index', renderIndexMarkdown(r), r),
  indexPeriod: (r: IndexPeriodReport): Files =>
    reportFiles(collectionPath.indexPeriod(r.period), renderIndexPeriodMarkdown(r), r),
  people: (r: PeopleReport): Files => reportFiles('people', renderPeopleMarkdown(r), r),
  person: (r: PersonReport): Files =>
    reportFiles(collectionPath.person(r.personId), renderPersonMarkdown(r), r),
  personPeriod: (r: PersonPeriodReport): Files =>
    reportFiles(
      collectionPath.personPeriod(r.personId, r.period),
      renderPersonPeriodMarkdown(r),
      r,
    ),
  organisations: (r: OrganisationsReport): Files =>
    reportFiles('organisations', renderOrganisationsMarkdown(r), r),
  organisation: (r: OrganisationReport): Files =>
    reportFiles(collectionPath.organisation(r.orgId), renderOrganisationMarkdown(r), r),
  organisationPeriod: (r: OrganisationPeriodReport): Files =>
    reportFiles(
      collectionPath.organisationPeriod(r.orgId, r.period),
      renderOrganisationPeriodMarkdown(r),
      r,
    ),
};

/** A report's Markdown and JSON under one path stem (relative to the output folder). */
export function reportFiles(stem: string, markdown: string, report: unknown): Files {
  return [
    [`${stem}.md`, markdown],
    [`${stem}.json`, jsonFile(report)],
  ];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function tally(map: Map<string, Tally>, period: string, statements: number, words: number): void {
  const t = map.get(period) ?? { meetings: 0, statements: 0, words: 0 };
  t.meetings++;
  t.statements += statements;
  t.words += words;
  map.set(period, t);
}

/**
 * Every collection file (index, people, organisations and their per-person, per-organisation and
 * per-year files) from every current meeting's summary.
 */
export function collectionFiles(summaries: readonly MeetingSummary[]): Map<string, string> {
  const files = new Map<string, string>();
  const add = (list: Files) => {
    for (const [path, content] of list) files.set(path, content);
  };
  const years = new Map<string, Tally>();
  const entriesOf = new Map<string, IndexEntry[]>();
  const people = new Map<
    string,
    { name: string; names: string[]; positions: string[]; years: Map<string, Tally> }
  >();
  const personRows = new Map<string, Map<string, PersonAtMeetingRow[]>>();
  const orgs = new Map<
    string,
    { name: string; abbreviation: string | null; years: Map<string, number> }
  >();
  const orgRows = new Map<string, Map<string, OrganisationAtMeetingRow[]>>();
  for (const m of [...summaries].sort(compareMeetings)) {
    const period = periodOf(m.date);
    tally(years, period, m.statements, m.words);
    push(entriesOf, period, {
      documentId: m.documentId,
      file: m.file,
      date: m.date,
      title: m.title,
      place: m.place,
      participants: m.people.length,
      statements: m.statements,
      words: m.words,
    });
    const meeting = { documentId: m.documentId, file: m.file, date: m.date, title: m.title };
    for (const p of m.people) {
      let person = people.get(p.personId);
      if (!person) {
        person = { name: p.name, names: [], positions: [], years: new Map() };
        people.set(p.personId, person);
      }
      person.name = p.name; // meetings come in order: the latest one's name is kept
      person.names.push(p.name);
      if (p.position !== null) person.positions.push(p.position);
      tally(person.years, period, p.statements, p.words);
      const rows = personRows.get(p.personId) ?? new Map<string, PersonAtMeetingRow[]>();
      personRows.set(p.personId, rows);
      push(rows, period, {
        ...meeting,
        name: p.name,
        position: p.position,
        statements: p.statements,
        words: p.words,
      });
    }
    for (const o of m.organisations) {
      let org = orgs.get(o.orgId);
      if (!org) {
        org = { name: o.name, abbreviation: o.abbreviation, years: new Map() };
        orgs.set(o.orgId, org);
      }
      org.years.set(period, (org.years.get(period) ?? 0) + 1);
      const rows = orgRows.get(o.orgId) ?? new Map<string, OrganisationAtMeetingRow[]>();
      orgRows.set(o.orgId, rows);
      push(rows, period, { ...meeting, name: o.name, abbreviation: o.abbreviation });
    }
  }
  add(collectionFilesOf.index(buildIndexReport(years)));
  for (const [period, entries] of entriesOf) {
    add(collectionFilesOf.indexPeriod(buildIndexPeriodReport(period, entries)));
  }
  const peopleEntries = [];
  for (const [personId, p] of people) {
    const report = buildPersonReport({ personId, ...p });
    peopleEntries.push(peopleEntry(report));
    add(collectionFilesOf.person(report));
    for (const [period, rows] of personRows.get(personId) ?? []) {
      add(collectionFilesOf.personPeriod(buildPersonPeriodReport(personId, period, rows)));
    }
  }
  add(collectionFilesOf.people(buildPeopleReport(peopleEntries)));
  const orgEntries = [];
  for (const [orgId, o] of orgs) {
    const report = buildOrganisationReport({ orgId, ...o });
    orgEntries.push(organisationEntry(report));
    add(collectionFilesOf.organisation(report));
    for (const [period, rows] of orgRows.get(orgId) ?? []) {
      add(collectionFilesOf.organisationPeriod(buildOrganisationPeriodReport(orgId, period, rows)));
    }
  }
  add(collectionFilesOf.organisations(buildOrganisationsReport(orgEntries)));
  return files;
}
