import { OffsetRuns } from '../source-offsets.js';
import { collapseRuns, trimRange, type LocatedText } from './located-text.js';
import { wordsUnlessCard } from './may-hold-card.js';
import { splitLines } from './split-lines.js';

/** A non-blank line of the copy, read as {@link collapseWhitespace} reads it. */
export interface TextLine extends LocatedText {
  /** The source line, `[start, end)` without its line break: the block's span. */
  readonly start: number;
  readonly end: number;
  /** {@link wordsUnlessCard} of `text`: its words, or -1 when it may hold a person card. */
  readonly pieces: number;
}

/**
 * Reads the non-blank lines of a copy (in source order, as `splitLines` gives them), each as
 * {@link collapseWhitespace} reads it, with the card test of its words. The spacing swap and the
 * search for runs of spacing are done once over the whole source instead of once per line, and a
 * line with no run is a slice of the swapped source, whose card test reads it in place.
 *
 * @example
 * readLines('Vladimir\u00a0Putin:  Colleagues.\n\n')[0]?.text; // 'Vladimir Putin: Colleagues.'
 */
export function readLines(source: string): TextLine[] {
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
  const out: TextLine[] = [];
  for (const line of splitLines(source)) {
    const [start, end] = trimRange(source, line.start, line.end);
    if (start === end) continue;
    // Each search starts past the previous hit, so the searches together read the source once.
    if (hit < start && hit !== NO_HIT) {
      runs.lastIndex = start;
      const m = runs.exec(spaced);
      hit = m ? m.index : NO_HIT;
      hitEnd = m ? m.index + m[0].length : NO_HIT;
    }
    if (hitEnd <= end) {
      const { text, offsets } = collapseRuns(source, start, end);
      out.push({ text, offsets, start: line.start, end: line.end, pieces: wordsUnlessCard(text) });
    } else {
      out.push({
        text: spaced.slice(start, end),
        offsets: OffsetRuns.contiguous(start, end - start),
        start: line.start,
        end: line.end,
        // In place: `charCodeAt` is cheaper in the flat source than in a slice of it.
        pieces: wordsUnlessCard(spaced, start, end),
      });
    }
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

/** Spacing characters but the line feed, which no line holds (see `splitLines`), each read as one plain space. */
const SPACES_WITHIN_LINES = /[\t\v\f\r\u00a0\u2000-\u200a\u2007\u202f\ufeff]/g;

const NO_HIT = Number.MAX_SAFE_INTEGER;
