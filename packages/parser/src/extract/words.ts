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
    const start = i;
    while (i < to && text.charCodeAt(i) !== 32) i++;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Upper-case first letter (Latin or not): "Pashinyan", "Xi", "Niinistö", "A.", "Kassym-Jomart". */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Word without the punctuation that may cling to it in a sentence ("Pashinyan,", "(CSTO)"). */
export function bare(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && /[("'“‘«]/.test(word.charAt(s))) s++;
  while (e > s && /[)"'”’».,;:!?]/.test(word.charAt(e - 1))) e--;
  return word.slice(s, e);
}
