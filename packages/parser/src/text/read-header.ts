import type { DocumentHeader, Located } from '../document.js';
import { isCapitalised } from './words.js';
import { parseDateLine } from './parse-date.js';

/** A non-blank line of the copy, whitespace collapsed, with its source range. */
export interface HeaderLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The header read from the first lines, and the index of the first body line. */
export interface ReadHeader {
  readonly header: DocumentHeader;
  readonly bodyFrom: number;
}

/** The page's time line, e.g. "15:00". */
const TIME_LINE = /^\d{1,2}:\d{2}$/;

/** Title and lead stand before the date: the date line is among the first lines or there is no header. */
const MAX_LINES_BEFORE_DATE = 3;

/** Words a place name may hold in lower case: "Rzhev District, Tver Region", "Red Square, Moscow". */
const PLACE_CONNECTORS = new Set([
  'of',
  'the',
  'on',
  'upon',
  'de',
  'la',
  'and',
  'am',
  'an',
  'der',
  'sur',
]);

/**
 * Reads the header a copy of a whole page starts with: title, lead, date ("December 11, 2012"),
 * time ("15:00"), place ("Novo-Ogaryovo, Moscow Region"). It is recognised by its date line; a copy
 * of the body alone has none, and then every field is null — nothing is guessed.
 */
export function readHeader(lines: readonly HeaderLine[]): ReadHeader {
  const empty: DocumentHeader = {
    title: null,
    lead: null,
    date: null,
    time: null,
    place: null,
    kremlinId: null,
    url: null,
  };
  let dateAt = -1;
  let iso: string | null = null;
  for (let i = 0; i <= MAX_LINES_BEFORE_DATE && i < lines.length; i++) {
    iso = parseDateLine(lines[i]?.text ?? '');
    if (iso !== null) {
      dateAt = i;
      break;
    }
  }
  const dateLine = lines[dateAt];
  if (iso === null || !dateLine) return { header: empty, bodyFrom: 0 };
  let next = dateAt + 1;
  let time: Located | null = null;
  const timeLine = lines[next];
  if (timeLine && TIME_LINE.test(timeLine.text)) {
    time = located(lines, next, next + 1);
    next += 1;
  }
  let place: Located | null = null;
  const placeLine = lines[next];
  if (placeLine && isPlace(placeLine.text)) {
    place = located(lines, next, next + 1);
    next += 1;
  }
  return {
    header: {
      ...empty,
      title: dateAt >= 1 ? located(lines, 0, 1) : null,
      lead: dateAt >= 2 ? located(lines, 1, dateAt) : null,
      date: { value: iso, span: { start: dateLine.start, end: dateLine.end } },
      time,
      place,
    },
    bodyFrom: next,
  };
}

/**
 * A place line is a short name: capitalised words and commas, no sentence ending, no colon
 * ("The Kremlin, Moscow", "Taman, Kerch"). A body line that could follow the date instead is a
 * caption or a sentence ("Address to the Nation.", "Mr Fischer is in Russia on an official visit.").
 */
export function isPlace(text: string): boolean {
  if (text.length > 60 || /[.!?:;…"“”*]/.test(text) || /\d/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 8 || !isCapitalised(words[0] ?? '')) return false;
  return words.every(
    (w) => isCapitalised(w) || PLACE_CONNECTORS.has(w.replace(/,$/, '')) || /^[(-]/.test(w),
  );
}

// A module function, not a closure made per call: under tsx (the bench, `npm run ingest`) every
// named closure is also given its name by a `defineProperty` call, once per document here.
/** Lines `[from, to)` joined by spaces, with their source range; null for none. */
function located(lines: readonly HeaderLine[], from: number, to: number): Located | null {
  const first = lines[from];
  const last = lines[to - 1];
  if (!first || !last || to <= from) return null;
  const value = lines
    .slice(from, to)
    .map((l) => l.text)
    .join(' ');
  return { value, span: { start: first.start, end: last.end } };
}
