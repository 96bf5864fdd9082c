/** A table cell: pipes escaped, line breaks folded, empty shown as an en dash. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number' || !/[\\|\n]/.test(value)) return String(value);
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table from a header and rows. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((h) => (/^(Turns|Words|Share|Statements|Participants|Meetings)$/.test(h) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** A share of words as a percentage with one decimal (`0.4312` → `43.1%`). */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Text as a paragraph of Markdown: a leading `#`, `>` , `-` or number would change its meaning. */
export function paragraph(text: string): string {
  return text.replace(/^([#>+-]|\d+[.)])(?=\s)/, '\\$1').replace(/([<*_`[\]])/g, '\\$1');
}

/** The anchor of a statement in its meeting's Markdown. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** ` (CSTO)` after an organisation's name, unless the name already ends with it. */
export function orgSuffix(o: {
  readonly name: string;
  readonly abbreviation: string | null;
}): string {
  if (
    o.abbreviation === null ||
    o.abbreviation === o.name ||
    o.name.endsWith(`(${o.abbreviation})`)
  )
    return '';
  return ` (${o.abbreviation})`;
}
