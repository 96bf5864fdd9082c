import type { IndexReport, OrganisationsReport, PeopleReport } from '@stenogram/schema';
import { cell, orgSuffix, table } from './markdown.js';

function link(title: string | null, file: string): string {
  return `[${cell(title ?? file).replace(/[[\]]/g, '\\$&')}](meetings/${file}.md)`;
}

/** `index.md`: every meeting. */
export function renderIndexMarkdown(r: IndexReport): string {
  const rows = r.meetings.map((m) => [
    m.date,
    link(m.title, m.file),
    m.place,
    m.participants,
    m.statements,
    m.words,
  ]);
  return `# Meetings\n\n${r.meetings.length} meetings.\n\n${table(['Date', 'Title', 'Place', 'Participants', 'Statements', 'Words'], rows)}\n`;
}

/** `people.md`: each person, with the meetings attended and the position written at each. */
export function renderPeopleMarkdown(r: PeopleReport): string {
  const out = ['# People', '', `${r.people.length} people.`, ''];
  out.push(
    table(
      ['Name', 'Meetings', 'Statements', 'Words'],
      r.people.map((p) => [
        `[${cell(p.name)}](#${p.personId})`,
        p.meetings.length,
        p.statements,
        p.words,
      ]),
    ),
    '',
  );
  for (const p of r.people) {
    out.push(`## ${p.name}`, '', `<a id="${p.personId}"></a>`, '');
    if (p.names.length > 1)
      out.push(`Also written: ${p.names.filter((n) => n !== p.name).join('; ')}`, '');
    out.push(
      table(
        ['Date', 'Meeting', 'Position at the meeting', 'Statements', 'Words'],
        p.meetings.map((m) => [m.date, link(m.title, m.file), m.position, m.statements, m.words]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `organisations.md`: each organisation referenced, with its meetings. */
export function renderOrganisationsMarkdown(r: OrganisationsReport): string {
  const out = ['# Organisations', '', `${r.organisations.length} organisations.`, ''];
  for (const o of r.organisations) {
    out.push(`## ${o.name}${orgSuffix(o)}`, '');
    for (const m of o.meetings) out.push(`- ${m.date ?? 'undated'}: ${link(m.title, m.file)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
