import type { StatementMade } from '@stenogram/schema';
import { inverseDocumentFrequency, type CorpusStats } from './corpus-stats.js';
import { round } from './keywords.js';
import { termCounts, wordsAndTerms } from './tokenize.js';

export interface KeyQuote {
  readonly statementId: string;
  readonly ordinal: number;
  readonly speaker: string;
  readonly text: string;
  readonly score: number;
}

// A sentence ends at . ! ? (or … ) followed by a space and a capital or an opening quote.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}“"‘(])/u;

/** The sentences of a paragraph. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Key quotes, an extractive method in the spirit of TF-IDF sentence scoring (Luhn 1958, with IDF):
 * 1. every term of the meeting gets the weight `tf_meeting(term) / max tf × idf(term)`;
 * 2. every sentence of 8 to 45 words is scored by the mean weight of its content terms
 *    (stop words excluded), so a sentence counts for how central its words are, not its length;
 * 3. the `limit` best sentences are kept, at most one per paragraph, ties to the earlier one;
 * 4. they are returned in the order of the meeting.
 */
export function keyQuotes(
  statements: readonly StatementMade[],
  stats: CorpusStats,
  limit = 3,
  /** The statements' term counts, where the caller has them already. */
  counts: ReadonlyMap<string, number> = termCounts(statements.map((s) => s.text)),
): KeyQuote[] {
  let maxTf = 1; // a loop, not Math.max(...): a huge meeting has more terms than a call has room for arguments
  for (const n of counts.values()) if (n > maxTf) maxTf = n;
  const weights = new Map<string, number>();
  const weight = (term: string) => {
    let w = weights.get(term);
    if (w === undefined) {
      w = ((counts.get(term) ?? 0) / maxTf) * inverseDocumentFrequency(stats, term);
      weights.set(term, w);
    }
    return w;
  };

  const best = new Map<string, KeyQuote & { readonly paragraph: number }>();
  for (const statement of statements) {
    for (const [paragraph, { text }] of statement.paragraphs.entries()) {
      const key = `${statement.statementId}#${paragraph}`;
      for (const sentence of sentences(text)) {
        const { words: n, terms: content } = wordsAndTerms(sentence);
        if (n < 8 || n > 45 || content.length === 0) continue;
        const score = round(content.reduce((sum, t) => sum + weight(t), 0) / content.length);
        const prior = best.get(key);
        if (prior && prior.score >= score) continue;
        best.set(key, {
          statementId: statement.statementId,
          ordinal: statement.ordinal,
          paragraph,
          speaker: statement.speaker.label,
          text: sentence,
          score,
        });
      }
    }
  }
  const inOrder = (a: { ordinal: number; paragraph: number }, b: typeof a) =>
    a.ordinal - b.ordinal || a.paragraph - b.paragraph;
  return [...best.values()]
    .sort((a, b) => b.score - a.score || inOrder(a, b))
    .slice(0, limit)
    .sort(inOrder)
    .map(({ paragraph: _paragraph, ...quote }) => quote);
}
