import { compareStrings } from './fold-meetings.js';
import { inverseDocumentFrequency, type CorpusStats } from './corpus-stats.js';
import { termCounts } from './tokenize.js';

/**
 * The `limit` terms of highest TF-IDF weight. Terms seen once only are left out when the text has
 * enough words to repeat itself (a keyword should recur), and ties go to the alphabetically first
 * term so that the list is deterministic.
 */
export function topKeywords(texts: readonly string[], stats: CorpusStats, limit: number): string[] {
  return topTerms(termCounts(texts), stats, limit);
}

/** {@link topKeywords} of texts whose term counts are already known. */
export function topTerms(
  counts: ReadonlyMap<string, number>,
  stats: CorpusStats,
  limit: number,
): string[] {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const minCount = total >= 200 ? 2 : 1;
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .map(([term, count]) => [term, round(count * inverseDocumentFrequency(stats, term))] as const)
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, limit)
    .map(([term]) => term);
}

/** Rounded to 6 decimals, so that floating-point noise cannot reorder equal weights. */
export function round(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
