import type { LocatedText, TextRange } from './located-text.js';
import { isCapitalised, type Word } from './words.js';
import { scanTooltipTitle } from './scan-tooltip-title.js';
import { strayEnd } from './stray-end.js';

/** An organisation (glossary) link recognised by the note text it drags along. */
export interface TermNote {
  readonly visible: TextRange;
  /** The glossary title, "Collective Security Treaty Organisation (CSTO)". */
  readonly term: string;
  readonly remove: TextRange;
  /** Word index of the first visible word, where the link starts. */
  readonly firstWord: number;
  /** Word index of the title's first word. */
  readonly lastWord: number;
}

/**
 * The hidden note of a glossary link copies as "Background information" and the glossary title,
 * after the visible words: "… presiding in the SCO Background information Shanghai Cooperation Organisation (SCO) and the CSTO …".
 */
const MARKER = ['Background', 'information'] as const;

/** The most visible words the reader walks back over to find where the link starts. */
const MAX_VISIBLE_WORDS = 8;

/** Finds the glossary notes of one line; `barriers` are word indexes where person links start. */
export function findTermNotes(
  line: LocatedText,
  words: readonly Word[],
  hardSpaces: boolean,
  barriers: readonly number[] = [],
): TermNote[] {
  const notes: TermNote[] = [];
  const markers: number[] = [];
  for (let m = 1; m + 2 < words.length; m++) {
    if (words[m]?.text === MARKER[0] && words[m + 1]?.text === MARKER[1]) markers.push(m);
  }
  let barrier = 0;
  markers.forEach((m, n) => {
    const titleWord = m + 2;
    const title = words[titleWord];
    if (
      !title ||
      !isCapitalised(title.text) ||
      titleWord <= (notes[notes.length - 1]?.lastWord ?? 0)
    )
      return;
    const nextMarker = markers[n + 1] ?? -1;
    while (barrier < barriers.length && (barriers[barrier] ?? 0) <= titleWord) barrier++;
    const limit = Math.min(
      barriers[barrier] ?? words.length,
      nextMarker < 0 ? words.length : visibleStart(words, nextMarker, []),
    );
    const scanned = scanTooltipTitle(
      line.text,
      words,
      titleWord,
      title.start,
      limit,
      hardSpaces,
      [],
    );
    const titleWords = words.slice(titleWord, limit).filter((w) => w.end <= scanned.end);
    const cut = cutTitle(words, m, titleWords);
    const end = titleWords[cut - 1]?.end ?? title.end;
    const term = line.text.slice(title.start, Math.min(end, scanned.end));
    const first = visibleStart(words, m, term.split(' '));
    const lastVisible = words[m - 1];
    if (first >= m || !lastVisible) return;
    notes.push({
      visible: { start: words[first]?.start ?? 0, end: lastVisible.end },
      term,
      remove: { start: lastVisible.end, end: strayEnd(line.text, Math.min(end, scanned.end)) },
      firstWord: first,
      lastWord: titleWord,
    });
  });
  return notes;
}

/**
 * How many scanned words the title keeps. A glossary title is the visible words themselves
 * ("State Duma Background information State Duma is, I think …") or their full form with the
 * abbreviation ("CIS Background information Commonwealth of Independent States (CIS) summit"): it
 * ends where it has repeated the visible words, or after its parenthesised abbreviation.
 */
function cutTitle(words: readonly Word[], marker: number, title: readonly Word[]): number {
  for (let n = Math.min(title.length, MAX_VISIBLE_WORDS); n >= 1; n--) {
    let same = n <= marker;
    for (let i = 0; i < n && same; i++) {
      same =
        (title[i]?.text ?? '').toLowerCase() === (words[marker - n + i]?.text ?? '').toLowerCase();
    }
    if (same)
      return (title[n]?.text ?? '').startsWith('(') && (title[n]?.text ?? '').endsWith(')')
        ? n + 1
        : n;
  }
  const paren = title.findIndex((w) => w.text.endsWith(')'));
  return paren >= 0 ? paren + 1 : title.length;
}

/** The first visible word of the link that ends before word `marker`. */
function visibleStart(words: readonly Word[], marker: number, title: readonly string[]): number {
  const pool = new Set(title.map((w) => w.replace(/[()]/g, '').toLowerCase()));
  let first = marker;
  while (
    first > 0 &&
    marker - first < MAX_VISIBLE_WORDS &&
    pool.has((words[first - 1]?.text ?? '').replace(/[()]/g, '').toLowerCase())
  )
    first--;
  if (first < marker) return first;
  while (
    first > 0 &&
    marker - first < MAX_VISIBLE_WORDS &&
    isCapitalised(words[first - 1]?.text ?? '')
  )
    first--;
  return first;
}
