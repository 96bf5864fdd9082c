import { canonicalJson } from '@stenogram/parser';

/**
 * How many facts differ between two extractions of the same document: the size of the symmetric
 * difference of their fact multisets. A fact is an event's type and data with the ids that embed
 * the extraction (statement, section and note ids) and the bracketing events left out, so a
 * re-extraction that finds the same things counts zero.
 */
export function countChangedFacts(before: readonly unknown[], after: readonly unknown[]): number {
  const counts = new Map<string, number>();
  for (const e of before) bump(counts, factKey(e), 1);
  for (const e of after) bump(counts, factKey(e), -1);
  counts.delete('');
  let changed = 0;
  for (const n of counts.values()) changed += Math.abs(n);
  return changed;
}

const BRACKETS = new Set(['source-registered', 'extraction-started', 'extraction-completed']);
const EXTRACTION_SCOPED_IDS = new Set(['statementId', 'sectionId', 'noteId', 'meetingId']);

function factKey(event: unknown): string {
  const { type, data } = event as { type: string; data: Record<string, unknown> };
  if (BRACKETS.has(type)) return '';
  const fact = Object.fromEntries(
    Object.entries(data).filter(([key]) => !EXTRACTION_SCOPED_IDS.has(key)),
  );
  // Canonical: data read back from jsonb has its keys in another order than the parser wrote them.
  return `${type}:${canonicalJson(fact)}`;
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
