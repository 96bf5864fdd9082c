import type { PersonRef, TermRef } from '../document.js';
import { removeRanges, type LocatedText, type TextRange } from './located-text.js';
import { findPersonCards } from './find-person-cards.js';
import { wordsUnlessCard } from './may-hold-card.js';
import { findTermNotes } from './find-term-notes.js';
import { splitWords } from './words.js';

const NONE: readonly never[] = [];

/** The first word of the marker a glossary note copies as: "Background information". */
export const NOTE_WORD = 'Background';

/** A line with the hidden tooltip text removed, and the links recognised by it. */
export interface StrippedLine extends LocatedText {
  readonly persons: readonly PersonRef[];
  readonly terms: readonly TermRef[];
  /** Space-separated words of `text` where the card test counted them, else null. */
  readonly wordCount: number | null;
}

/**
 * Removes the person cards and glossary notes a browser copies along with a line's links, and
 * records each link: its visible words (as index ranges of the cleaned text) and the hidden text.
 * `hardSpaces` says whether the document sets no-break spaces in its running text, which tooltip
 * text never has (see {@link Word.hardBefore}). `mayHaveNotes` false says that the source has no
 * {@link NOTE_WORD} anywhere, so that only a line read in more than one run (spacing collapsed or
 * dropped) can hold a glossary note. `pieces` is the line's {@link wordsUnlessCard} where the
 * caller read it already.
 */
export function stripTooltips(
  line: LocatedText,
  source: string,
  hardSpaces: boolean,
  mayHaveNotes = true,
  pieces?: number,
): StrippedLine {
  // A cheap test first: most lines have neither a card (a repeated word) nor a note.
  const hasNote =
    (mayHaveNotes || line.offsets.textStarts.length > 1) &&
    line.text.includes('Background information');
  if (!hasNote) {
    pieces ??= wordsUnlessCard(line.text);
    // Pieces are words but for a trailing space (lines come trimmed: never seen).
    const wordCount = line.text.endsWith(' ') ? null : pieces;
    if (pieces >= 0)
      return { text: line.text, offsets: line.offsets, persons: NONE, terms: NONE, wordCount };
  }
  const words = splitWords(line, source);
  const terms = hasNote ? findTermNotes(line, words, hardSpaces) : [];
  const cards = findPersonCards(
    line,
    words,
    hardSpaces,
    // A note's visible words and its "Background information" marker stop a card's position.
    terms.flatMap((t) => [t.firstWord, t.lastWord - 2]).filter((i) => i > 0),
  );
  if (cards.length === 0 && terms.length === 0)
    return { text: line.text, offsets: line.offsets, persons: NONE, terms: NONE, wordCount: null };
  const removals = [...cards.map((c) => c.remove), ...terms.map((t) => t.remove)]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of removals) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  const cleaned = removeRanges(line, merged);
  // Characters removed up to the end of each range (see `shift`).
  const removedBefore: number[] = [];
  let total = 0;
  for (const r of merged) removedBefore.push((total += r.end - r.start));
  const persons: PersonRef[] = cards.map((c) => {
    const start = shift(merged, removedBefore, c.visible.start);
    const end = shift(merged, removedBefore, c.visible.end);
    return {
      start,
      end,
      visible: cleaned.text.slice(start, end),
      cardName: c.cardName,
      cardPosition: c.cardPosition === '' ? null : c.cardPosition,
      kremlinPersonId: null,
    };
  });
  const termRefs: TermRef[] = terms.map((t) => {
    const start = shift(merged, removedBefore, t.visible.start);
    const end = shift(merged, removedBefore, t.visible.end);
    return { start, end, visible: cleaned.text.slice(start, end), term: t.term };
  });
  return {
    text: cleaned.text,
    offsets: cleaned.offsets,
    persons: persons.sort(byStart),
    terms: termRefs.sort(byStart),
    wordCount: null,
  };
}

// Module functions, not closures made per call: under tsx (the bench, `npm run ingest`) every
// named closure is also given its name by a `defineProperty` call.

/** Where an index of the line lands in the cleaned text: minus what was removed before it. */
function shift(
  merged: readonly TextRange[],
  removedBefore: readonly number[],
  index: number,
): number {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((merged[mid]?.start ?? 0) < index) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? (removedBefore[lo - 1] ?? 0) : 0;
  const last = merged[lo - 1];
  return index - before + (last && last.end > index ? last.end - index : 0);
}

function byStart<T extends { start: number }>(a: T, b: T): number {
  return a.start - b.start;
}
