import { OffsetRuns, OffsetRunsBuilder } from '../source-offsets.js';
import type { SourceLine } from './split-lines.js';

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
  [start, end] = trim(source, start, end);
  const slice = source.slice(start, end);
  // The common line has single spaces, some of them no-break: swapped one for one.
  if (!RUNS.test(slice))
    return { text: slice.replace(SPACES, ' '), offsets: OffsetRuns.contiguous(start, end - start) };
  return collapseRuns(source, start, end);
}

/**
 * {@link collapseWhitespace} for every line of the source (lines in source order, as `splitLines`
 * gives them), with the spacing swap and the search for runs done once over the whole source
 * instead of once per line.
 */
export function collapseLines(source: string, lines: readonly SourceLine[]): LocatedText[] {
  // One for one, so offsets into `spaced` are offsets into the source. Line feeds stay: no line
  // holds one, and as spaces the blank line between two paragraphs made a run the search below
  // stopped at, once per line. Most copies space with plain and no-break spaces alone: then the
  // swap is a native replacement of one character, and runs are only two spaces in a row (a
  // search with an alternative reads every character slower than two searches without).
  const rare = RARE_SPACING.test(source);
  const spaced = rare ? source.replace(SPACES_WITHIN_LINES, ' ') : swapHardSpaces(source);
  const runs = rare ? SPACED_RUN : TWO_SPACES;
  // The next run of spacing (two spaces in `spaced`) or zero width space at or after the current
  // line; the first hit from a line's start decides whether the line has one.
  let hit = -1;
  let hitEnd = -1;
  const out: LocatedText[] = [];
  for (const line of lines) {
    const [start, end] = trim(source, line.start, line.end);
    // Each search starts past the previous hit, so the searches together read the source once.
    if (hit < start && hit !== NO_HIT) {
      runs.lastIndex = start;
      const m = runs.exec(spaced);
      hit = m ? m.index : NO_HIT;
      hitEnd = m ? m.index + m[0].length : NO_HIT;
    }
    if (hitEnd <= end) out.push(collapseRuns(source, start, end));
    else
      out.push({
        text: spaced.slice(start, end),
        offsets: OffsetRuns.contiguous(start, end - start),
      });
  }
  return out;
}

/**
 * `source.replaceAll('\u00a0', ' ')`, as a flat string: `replaceAll` gives a rope of the pieces
 * between the no-break spaces (one every forty characters), which the first search or slice then
 * copies into one string. Swapped in the source's UTF-16 code units and read back, it costs two
 * thirds of the two together.
 */
function swapHardSpaces(source: string): string {
  if (!source.includes('\u00a0')) return source;
  const bytes = Buffer.from(source, 'utf16le');
  if (!LITTLE_ENDIAN || bytes.byteOffset % 2 !== 0) return source.replaceAll('\u00a0', ' ');
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  for (let i = 0; i < units.length; i++) if (units[i] === 0xa0) units[i] = 0x20;
  return bytes.toString('utf16le');
}

/** Whether a `Uint16Array` reads UTF-16LE bytes as their code units. */
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/** In the spacing-swapped source: a run of spacing, or a zero width space (which the swap keeps). */
const SPACED_RUN = / {2}|\u200b/g;

/** {@link SPACED_RUN} in a source without a zero width space. */
const TWO_SPACES = / {2}/g;

/** Spacing other than the plain and the no-break space, and the zero width space. */
const RARE_SPACING = /[\t\v\f\r\u2000-\u200b\u202f\ufeff]/;

const NO_HIT = Number.MAX_SAFE_INTEGER;

/** `[start, end)` without the spacing at its ends. */
function trim(source: string, start: number, end: number): [number, number] {
  while (start < end && isCollapsible(source.charCodeAt(start))) start++;
  while (end > start && isCollapsible(source.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The general case of {@link collapseWhitespace}, for a trimmed range that has runs of spacing. */
function collapseRuns(source: string, start: number, end: number): LocatedText {
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

/** {@link SPACES} but the line feed, which no line holds (see `splitLines`). */
const SPACES_WITHIN_LINES = /[\t\v\f\r\u00a0\u2000-\u200a\u2007\u202f\ufeff]/g;

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
