import { STOP_WORDS } from './stop-words.js';

// Letters, with inner apostrophes and hyphens kept ("people's", "SCO-Afghanistan").
const WORD = /\p{L}+(?:['-]\p{L}+)*/gu;

// Texts of ASCII and the marks the corpus uses most (no-break space, dashes, curly quotes,
// ellipsis): none of these marks is a letter, NFKC turns them into no letter, apostrophe or hyphen
// (checked in tokenize.test.ts), so lower-cased the only letters are a–z and an ASCII pattern finds
// the same words as WORD, without NFKC, ≈ 3× faster. Most statements of the corpus are such texts.
const NOT_PLAIN = /[^\t\n\r\u0020-\u007e\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u02bc]/;
const ASCII_WORD = /[a-z]+(?:['-][a-z]+)*/g;

/** The words of a text, lower-cased, curly apostrophes made straight; stop words included. */
export function words(text: string): string[] {
  if (!NOT_PLAIN.test(text)) {
    return (
      text
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .toLowerCase()
        .match(ASCII_WORD) ?? []
    );
  }
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
