import { isUpper } from './words.js';

/** The longest visible name the reader compares with a card name ("Patriarch Kirill of Moscow and All Russia"). */
export const MAX_NAME_WORDS = 8;

/**
 * A quick test that a line may hold a person card: some capitalised word repeats one of the eight
 * words before it. Most lines have none and skip the word-by-word reading. Gives -1 when the line
 * may hold a card, else what the reading of the line gives for free: the number of space-separated
 * pieces of the line (its words, for a line trimmed and collapsed), which a statement's word count
 * would otherwise read again.
 *
 * The line is `text[from, to)`: a reader reads its lines in place in the whole (spacing-swapped)
 * source, where `charCodeAt` is cheaper than in a slice of it. The character after `to`, if any,
 * must be spacing or a line break, as after a trimmed line.
 */
export function wordsUnlessCard(text: string, from = 0, to = text.length): number {
  // Only capitalised words are compared: a card's first word repeats a capitalised visible word.
  // Each is kept as its range in the line, not as a string: most lines have no card, and cutting
  // every capitalised word out of every line was most of the reader's allocations. Only the last
  // MAX_NAME_WORDS of them can be repeated, so they are kept in a ring that every call reuses.
  let kept = 0;
  let index = 0;
  let start = from;
  // The card follows the visible name's last word, which is capitalised and carries no full stop.
  let afterName = false;
  while (start < to) {
    let end = text.indexOf(' ', start);
    if (end < 0 || end > to) end = to;
    let code = text.charCodeAt(start);
    let first = start;
    if (code === 0x5b || code === 0x28) code = text.charCodeAt(++first);
    const last = text.charCodeAt(end - 1);
    const capital = (code >= 0x41 && code <= 0x5a) || (code > 0x7f && isUpper(text.charAt(first)));
    if (capital) {
      let stop = last === 0x3a ? end - 1 : end;
      if (
        last === 0x73 &&
        stop - first > 2 &&
        (text.charCodeAt(stop - 2) === 0x2019 || text.charCodeAt(stop - 2) === 0x27)
      )
        stop -= 2;
      // Compared as written; a word in capitals as a capitalised one ("ARNOLD SCHWARZENEGGER Schwarzenegger Arnold").
      const loud =
        stop - first > 1 && isUpperAt(text, first + 1)
          ? text.charAt(first) + text.slice(first + 1, stop).toLowerCase()
          : null;
      if (afterName) {
        for (let k = kept - 1; k >= 0 && k >= kept - MAX_NAME_WORDS; k--) {
          const r = k % MAX_NAME_WORDS;
          if (index - ring.at[r]! > MAX_NAME_WORDS) break;
          if (sameKey(text, ring.from[r]!, ring.to[r]!, ring.shouted[r]!, first, stop, loud))
            return -1;
        }
      }
      const slot = kept++ % MAX_NAME_WORDS;
      ring.from[slot] = first;
      ring.to[slot] = stop;
      ring.shouted[slot] = loud;
      ring.at[slot] = index;
    }
    afterName =
      capital && last !== 0x2e && last !== 0x2c && last !== 0x3b && last !== 0x21 && last !== 0x3f;
    index += 1;
    start = end + 1;
  }
  return index;
}

/**
 * The capitalised words a line's card test remembers: range in the line, the form compared when
 * written in capitals (else null: compared as written), and word index.
 */
const ring = {
  from: new Int32Array(MAX_NAME_WORDS),
  to: new Int32Array(MAX_NAME_WORDS),
  shouted: new Array<string | null>(MAX_NAME_WORDS).fill(null),
  at: new Int32Array(MAX_NAME_WORDS),
};

/** `isUpper(text.charAt(i))`, without a string for the ASCII letters that most words start with. */
function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : isUpper(text.charAt(i));
}

/** Whether two words compare equal: as written (`text[from, to)`) unless written in capitals. */
function sameKey(
  text: string,
  aFrom: number,
  aTo: number,
  aLoud: string | null,
  bFrom: number,
  bTo: number,
  bLoud: string | null,
): boolean {
  if (aLoud !== null || bLoud !== null)
    return (aLoud ?? text.slice(aFrom, aTo)) === (bLoud ?? text.slice(bFrom, bTo));
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++)
    if (text.charCodeAt(aFrom + i) !== text.charCodeAt(bFrom + i)) return false;
  return true;
}
