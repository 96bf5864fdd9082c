import { STOP_WORDS } from './stop-words.js';

// Letters, with inner apostrophes and hyphens kept ("people's", "SCO-Afghanistan").
const WORD = /\p{L}+(?:['-]\p{L}+)*/gu;

// Texts of ASCII and the marks the corpus uses most (no-break space, dashes, curly quotes,
// ellipsis): none of these marks is a letter, NFKC turns them into no letter, apostrophe or hyphen
// (checked in tokenize.test.ts), so lower-cased the only letters are a–z and an ASCII pattern finds
// the same words as WORD, without NFKC, ≈ 3× faster. Most statements of the corpus are such texts.
const NOT_PLAIN = /[^\t\n\r\u0020-\u007e\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u02bc]/;
const ASCII_WORD = /[a-z]+(?:['-][a-z]+)*/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/** The words of a text, lower-cased, curly apostrophes made straight; stop words included. */
export function words(text: string): string[] {
  if (!NOT_PLAIN.test(text)) {
    return text.replace(CURLY_APOSTROPHE, "'").toLowerCase().match(ASCII_WORD) ?? [];
  }
  return generalWords(text);
}

/** {@link words} of a text that is not plain: NFKC, then any letters. */
function generalWords(text: string): string[] {
  return text.normalize('NFKC').replace(CURLY_APOSTROPHE, "'").toLowerCase().match(WORD) ?? [];
}

/**
 * The content terms of a text: its words without stop words, without a possessive "'s", and at
 * least three letters long. The one tokenizer of keywords, key quotes and document frequencies.
 */
export function terms(text: string): string[] {
  return wordsAndTerms(text).terms;
}

/** How often each term occurs. */
export function termCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (word: string) => {
    const n = counts.get(word);
    if (n !== undefined) counts.set(word, n + 1);
    else if (!STOP_WORDS.has(word)) counts.set(word, 1);
  };
  for (const text of texts) eachCandidate(text, count);
  return counts;
}

/** How often each term of some lists of terms occurs. */
export function countTerms(lists: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** The distinct terms of some texts. */
export function distinctTerms(texts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const add = (word: string) => {
    if (!seen.has(word) && !STOP_WORDS.has(word)) seen.add(word);
  };
  for (const text of texts) eachCandidate(text, add);
  return seen;
}

/** A text's number of words (what {@link words} lists) and its terms (what {@link terms} lists). */
export function wordsAndTerms(text: string): { readonly words: number; readonly terms: string[] } {
  const out: string[] = [];
  const n = eachCandidate(text, (word) => {
    if (!STOP_WORDS.has(word)) out.push(word);
  });
  return { words: n, terms: out };
}

/**
 * Hands each word of `text` that may be a term to `visit`, in order: its possessive "'s" dropped,
 * three letters or more; the caller drops the stop words (after its own lookup, which most
 * repeated words stop at). Returns the number of words, all of them.
 */
function eachCandidate(text: string, visit: (word: string) => void): number {
  if (NOT_PLAIN.test(text)) {
    const all = generalWords(text);
    for (const raw of all) {
      const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
      if (word.length >= 3) visit(word);
    }
    return all.length;
  }
  // The plain path of `words` in one pass over the lower-cased text: no list of words, and no
  // string made for a word shorter than three letters once its "'s" is off. Same words as
  // ASCII_WORD over the text with its curly apostrophes made straight (tokenize.test.ts).
  const lower = text.toLowerCase();
  const n = lower.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    count++;
    const start = i;
    let curly = false;
    i++;
    for (;;) {
      while (i < n && isAsciiLower(lower.charCodeAt(i))) i++;
      const c = lower.charCodeAt(i);
      if ((isApostrophe(c) || c === 0x2d) && i + 1 < n && isAsciiLower(lower.charCodeAt(i + 1))) {
        if (c > 0x7f) curly = true;
        i += 2;
        continue;
      }
      break;
    }
    // "'s" at the end, straight or curly: the possessive is dropped.
    let end = i;
    if (
      end - start >= 3 &&
      lower.charCodeAt(end - 1) === 0x73 &&
      isApostrophe(lower.charCodeAt(end - 2))
    ) {
      end -= 2;
    }
    if (end - start < 3) continue;
    let term = lower.slice(start, end);
    if (curly) term = term.replace(CURLY_APOSTROPHE, "'");
    visit(term);
  }
  return count;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc;
}
