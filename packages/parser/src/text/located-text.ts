import { OffsetRuns, OffsetRunsBuilder } from '../source-offsets.js';

/**
 * Text derived from the source with, for each of its characters, the source offset it came from.
 * Every step of the text reader (whitespace collapsing, tooltip removal) maps one to another, so
 * that spans of the final text still point at the evidence in the source.
 */
export interface LocatedText {
  readonly text: string;
  /** `offsets.startOf(i)` is the source offset of `text[i]`; runs, since most of a line is copied as it is. */
  readonly offsets: OffsetRuns;
}

/** A half-open range `[start, end)` of indexes into a {@link LocatedText}. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** True for the characters a copy from a browser yields as spacing, the no-break space included. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/**
 * Reads `source[start, end)` with every run of spacing collapsed to one plain space and the ends
 * trimmed. The offset of a collapsed space is that of the first character of its run, so a
 * no-break space stays visible to readers that look at the source (card text never has one).
 */
export function collapseWhitespace(source: string, start: number, end: number): LocatedText {
  [start, end] = trimRange(source, start, end);
  const slice = source.slice(start, end);
  // The common line has single spaces, some of them no-break: swapped one for one.
  if (!RUNS.test(slice))
    return { text: slice.replace(SPACES, ' '), offsets: OffsetRuns.contiguous(start, end - start) };
  return collapseRuns(source, start, end);
}

/** `[start, end)` without the spacing at its ends. */
export function trimRange(source: string, start: number, end: number): [number, number] {
  while (start < end && isCollapsible(source.charCodeAt(start))) start++;
  while (end > start && isCollapsible(source.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The general case of {@link collapseWhitespace}, for a trimmed range that has runs of spacing. */
export function collapseRuns(source: string, start: number, end: number): LocatedText {
  const pieces: string[] = [];
  const offsets = new OffsetRunsBuilder();
  let run = -1; // start of the current run of kept characters
  let pending = -1; // source offset of a collapsed space waiting to be written
  for (let i = start; i <= end; i++) {
    const code = i < end ? source.charCodeAt(i) : 0x20;
    if (!isCollapsible(code)) {
      if (run < 0) {
        if (pending >= 0) {
          pieces.push(' ');
          offsets.push(pending, 1);
          pending = -1;
        }
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      pieces.push(source.slice(run, i));
      offsets.push(run, i - run);
      run = -1;
    }
    // U+200B (zero width space) is dropped without leaving a space.
    if (code !== 0x200b && pending < 0 && i < end) pending = i;
  }
  return { text: pieces.join(''), offsets: offsets.build() };
}

/** Two spacing characters in a row, or a zero width space: spacing that does not map one to one. */
const RUNS =
  /[ \t\n\v\f\r\u00a0\u2000-\u200a\u202f\ufeff][ \t\n\v\f\r\u00a0\u2000-\u200a\u202f\ufeff]|\u200b/;

/** Spacing characters other than the plain space, each read as one plain space. */
const SPACES = /[\t\n\v\f\r\u00a0\u2000-\u200a\u2007\u202f\ufeff]/g;

function isCollapsible(code: number): boolean {
  return (
    code === 0x20 || (code < 0x21 ? code >= 0x09 && code <= 0x0d : isSpace(code) || code === 0x200b)
  );
}

/** Removes the given ranges (sorted, not overlapping) from a located text. */
export function removeRanges(located: LocatedText, ranges: readonly TextRange[]): LocatedText {
  if (ranges.length === 0) return located;
  const pieces: string[] = [];
  const offsets = new OffsetRunsBuilder();
  let from = 0;
  for (const range of [...ranges, { start: located.text.length, end: located.text.length }]) {
    if (range.start > from) {
      pieces.push(located.text.slice(from, range.start));
      offsets.pushSlice(located.offsets, from, range.start);
    }
    from = Math.max(from, range.end);
  }
  return { text: pieces.join(''), offsets: offsets.build() };
}
