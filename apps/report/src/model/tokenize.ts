import { STOP_WORDS } from './stop-words.js';

// Letters, with inner apostrophes and hyphens kept ("people's", "SCO-Afghanistan").
const WORD = /\p{L}+(?:['-]\p{L}+)*/gu;

/** The words of a text, lower-cased, curly apostrophes made straight; stop words included. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .toLowerCase()
      .match(WORD) ?? []
  );
}

/**
 * The content terms of a text: its words without stop words, without a possessive "'s", and at
 * least three letters long. The one tokenizer of keywords, key quotes and document frequencies.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** How often each term occurs. */
export function termCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
