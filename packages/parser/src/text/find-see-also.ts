import { isDateLine } from './parse-date.js';

/** The header lines of a "See also" box; "Additional" also opens a second group inside one. */
const BOX_HEADS = new Set(['See also', 'Additional']);

/** A box item's title is a short line, never a sentence that runs on. */
const MAX_TITLE_LENGTH = 300;

/**
 * Finds the lines of "See also" boxes, page furniture a copy carries into the body:
 *
 *     See also
 *     Trip to Kalmykia
 *     April 16, 2013
 *
 * A box is its head line, then items of a title and a date line ("July 9 − 10, 2017" for a trip);
 * the last item may lack its date ("See also" / "News of State Council"). Returns the indexes of
 * the box lines.
 */
export function findSeeAlso(lines: readonly string[]): Set<number> {
  const box = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] ?? '';
    if (head.length > 10 || !BOX_HEADS.has(head)) continue;
    let j = i + 1;
    let items = 0;
    for (;;) {
      const line = lines[j] ?? '';
      if (BOX_HEADS.has(line)) {
        j += 1;
        continue;
      }
      if (line === '' || line.length > MAX_TITLE_LENGTH || /[:.]$/.test(line)) break;
      if (isDateLine(lines[j + 1] ?? '')) {
        j += 2;
        items += 1;
        continue;
      }
      // A title without a date closes the box only when it is the box's single item.
      if (items === 0 && !isDateLine(line)) j += 1;
      break;
    }
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) box.add(k);
    i = j - 1;
  }
  return box;
}
