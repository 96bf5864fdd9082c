import { isCapitalised, type Word } from './words.js';

/**
 * Lower-case words that occur inside card positions and glossary titles
 * ("Minister of Construction and Housing and Utilities", "Director General of State Atomic Energy Corporation Rosatom").
 */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'to',
  'in',
  'on',
  'at',
  'with',
  'under',
  'de',
  'del',
  'la',
  'von',
  'van',
  'der',
  'du',
  'y',
  'und',
  'bin',
  'al',
  'el',
  '&',
  '–',
  '—',
  '-',
  'or',
]);

/** Punctuation the page puts after a link: with the link's stray space before it, it closes the tooltip. */
const STRAY = /^[,.:;!?)\]…»”]/u;

/** Where a tooltip text ends, as an index in the line's text. */
export interface TooltipEnd {
  readonly end: number;
}

/**
 * Scans a card position or a glossary title from `startChar` (inside word `startWord`) and returns
 * where it ends. The copy gives no end marker: the hidden text is followed by one space and the
 * rest of the paragraph. It ends at the first sign of running text — a no-break space (the page's
 * typography, never in tooltips), punctuation after the link's stray space, a lower-case word that
 * does not reach such punctuation at once, an annotation "(retranslated)", a bracket — or where the
 * next link's visible name starts (`limit`). When the title so far repeats the position printed
 * before the name (`printed`), an "and" starts the page's own text: "Defence Minister Sergei Shoigu
 * Shoigu SergeiDefence Minister and Director of the Federal Security Service …".
 */
export function scanTooltipTitle(
  text: string,
  words: readonly Word[],
  startWord: number,
  startChar: number,
  limit: number,
  hardSpaces: boolean,
  printed: readonly string[],
): TooltipEnd {
  const first = words[startWord];
  let end = first ? first.end : startChar;
  const taken: string[] = first ? [text.slice(startChar, first.end)] : [];
  let comma = /,$/.test(taken[0] ?? '');
  if (comma) end -= 1;
  let m = startWord + 1;
  // Where the title was before its last "and": the cut if it runs into the next link's words.
  let beforeAnd = -1;
  while (m < limit) {
    const word = words[m];
    if (!word || (hardSpaces && word.hardBefore)) break;
    const w = word.text;
    if (STRAY.test(w) || w.startsWith('[')) break;
    if (w.startsWith('(')) {
      const close = closeParen(words, m, limit);
      const inner = w.charAt(1);
      if (close < 0 || inner === '' || inner !== inner.toUpperCase()) break;
      const closing = words[close];
      if (!closing) break;
      end = closing.text.endsWith(')')
        ? closing.end
        : closing.start + closing.text.indexOf(')') + 1;
      for (let i = m; i <= close; i++) taken.push(words[i]?.text ?? '');
      comma = false;
      m = close + 1;
      if (!closing.text.endsWith(')')) break;
      continue;
    }
    const lower = w.toLowerCase();
    if (CONNECTORS.has(lower) && !comma) {
      if ((lower === 'and' || lower === '–') && repeatsPrinted(taken, printed)) break;
      // A connector belongs to the title only if a title word follows it.
      const next = words[m + 1];
      if (!next || m + 1 >= limit || (hardSpaces && next.hardBefore)) break;
      if (
        isCapitalised(next.text) ||
        CONNECTORS.has(next.text.toLowerCase()) ||
        /^\d/.test(next.text)
      ) {
        if (lower === 'and') beforeAnd = end;
        taken.push(w);
        m += 1;
        continue;
      }
    }
    if (isCapitalised(w) || /^[\d"“«'‘]/u.test(w)) {
      taken.push(w);
      comma = w.endsWith(',');
      end = comma ? word.end - 1 : word.end;
      m += 1;
      continue;
    }
    if (comma) break;
    if (lower === 'and' || lower === '–') break;
    // A lower-case word ends the title unless punctuation after a stray space follows at once:
    // "Mironov SergeiA Just Russia Political Party Group leader : Mr President".
    const reach = hardSpaces
      ? reachesStrayUnbroken(words, m, limit)
      : reachesStray(words, m, limit, false);
    if (reach > m) end = words[reach - 1]?.end ?? end;
    break;
  }
  // "President of Iran and President of the Turkish Republic Recep Tayyip Erdogan Erdogan …": a
  // title that runs up to the next link's name has taken that person's printed position.
  if (m >= limit && limit < words.length && beforeAnd >= 0) end = beforeAnd;
  return { end };
}

function closeParen(words: readonly Word[], from: number, limit: number): number {
  for (let i = from; i < limit && i < from + 8; i++)
    if ((words[i]?.text ?? '').includes(')')) return i;
  return -1;
}

function reachesStray(
  words: readonly Word[],
  from: number,
  limit: number,
  hardSpaces: boolean,
): number {
  for (let i = from; i < from + 2 && i < limit; i++) {
    const w = words[i];
    if (!w || (hardSpaces && w.hardBefore) || isCapitalised(w.text) || /[^\p{Ll}'’-]/u.test(w.text))
      return from;
    const next = words[i + 1];
    if (!next || STRAY.test(next.text)) return i + 1;
  }
  return from;
}

/**
 * Where no-break spaces mark running text, a run of plain-spaced words up to punctuation after a
 * stray space is still tooltip text, lower-case words and all: "Zubkov ViktorSpecial Presidential
 * Representative for cooperation with Gas Exporting Countries Forum , Chairman of …".
 */
function reachesStrayUnbroken(words: readonly Word[], from: number, limit: number): number {
  for (let i = from; i < from + 12 && i < limit; i++) {
    const w = words[i];
    if (!w || w.hardBefore || /[.!?:;]$/.test(w.text)) return from;
    const next = words[i + 1];
    if (next && !next.hardBefore && STRAY.test(next.text)) return i + 1;
  }
  return from;
}

function repeatsPrinted(taken: readonly string[], printed: readonly string[]): boolean {
  if (taken.length === 0 || taken.length > printed.length) return false;
  const tail = printed.slice(printed.length - taken.length);
  return tail.every((w, i) => w.toLowerCase() === (taken[i] ?? '').toLowerCase());
}
