import {
  IndexPeriodReportSchema,
  IndexReportSchema,
  OrganisationPeriodReportSchema,
  OrganisationReportSchema,
  OrganisationsReportSchema,
  PeopleReportSchema,
  PersonPeriodReportSchema,
  PersonReportSchema,
  type IndexEntry,
  type IndexPeriodReport,
  type IndexReport,
  type OrganisationPeriodReport,
  type OrganisationReport,
  type OrganisationsReport,
  type PeopleReport,
  type PersonPeriodReport,
  type PersonReport,
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

// Parsing with the published schema both checks and fixes the key order of the JSON.
export const collectionFilesOf = {
  index: (r: IndexReport): Files => {
    const c = IndexReportSchema.parse(r);
    return [
      ['index.md', renderIndexMarkdown(c)],
      ['index.json', jsonFile(c)],
    ];
  },
  indexPeriod: (r: IndexPeriodReport): Files => {
    const c = IndexPeriodReportSchema.parse(r);
    const p = collectionPath.indexPeriod(c.period);
    return [
      [`${p}.md`, renderIndexPeriodMarkdown(c)],
      [`${p}.json`, jsonFile(c)],
    ];
  },
  people: (r: PeopleReport): Files => {
    const c = PeopleReportSchema.parse(r);
    return [
      ['people.md', renderPeopleMarkdown(c)],
      ['people.json', jsonFile(c)],
    ];
  },
  person: (r: PersonReport): Files => {
    const c = PersonReportSchema.parse(r);
    const p = collectionPath.person(c.personId);
    return [
      [`${p}.md`, renderPersonMarkdown(c)],
      [`${p}.json`, jsonFile(c)],
    ];
  },
  personPeriod: (r: PersonPeriodReport): Files => {
    const c = PersonPeriodReportSchema.parse(r);
    const p = collectionPath.personPeriod(c.personId, c.period);
    return [
      [`${p}.md`, renderPersonPeriodMarkdown(c)],
      [`${p}.json`, jsonFile(c)],
    ];
  },
  organisations: (r: OrganisationsReport): Files => {
    const c = OrganisationsReportSchema.parse(r);
    return [
      ['organisations.md', renderOrganisationsMarkdown(c)],
      ['organisations.json', jsonFile(c)],
    ];
  },
  organisation: (r: OrganisationReport): Files => {
    const c = OrganisationReportSchema.parse(r);
    const p = collectionPath.organisation(c.orgId);
    return [
      [`${p}.md`, renderOrganisationMarkdown(c)],
      [`${p}.json`, jsonFile(c)],
    ];
  },
  organisationPeriod: (r: OrganisationPeriodReport): Files => {
    const c = OrganisationPeriodReportSchema.parse(r);
    const p = collectionPath.organisationPeriod(c.orgId, c.period);
    return [
      [`${p}.md`, renderOrganisationPeriodMarkdown(c)],
      [`${p}.json`, jsonFile(c)],
    ];
  },
};

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
