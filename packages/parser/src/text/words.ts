import type { LocatedText } from './located-text.js';

/** One space-separated word of a collapsed line. */
export interface Word {
  /** Index range in the line's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * The space before the word was a no-break space in the source. kremlin.ru binds short words to
   * the next one with U+00A0 in its articles ("of\u00a0the\u00a0Board") but not in the hidden
   * card and glossary text, so a no-break space marks the way out of a tooltip.
   */
  readonly hardBefore: boolean;
}

/** Splits a collapsed line into its words, remembering which spaces were no-break spaces. */
export function splitWords(line: LocatedText, source: string): Word[] {
  const words: Word[] = [];
  const { text, offsets } = line;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const before = start > 0 ? offsets.startOf(start - 1) : -1;
      words.push({
        start,
        end,
        text: text.slice(start, end),
        hardBefore: before >= 0 && source.charCodeAt(before) === 0xa0,
      });
    }
    start = end + 1;
  }
  return words;
}

/** True when the word starts with an upper-case letter ("Pashinyan", "SCO", "Ó"). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII (most words) without the case-mapping calls, which cost more than the rest of the test.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the character is a lower-case letter. */
export function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x61 && code <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when the character is an upper-case letter. */
export function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
