import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  OrganisationsReportSchema,
  PeopleReportSchema,
  type IndexEntry,
  type OrganisationEntry,
  type PeopleEntry,
} from '@stenogram/schema';
import { computeAttendance } from '../model/attendance.js';
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
} from '../model/build-collection-reports.js';
import { resolveFileNames } from '../model/meeting-file.js';
import {
  extractionsCurrentAt,
  organisationMeetings,
  peopleAndOrganisationsOf,
  periodTallies,
  personAggregates,
  personMeetings,
  type OrganisationMeetingRow,
  type PersonMeetingRow,
} from '../projection/load-collections.js';
import { currentMeetings, type CurrentMeeting } from '../projection/load-summaries.js';
import { readExtractionEvents, type EventReader } from '../projection/read-extraction-events.js';
import type { Kysely } from 'kysely';
import { collectionFilesOf } from './collection-files.js';

/** What an incremental build writes and deletes. */
export interface CollectionUpdate {
  /** The meetings to render: those changed, and those whose file name moved because of them. */
  readonly render: readonly CurrentMeeting[];
  readonly nameOf: ReadonlyMap<string, string>;
  /** Collection files, by path: those the changed meetings touch, rewritten if their bytes differ. */
  readonly files: ReadonlyMap<string, string>;
  /** Files and folders (ending in `/`) to delete. */
  readonly remove: readonly string[];
  readonly meetings: number;
  readonly lastSeq: string;
}

async function readReport<T>(
  path: string,
  schema: { parse(value: unknown): T },
): Promise<T | null> {
  try {
    return schema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return null; // absent, or not of this layout
  }
}

function both(path: string): string[] {
  return [`${path}.md`, `${path}.json`];
}

/**
 * The files an incremental build rewrites after the meetings changed since build counter
 * `lastSeq`: their own, the years they were and are in (`index/<year>`), the people and
 * organisations they had and have (`people/<person>`, and their files of those years), `index`,
 * and the entries of `people` and `organisations` of those people and organisations (the others
 * are kept from the folder's files). The same bytes a full build writes. Null where an incremental
 * build cannot stand on the folder (no readable `people.json`, or every meeting changed, as after
 * a rebuild of the projection): then a full build.
 */
export async function updateCollections(
  reader: EventReader,
  db: Kysely<unknown>,
  schema: string,
  outDir: string,
  lastSeq: string,
): Promise<CollectionUpdate | null> {
  const [changed, tallies, previousPeople, previousOrgs] = await Promise.all([
    currentMeetings(db, schema, { since: lastSeq }),
    periodTallies(db, schema),
    readReport(join(outDir, 'people.json'), PeopleReportSchema),
    readReport(join(outDir, 'organisations.json'), OrganisationsReportSchema),
  ]);
  const total = [...tallies.values()].reduce((n, t) => n + t.meetings, 0);
  if (changed.length === 0) {
    return {
      render: [],
      nameOf: new Map(),
      files: new Map(),
      remove: [],
      meetings: total,
      lastSeq,
    };
  }
  if (changed.length === total || previousPeople === null || previousOrgs === null) return null;

  // File names: those of the meetings sharing a stem with a changed meeting, before and after.
  const earlier = await extractionsCurrentAt(
    db,
    schema,
    changed.map((m) => m.documentId),
    lastSeq,
  );
  const changedDocs = new Set(changed.map((m) => m.documentId));
  const stems = new Set([
    ...changed.map((m) => m.stem),
    ...[...earlier.values()].map((x) => x.stem),
  ]);
  const group = await currentMeetings(db, schema, { stems });
  const newNames = resolveFileNames(group.map((m) => ({ documentId: m.documentId, stem: m.stem })));
  const oldNames = resolveFileNames([
    ...group
      .filter((m) => !changedDocs.has(m.documentId))
      .map((m) => ({ documentId: m.documentId, stem: m.stem })),
    ...[...earlier.values()].map((x) => ({ documentId: x.documentId, stem: x.stem })),
  ]);
  const renamed = group.filter(
    (m) =>
      !changedDocs.has(m.documentId) && oldNames.get(m.documentId) !== newNames.get(m.documentId),
  );
  const render = [...changed, ...renamed];
  const remove: string[] = [];
  const renderedNames = new Set(render.map((m) => newNames.get(m.documentId)));
  for (const m of render) {
    const old = oldNames.get(m.documentId);
    if (old !== undefined && !renderedNames.has(old)) remove.push(...both(`meetings/${old}`));
  }

  // The years, people and organisations those meetings were and are in.
  const periods = new Set([
    ...render.map((m) => m.period),
    ...[...earlier.values()].map((x) => x.period),
  ]);
  const { people, organisations } = await peopleAndOrganisationsOf(
    db,
    schema,
    render.map((m) => m.extractionId),
  );
  const replaced = [...earlier.values()].filter((x) => changedDocs.has(x.documentId));
  const before = await readExtractionEvents(reader, replaced);
  for (const events of before.values()) {
    const participants = [];
    const statements = [];
    for (const e of events) {
      if (e.type === 'participant-listed') participants.push(e.data);
      else if (e.type === 'statement-made') statements.push(e.data);
      else if (e.type === 'organisation-referenced') organisations.add(e.data.orgId);
    }
    for (const a of computeAttendance(participants, statements)) people.add(a.personId);
  }

  const [yearMeetings, aggregates, personRows, orgRows] = await Promise.all([
    currentMeetings(db, schema, { periods }),
    personAggregates(db, schema, people),
    personMeetings(db, schema, people, periods),
    organisationMeetings(db, schema, organisations),
  ]);
  const nameOf = resolveFileNames(
    yearMeetings.map((m) => ({ documentId: m.documentId, stem: m.stem })),
  );
  const fileOf = (documentId: string) => nameOf.get(documentId) ?? documentId;
  const files = new Map<string, string>();
  const add = (list: readonly [string, string][]) => {
    for (const [path, content] of list) files.set(path, content);
  };

  add(collectionFilesOf.index(buildIndexReport(tallies)));
  const entriesOf = groupBy(yearMeetings, (m) => m.period);
  for (const period of periods) {
    const entries: IndexEntry[] = (entriesOf.get(period) ?? []).map((m) => ({
      documentId: m.documentId,
      file: fileOf(m.documentId),
      date: m.date,
      title: m.title,
      place: m.place,
      participants: m.participants,
      statements: m.statements,
      words: m.words,
    }));
    if (entries.length === 0) remove.push(...both(collectionPath.indexPeriod(period)));
    else add(collectionFilesOf.indexPeriod(buildIndexPeriodReport(period, entries)));
  }

  const peopleEntries = new Map<string, PeopleEntry>(
    previousPeople.people.map((p) => [p.personId, p]),
  );
  const rowsOfPerson = groupBy(personRows, (r: PersonMeetingRow) => r.personId);
  for (const personId of people) {
    const a = aggregates.get(personId);
    if (a === undefined || a.years.size === 0) {
      peopleEntries.delete(personId);
      remove.push(...both(collectionPath.person(personId)), `${collectionPath.person(personId)}/`);
      continue;
    }
    const name = [...a.last].sort(compareMeetings).at(-1)?.name ?? personId;
    const report = buildPersonReport({ personId, name, ...a });
    peopleEntries.set(personId, peopleEntry(report));
    add(collectionFilesOf.person(report));
    const byPeriod = groupBy(rowsOfPerson.get(personId) ?? [], (r) => r.period);
    for (const period of periods) {
      const rows = byPeriod.get(period);
      if (rows === undefined) {
        remove.push(...both(collectionPath.personPeriod(personId, period)));
        continue;
      }
      const meetings = rows.map((r) => ({
        documentId: r.documentId,
        file: fileOf(r.documentId),
        date: r.date,
        title: r.title,
        name: r.name,
        position: r.position,
        statements: r.statements,
        words: r.words,
      }));
      add(collectionFilesOf.personPeriod(buildPersonPeriodReport(personId, period, meetings)));
    }
  }
  add(collectionFilesOf.people(buildPeopleReport(peopleEntries.values())));

  const orgEntries = new Map<string, OrganisationEntry>(
    previousOrgs.organisations.map((o) => [o.orgId, o]),
  );
  const rowsOfOrg = groupBy(orgRows, (r: OrganisationMeetingRow) => r.orgId);
  for (const orgId of organisations) {
    const rows = [...(rowsOfOrg.get(orgId) ?? [])].sort(compareMeetings);
    const first = rows[0];
    if (first === undefined) {
      orgEntries.delete(orgId);
      remove.push(
        ...both(collectionPath.organisation(orgId)),
        `${collectionPath.organisation(orgId)}/`,
      );
      continue;
    }
    const byPeriod = groupBy(rows, (r) => r.period);
    const report = buildOrganisationReport({
      orgId,
      name: first.name,
      abbreviation: first.abbreviation,
      years: new Map([...byPeriod].map(([period, list]) => [period, list.length])),
    });
    orgEntries.set(orgId, organisationEntry(report));
    add(collectionFilesOf.organisation(report));
    for (const period of periods) {
      const list = byPeriod.get(period);
      if (list === undefined) {
        remove.push(...both(collectionPath.organisationPeriod(orgId, period)));
        continue;
      }
      const meetings = list.map((r) => ({
        documentId: r.documentId,
        file: fileOf(r.documentId),
        date: r.date,
        title: r.title,
        name: r.name,
        abbreviation: r.abbreviation,
      }));
      add(
        collectionFilesOf.organisationPeriod(
          buildOrganisationPeriodReport(orgId, period, meetings),
        ),
      );
    }
  }
  add(collectionFilesOf.organisations(buildOrganisationsReport(orgEntries.values())));

  const maxSeq = changed.reduce(
    (max, m) => (BigInt(m.changedSeq) > max ? BigInt(m.changedSeq) : max),
    BigInt(lastSeq),
  );
  return {
    render,
    nameOf,
    files,
    remove: remove.filter((path) => !files.has(path)),
    meetings: total,
    lastSeq: maxSeq.toString(),
  };
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
