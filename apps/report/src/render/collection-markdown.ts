import type {
  IndexPeriodReport,
  IndexReport,
  OrganisationPeriodReport,
  OrganisationReport,
  OrganisationsReport,
  PeopleReport,
  PersonPeriodReport,
  PersonReport,
} from '@stenogram/schema';
import { collectionPath } from '../model/build-collection-reports.js';
import { cell, orgSuffix, table } from './markdown.js';

/** A link from the file `from` to the file `to` (both relative to the output folder, no extension). */
function link(text: string, from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === target[common]) {
    common++;
  }
  const path = [...dir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
  return `[${cell(text).replace(/[[\]]/g, '\\$&')}](${path}.md)`;
}

function meetingLink(m: { title: string | null; file: string }, from: string): string {
  return link(m.title ?? m.file, from, `meetings/${m.file}`);
}

function yearName(period: string): string {
  return period === 'undated' ? 'Undated' : period;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function totals(r: { meetings: number; statements: number; words: number }): string {
  return `${plural(r.meetings, 'meeting', 'meetings')}, ${plural(r.statements, 'statement', 'statements')}, ${plural(r.words, 'word', 'words')}`;
}

function lines(out: readonly string[]): string {
  return `${out.join('\n').trimEnd()}\n`;
}

/** `index.md`: the years, with their meetings, statements and words. */
export function renderIndexMarkdown(r: IndexReport): string {
  return lines([
    '# Meetings',
    '',
    `${totals(r)}. See also [people](people.md) and [organisations](organisations.md).`,
    '',
    table(
      ['Year', 'Meetings', 'Statements', 'Words'],
      r.years.map((y) => [
        link(yearName(y.period), 'index', y.file),
        y.meetings,
        y.statements,
        y.words,
      ]),
    ),
  ]);
}

/** `index/<year>.md`: the meetings of a year. */
export function renderIndexPeriodMarkdown(r: IndexPeriodReport): string {
  const self = collectionPath.indexPeriod(r.period);
  return lines([
    `# Meetings: ${yearName(r.period)}`,
    '',
    `${plural(r.meetings.length, 'meeting', 'meetings')}. ${link('All years', self, 'index')}`,
    '',
    table(
      ['Date', 'Title', 'Place', 'Participants', 'Statements', 'Words'],
      r.meetings.map((m) => [
        m.date,
        meetingLink(m, self),
        m.place,
        m.participants,
        m.statements,
        m.words,
      ]),
    ),
  ]);
}

/** `people.md`: everyone, most words first. */
export function renderPeopleMarkdown(r: PeopleReport): string {
  return lines([
    '# People',
    '',
    `${plural(r.people.length, 'person', 'people')}.`,
    '',
    table(
      ['Name', 'Meetings', 'Statements', 'Words'],
      r.people.map((p) => [link(p.name, 'people', p.file), p.meetings, p.statements, p.words]),
    ),
  ]);
}

/** `people/<person>.md`: names, positions and the years attended. */
export function renderPersonMarkdown(r: PersonReport): string {
  const self = collectionPath.person(r.personId);
  const out = [`# ${r.name}`, '', `${totals(r)}. ${link('All people', self, 'people')}`, ''];
  if (r.names.length > 1) {
    out.push(`Also written: ${r.names.filter((n) => n !== r.name).join('; ')}`, '');
  }
  if (r.positions.length > 0) {
    out.push('Positions written at the meetings:', '', ...r.positions.map((p) => `- ${p}`), '');
  }
  out.push(
    table(
      ['Year', 'Meetings', 'Statements', 'Words'],
      r.years.map((y) => [
        link(yearName(y.period), self, y.file),
        y.meetings,
        y.statements,
        y.words,
      ]),
    ),
  );
  return lines(out);
}

/** `people/<person>/<year>.md`: the person's meetings of a year. */
export function renderPersonPeriodMarkdown(r: PersonPeriodReport): string {
  const self = collectionPath.personPeriod(r.personId, r.period);
  return lines([
    `# ${r.name}: ${yearName(r.period)}`,
    '',
    `${plural(r.meetings.length, 'meeting', 'meetings')}. ${link('All years', self, collectionPath.person(r.personId))}`,
    '',
    table(
      ['Date', 'Meeting', 'Position at the meeting', 'Statements', 'Words'],
      r.meetings.map((m) => [m.date, meetingLink(m, self), m.position, m.statements, m.words]),
    ),
  ]);
}

/** `organisations.md`: each organisation referenced, by name. */
export function renderOrganisationsMarkdown(r: OrganisationsReport): string {
  return lines([
    '# Organisations',
    '',
    `${plural(r.organisations.length, 'organisation', 'organisations')}.`,
    '',
    table(
      ['Organisation', 'Meetings'],
      r.organisations.map((o) => [
        link(`${o.name}${orgSuffix(o)}`, 'organisations', o.file),
        o.meetings,
      ]),
    ),
  ]);
}

/** `organisations/<org>.md`: the years in which meetings referenced it. */
export function renderOrganisationMarkdown(r: OrganisationReport): string {
  const self = collectionPath.organisation(r.orgId);
  return lines([
    `# ${r.name}${orgSuffix(r)}`,
    '',
    `${plural(r.meetings, 'meeting', 'meetings')}. ${link('All organisations', self, 'organisations')}`,
    '',
    table(
      ['Year', 'Meetings'],
      r.years.map((y) => [link(yearName(y.period), self, y.file), y.meetings]),
    ),
  ]);
}

/** `organisations/<org>/<year>.md`: the meetings of a year that referenced it. */
export function renderOrganisationPeriodMarkdown(r: OrganisationPeriodReport): string {
  const self = collectionPath.organisationPeriod(r.orgId, r.period);
  return lines([
    `# ${r.name}${orgSuffix(r)}: ${yearName(r.period)}`,
    '',
    `${plural(r.meetings.length, 'meeting', 'meetings')}. ${link('All years', self, collectionPath.organisation(r.orgId))}`,
    '',
    ...r.meetings.map((m) => `- ${m.date ?? 'undated'}: ${meetingLink(m, self)}`),
  ]);
}
