import type { MeetingReport, ReportNote } from '@stenogram/schema';
import { cell, orgSuffix, paragraph, percent, statementAnchor, table } from './markdown.js';
import { mermaidPie } from './mermaid-pie.js';

function noteLine(note: ReportNote): string {
  return `_${paragraph(note.text)}_`;
}

/** One meeting report as Markdown. Deterministic: it prints only what the report holds. */
export function renderMeetingMarkdown(r: MeetingReport): string {
  const m = r.meeting;
  const out: string[] = [];
  out.push(`# ${m.title ?? `Untitled document ${m.documentId}`}`, '');
  if (m.lead) out.push(paragraph(m.lead), '');
  const source = [
    r.source.fileName === null ? null : `\`${r.source.fileName}\``,
    r.source.url,
    `sha256 \`${r.source.sha256}\``,
  ].filter((x) => x !== null);
  const extraction = [
    `\`${r.extraction.extractionId}\``,
    `parser ${r.extraction.parserVersion} (${r.extraction.inputKind})`,
    r.extraction.completedAt === null ? null : `completed ${r.extraction.completedAt}`,
  ].filter((x) => x !== null);
  out.push(
    table(
      ['Field', 'Value'],
      [
        ['Date', m.date],
        ['Time', m.time],
        ['Place', m.place],
        ['Source', source.join(' · ')],
        ['Extraction', extraction.join(' · ')],
        ['Statements', `${r.totals.statements} (${r.totals.words} words)`],
      ],
    ),
    '',
  );

  out.push('## Participants', '');
  if (r.participants.length === 0) out.push('No participants identified.', '');
  else {
    out.push(
      table(
        ['Name', 'Position', 'Country or organisation', 'Turns', 'Words', 'Share'],
        r.participants.map((p) => [
          p.listed ? p.name : `${p.name} (speaker)`,
          p.position,
          p.country ?? p.organisation,
          p.turns,
          p.words,
          percent(p.share),
        ]),
      ),
      '',
    );
  }
  out.push(
    `**Chair:** ${r.chair.length === 0 ? 'not stated' : r.chair.map((c) => (c.position ? `${c.name} (${c.position})` : c.name)).join('; ')}`,
    '',
  );

  if (r.organisations.length > 0) {
    out.push('## Organisations', '');
    for (const o of r.organisations) {
      out.push(`- ${o.name}${orgSuffix(o)}`);
    }
    out.push('');
  }

  if (r.mentioned.length > 0) {
    out.push('## People mentioned', '');
    for (const m of r.mentioned) {
      out.push(`- ${m.name} (${m.statements} ${m.statements === 1 ? 'statement' : 'statements'})`);
    }
    out.push('');
  }

  const headed = r.sections.filter((s) => s.heading !== null);
  if (headed.length > 0) {
    out.push('## Sections', '');
    headed.forEach((s, i) => out.push(`${i + 1}. ${cell(s.heading)}`));
    out.push('');
  }

  if (r.speakingOrder.length > 0) {
    out.push('## Speaking order', '');
    r.speakingOrder.forEach((s, i) =>
      out.push(`${i + 1}. [${cell(s.label)}](#${statementAnchor(s.firstStatementId)})`),
    );
    out.push('');
    out.push('## Speaker share', '');
    out.push(
      mermaidPie(
        'Words spoken',
        r.speakerShare.map((s) => ({ label: s.label, value: s.words })),
      ),
      '',
    );
  }

  out.push('## Summary', '');
  out.push(
    `**Keywords:** ${r.summary.keywords.length === 0 ? 'none' : r.summary.keywords.join(', ')}`,
    '',
  );
  if (r.summary.speakerKeywords.length > 0) {
    out.push("**Main speakers' keywords:**", '');
    for (const s of r.summary.speakerKeywords) out.push(`- ${s.label}: ${s.keywords.join(', ')}`);
    out.push('');
  }
  if (r.summary.keyQuotes.length > 0) {
    out.push('**Key quotes:**', '');
    for (const q of r.summary.keyQuotes) {
      out.push(
        `> ${paragraph(q.text)} — ${q.speaker} ([statement](#${statementAnchor(q.statementId)}))`,
        '',
      );
    }
  }

  out.push('## Statements', '');
  const headings = new Map(r.sections.map((s) => [s.sectionId, s]));
  let section: string | null = null;
  for (const s of r.statements) {
    if (s.sectionId !== section) {
      section = s.sectionId;
      const heading = section === null ? undefined : headings.get(section);
      out.push(heading?.heading ? `### ${heading.heading}` : '* * *', '');
    }
    const annotations = s.annotations.length > 0 ? ` (${s.annotations.join(', ')})` : '';
    const [first = '', ...rest] = s.paragraphs;
    out.push(`<a id="${statementAnchor(s.statementId)}"></a>`);
    out.push(`**${s.speaker.label}${annotations}:** ${paragraph(first)}`, '');
    for (const p of rest) out.push(paragraph(p), '');
    for (const n of s.notes) out.push(noteLine(n), '');
  }
  if (r.notes.length > 0) {
    out.push('### Notes outside statements', '');
    for (const n of r.notes) out.push(`- ${n.kind}: ${noteLine(n)}`);
    out.push('');
  }

  if (r.dataQuality.warnings.length > 0 || r.dataQuality.unresolvedLabels.length > 0) {
    out.push('## Data quality', '');
    for (const w of r.dataQuality.warnings) out.push(`- \`${w.code}\`: ${paragraph(w.message)}`);
    for (const l of r.dataQuality.unresolvedLabels)
      out.push(`- unresolved speaker label: ${paragraph(l)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
