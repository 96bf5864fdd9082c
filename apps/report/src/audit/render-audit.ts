import type { AuditChange, AuditDiff } from '@stenogram/schema';
import type { AuditHistory } from './audit-history.js';
import type { VerifyResult } from './verify-extractions.js';

const SIGN: Record<AuditChange['change'], string> = {
  added: '+',
  removed: '-',
  changed: '~',
  'speaker-changed': '~',
  'text-changed': '~',
  split: '<',
  merged: '>',
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.map(show).join(' + ');
  if (typeof value === 'object' && 'text' in value && 'speaker' in value) {
    const s = value as { speaker: string; text: string; ordinal: number };
    const text = s.text.length > 70 ? `${s.text.slice(0, 67)}…` : s.text;
    return `#${s.ordinal} ${s.speaker}: ${JSON.stringify(text)}`;
  }
  return JSON.stringify(value);
}

/** `audit diff` as text: one line per change. */
export function renderDiff(diff: AuditDiff): string {
  const lines = [
    `a: ${diff.a.extractionId} (parser ${diff.a.parserVersion ?? '?'})`,
    `b: ${diff.b.extractionId} (parser ${diff.b.parserVersion ?? '?'})`,
    diff.changes.length === 0 ? 'no differences' : `${diff.changes.length} differences:`,
  ];
  for (const c of diff.changes) {
    const what = `${SIGN[c.change]} ${c.fact} ${c.key} ${c.change}`;
    if (c.change === 'added') lines.push(`${what}: ${show(c.after)}`);
    else if (c.change === 'removed') lines.push(`${what}: ${show(c.before)}`);
    else lines.push(`${what}: ${show(c.before)} → ${show(c.after)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `audit [target]` as text. */
export function renderHistory(h: AuditHistory): string {
  const lines: string[] = [];
  if (h.streamId !== null) lines.push(`document ${h.streamId}`);
  lines.push(`sources: ${h.sha256s.length === 0 ? 'none' : h.sha256s.join(', ')}`, '');
  lines.push(`extractions (${h.extractions.length}):`);
  for (const x of h.extractions) {
    const counts = Object.entries(x.counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    lines.push(
      `  ${x.id}  ${x.standing.padEnd(10)}  parser ${x.parserVersion}  completed ${x.completedAt}`,
      `    stream ${x.streamId}  source ${x.sourceSha256}`,
      `    digest ${x.digest}${x.supersedes ? `  supersedes ${x.supersedes}` : ''}`,
      `    ${x.eventCount} events: ${counts}`,
    );
    for (const w of x.warnings) lines.push(`    warning ${w.code}: ${w.message}`);
  }
  lines.push('', `rejected ingests (${h.rejections.length}):`);
  for (const r of h.rejections)
    lines.push(
      `  ${r.rejectedAt}  ${r.fileName ?? '(no name)'}  ${r.sha256 ?? '(unreadable, no hash)'}  ${r.code}: ${r.reason}`,
    );
  return `${lines.join('\n')}\n`;
}

/** `audit verify` as text: mismatches first, then a count of what matched. */
export function renderVerify(v: VerifyResult): string {
  const lines = v.findings
    .filter((f) => !f.ok)
    .map((f) => `MISMATCH ${f.extractionId} (${f.check}): ${f.message}`);
  lines.push(
    `${v.extractions} extractions checked, ${v.reparsed} re-parsed with the current parser: ${v.mismatches === 0 ? 'all match' : `${v.mismatches} mismatches`}`,
  );
  return `${lines.join('\n')}\n`;
}
