/** Abbreviations after which a full stop does not end a sentence ("Mr. Putin", "St. Petersburg"). */
const NO_END = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'St', 'Lt', 'Gen', 'Col', 'No', 'Jr', 'Sr', 'vs']);

/**
 * Sentence ranges of a block's text: a sentence ends at ".", "!" or "?" followed by a space and
 * a capital (or the end), unless the word before is an abbreviation or an initial ("A. Voronin").
 * One pass: a native search for the next ".", "!" or "?".
 */
export function sentencesOf(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  // A native search jumps from one possible end to the next: cheaper than a look at every character.
  ENDS.lastIndex = 0;
  while (ENDS.test(text)) {
    const i = ENDS.lastIndex - 1;
    const c = text[i];
    const next = text[i + 1];
    if (next !== undefined && next !== ' ') continue;
    const after = text[i + 2];
    if (
      next === ' ' &&
      (after === undefined ||
        after.toUpperCase() === after.toLowerCase() ||
        after !== after.toUpperCase())
    )
      continue;
    if (c === '.') {
      let w = i;
      while (w > start && text[w - 1] !== ' ') w--;
      const word = text.slice(w, i);
      if (NO_END.has(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    out.push([start, i + 1]);
    start = i + 2;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The characters that may end a sentence. */
const ENDS = /[.!?]/g;
