/**
 * Where each character of a derived text (a block's `text`) came from in the decoded source.
 * Readers build it; the extractor asks it for sub-spans (a label, one name of a list).
 *
 * Two forms: runs, for text whose characters are mostly consecutive source characters (copied
 * text: one run per line unless spacing was collapsed or tooltip text cut out), and one entry per
 * character, for text whose characters may stand for several source characters each (HTML with
 * character references). A run costs two numbers however long it is; the copied-text reader used
 * to keep one number per character, the largest allocation of the whole parse.
 */
export interface SourceOffsets {
  /** Number of characters mapped: the text's length. */
  readonly length: number;
  /** Source offset of character `i` (0 ≤ i < length). */
  startOf(i: number): number;
  /** Where character `i` ends in the source (exclusive): `startOf(i) + 1` unless it was a character reference. */
  endOf(i: number): number;
}

/** `textStarts` of a text copied in one run, shared by all of them. */
const ONE_RUN: readonly number[] = [0];

/**
 * Offsets as runs: characters `[textStarts[k], textStarts[k + 1])` came one for one from the source
 * from `sourceStarts[k]` on. `textStarts` starts at 0 and ascends; the last run ends at `length`.
 */
export class OffsetRuns implements SourceOffsets {
  constructor(
    readonly length: number,
    readonly textStarts: readonly number[],
    readonly sourceStarts: readonly number[],
  ) {}

  /** `length` characters copied one for one from `sourceStart` on. */
  static contiguous(sourceStart: number, length: number): OffsetRuns {
    return new OffsetRuns(length, ONE_RUN, [sourceStart]);
  }

  startOf(i: number): number {
    const k = this.runOf(i);
    return this.sourceStarts[k]! + (i - this.textStarts[k]!);
  }

  endOf(i: number): number {
    return this.startOf(i) + 1;
  }

  /** Index of the run holding character `i`: the last run starting at or before it. */
  runOf(i: number): number {
    const starts = this.textStarts;
    if (starts.length === 1 || i < starts[1]!) return 0;
    let lo = 1;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Builds {@link OffsetRuns} character range by character range; a range that continues the last
 * run in the source extends it instead of opening a new one.
 */
export class OffsetRunsBuilder {
  private readonly textStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private length = 0;

  /** Appends `count` characters taken one for one from the source from `sourceStart` on. */
  push(sourceStart: number, count: number): void {
    if (count <= 0) return;
    const k = this.sourceStarts.length - 1;
    if (k < 0 || this.sourceStarts[k]! + (this.length - this.textStarts[k]!) !== sourceStart) {
      this.textStarts.push(this.length);
      this.sourceStarts.push(sourceStart);
    }
    this.length += count;
  }

  /** Appends the characters `[from, to)` of another run-mapped text. */
  pushSlice(offsets: OffsetRuns, from: number, to: number): void {
    const end = Math.min(to, offsets.length);
    let k = offsets.runOf(from);
    let i = from;
    while (i < end) {
      const runEnd = Math.min(end, offsets.textStarts[k + 1] ?? offsets.length);
      this.push(offsets.sourceStarts[k]! + (i - offsets.textStarts[k]!), runEnd - i);
      i = runEnd;
      k++;
    }
  }

  build(): OffsetRuns {
    return new OffsetRuns(this.length, this.textStarts, this.sourceStarts);
  }
}

/** Offsets kept one per character, with the ends of the characters that do not end at offset + 1. */
export class OffsetArray implements SourceOffsets {
  constructor(
    private readonly offsets: readonly number[],
    /** Source end of each character, when some character is a character reference; else null. */
    private readonly ends: readonly number[] | null,
  ) {}

  get length(): number {
    return this.offsets.length;
  }

  startOf(i: number): number {
    return this.offsets[i]!;
  }

  endOf(i: number): number {
    return this.ends?.[i] ?? this.offsets[i]! + 1;
  }
}
