import {
  REPORT_VERSION,
  type IndexReport,
  type OrganisationEntry,
  type OrganisationsReport,
  type PeopleReport,
  type PersonEntry,
} from '@stenogram/schema';
import { compareStrings } from './fold-meetings.js';
import type { MeetingSummary } from './meeting-summary.js';

/** Meetings by date (undated last), then title, then document id. */
export function compareMeetings(a: MeetingSummary, b: MeetingSummary): number {
  return (
    compareStrings(a.date ?? '9999', b.date ?? '9999') ||
    compareStrings(a.title ?? '', b.title ?? '') ||
    compareStrings(a.documentId, b.documentId)
  );
}

/** `index.json`: every meeting with its counts. */
export function buildIndexReport(meetings: readonly MeetingSummary[]): IndexReport {
  return {
    reportVersion: REPORT_VERSION,
    meetings: [...meetings].sort(compareMeetings).map((m) => ({
      documentId: m.documentId,
      file: m.file,
      date: m.date,
      title: m.title,
      place: m.place,
      participants: m.people.length,
      statements: m.statements,
      words: m.words,
    })),
  };
}

/** `people.json`: each person across meetings, most words first. */
export function buildPeopleReport(meetings: readonly MeetingSummary[]): PeopleReport {
  const people = new Map<
    string,
    { entry: PersonEntry; names: Set<string>; positions: Set<string> }
  >();
  for (const m of [...meetings].sort(compareMeetings)) {
    for (const p of m.people) {
      let person = people.get(p.personId);
      if (!person) {
        person = {
          entry: {
            personId: p.personId,
            name: p.name,
            names: [],
            positions: [],
            meetings: [],
            statements: 0,
            words: 0,
          },
          names: new Set(),
          positions: new Set(),
        };
        people.set(p.personId, person);
      }
      person.names.add(p.name);
      if (p.position !== null) person.positions.add(p.position);
      person.entry.meetings.push({
        documentId: m.documentId,
        file: m.file,
        date: m.date,
        title: m.title,
        position: p.position,
        statements: p.statements,
        words: p.words,
      });
      person.entry.statements += p.statements;
      person.entry.words += p.words;
      // The name of the latest meeting is the one shown.
      person.entry.name = p.name;
    }
  }
  return {
    reportVersion: REPORT_VERSION,
    people: [...people.values()]
      .map(({ entry, names, positions }) => ({
        ...entry,
        names: [...names].sort(compareStrings),
        positions: [...positions].sort(compareStrings),
      }))
      .sort((a, b) => b.words - a.words || compareStrings(a.personId, b.personId)),
  };
}

/** `organisations.json`: each organisation with the meetings that referenced it, by name. */
export function buildOrganisationsReport(meetings: readonly MeetingSummary[]): OrganisationsReport {
  const orgs = new Map<string, OrganisationEntry>();
  for (const m of [...meetings].sort(compareMeetings)) {
    for (const o of m.organisations) {
      let org = orgs.get(o.orgId);
      if (!org) {
        org = { orgId: o.orgId, name: o.name, abbreviation: o.abbreviation, meetings: [] };
        orgs.set(o.orgId, org);
      }
      org.meetings.push({ documentId: m.documentId, file: m.file, date: m.date, title: m.title });
    }
  }
  return {
    reportVersion: REPORT_VERSION,
    organisations: [...orgs.values()].sort(
      (a, b) => compareStrings(a.name, b.name) || compareStrings(a.orgId, b.orgId),
    ),
  };
}
