/** A word of a block's text with its index range. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits on single spaces (block text is whitespace-collapsed already). Linear. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to) break;
    // The word's end by a native search: cheaper than a look at each of its characters.
    let end = text.indexOf(' ', i);
    if (end < 0 || end > to) end = to;
    out.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return out;
}

/** Upper-case first letter (Latin or not): "Pashinyan", "Xi", "Niinistö", "A.", "Kassym-Jomart". */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII (most words) without the case-mapping calls, which cost more than the rest of the test.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Word without the punctuation that may cling to it in a sentence ("Pashinyan,", "(CSTO)"). */
export function bare(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && isOpeningMark(word.charCodeAt(s))) s++;
  while (e > s && isClosingMark(word.charCodeAt(e - 1))) e--;
  return s === 0 && e === word.length ? word : word.slice(s, e);
}

/** Punctuation `bare` drops before a word, `("'“‘«`: by code, not by a regex per character. */
function isOpeningMark(code: number): boolean {
  switch (code) {
    case 0x28: // (
    case 0x22: // "
    case 0x27: // '
    case 0x201c: // “
    case 0x2018: // ‘
    case 0xab: // «
      return true;
    default:
      return false;
  }
}

/** Punctuation `bare` drops after a word, `)"'”’».,;:!?`. */
function isClosingMark(code: number): boolean {
  switch (code) {
    case 0x29: // )
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xbb: // »
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
      return true;
    default:
      return false;
  }
}
