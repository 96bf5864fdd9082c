import { isUpper } from './words.js';

/** The longest visible name the reader compares with a card name ("Patriarch Kirill of Moscow and All Russia"). */
export const MAX_NAME_WORDS = 8;

/**
 * A quick test that a line may hold a person card: some capitalised word repeats one of the eight
 * words before it. Most lines have none and skip the word-by-word reading.
 */
export function mayHoldCard(text: string): boolean {
  // Only capitalised words are compared: a card's first word repeats a capitalised visible word.
  const recent: string[] = [];
  const at: number[] = [];
  let index = 0;
  let start = 0;
  // The card follows the visible name's last word, which is capitalised and carries no full stop.
  let afterName = false;
  while (start < text.length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    let code = text.charCodeAt(start);
    let from = start;
    if (code === 0x5b || code === 0x28) code = text.charCodeAt(++from);
    const last = text.charCodeAt(end - 1);
    const capital = (code >= 0x41 && code <= 0x5a) || (code > 0x7f && isUpper(text.charAt(from)));
    if (capital) {
      let to = last === 0x3a ? end - 1 : end;
      if (last === 0x73 && to - from > 2 && (text.charCodeAt(to - 2) === 0x2019 || text.charCodeAt(to - 2) === 0x27)) to -= 2;
      // Compared as written; a word in capitals as a capitalised one ("ARNOLD SCHWARZENEGGER Schwarzenegger Arnold").
      let key = text.slice(from, to);
      if (to - from > 1 && isUpper(key.charAt(1))) key = key.charAt(0) + key.slice(1).toLowerCase();
      if (afterName) {
        for (let r = recent.length - 1; r >= 0 && index - (at[r] ?? 0) <= MAX_NAME_WORDS; r--) {
          if (recent[r] === key) return true;
        }
      }
      recent.push(key);
      at.push(index);
    }
    afterName = capital && last !== 0x2e && last !== 0x2c && last !== 0x3b && last !== 0x21 && last !== 0x3f;
    index += 1;
    start = end + 1;
  }
  return false;
}
