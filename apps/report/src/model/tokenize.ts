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

/** The distinct terms of some texts, in the order first seen. */
export function distinctTerms(texts: Iterable<string>): readonly string[] {
  const seen = new SpanSet();
  for (const text of texts) eachCandidateSpan(text, seen.add);
  return seen.terms;
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
  return eachCandidateSpan(text, (source, start, end) => visit(spanText(source, start, end)));
}

/** A word as `source.slice(start, end)`, handed over before (and often instead of) making it. */
type SpanVisitor = (source: string, start: number, end: number) => void;

/** The word a {@link SpanVisitor} is handed: the source itself when the span is all of it. */
function spanText(source: string, start: number, end: number): string {
  return start === 0 && end === source.length ? source : source.slice(start, end);
}

/** {@link eachCandidate}, each word handed over as a span (see {@link SpanVisitor}). */
function eachCandidateSpan(text: string, visit: SpanVisitor): number {
  if (NOT_PLAIN.test(text)) {
    const all = generalWords(text);
    for (const raw of all) {
      const end = raw.endsWith("'s") ? raw.length - 2 : raw.length;
      if (end >= 3) visit(raw, 0, end);
    }
    return all.length;
  }
  // The plain path of `words` in one pass over the lower-cased text: no list of words, and no
  // string made for a word. Same words as ASCII_WORD over the text with its curly apostrophes made
  // straight (tokenize.test.ts).
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
    if (curly) {
      const word = lower.slice(start, end).replace(CURLY_APOSTROPHE, "'");
      visit(word, 0, word.length);
    } else {
      visit(lower, start, end);
    }
  }
  return count;
}

/**
 * The distinct terms among words handed over as spans, in the order first seen. Words are found by
 * a hash of their span, so a word met again (most are) costs no string; a new one is made once,
 * and kept out of `terms` if it is a stop word.
 */
class SpanSet {
  readonly terms: string[] = [];
  #keys: (string | undefined)[] = new Array<string | undefined>(1024);
  #hashes = new Int32Array(1024);
  #size = 0;

  readonly add: SpanVisitor = (source, start, end) => {
    let hash = 0x811c9dc5 | 0; // FNV-1a
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    const keys = this.#keys;
    const mask = keys.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
      if (this.#hashes[slot] === hash && key.length === length && source.startsWith(key, start)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    const word = spanText(source, start, end);
    keys[slot] = word;
    this.#hashes[slot] = hash;
    if (!STOP_WORDS.has(word)) this.terms.push(word);
    if (++this.#size * 2 > keys.length) this.#grow();
  };

  #grow(): void {
    const keys = this.#keys;
    const hashes = this.#hashes;
    this.#keys = new Array<string | undefined>(keys.length * 2);
    this.#hashes = new Int32Array(keys.length * 2);
    const mask = this.#keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.#keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.#keys[slot] = key;
      this.#hashes[slot] = hashes[i]!;
    }
  }
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc;
}
