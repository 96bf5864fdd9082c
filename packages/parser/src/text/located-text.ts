/**
 * Text derived from the source with, for each of its characters, the source offset it came from.
 * Every step of the text reader (whitespace collapsing, tooltip removal) maps one to another, so
 * that spans of the final text still point at the evidence in the source.
 */
export interface LocatedText {
  readonly text: string;
  /** `offsets[i]` is the source offset of `text[i]`. */
  readonly offsets: readonly number[];
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
  const chars: string[] = [];
  const offsets: number[] = [];
  let pending = -1;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (isSpace(code) || code === 0x200b) {
      // U+200B (zero width space) is dropped without leaving a space.
      if (code !== 0x200b && chars.length > 0 && pending < 0) pending = i;
      continue;
    }
    if (pending >= 0) {
      chars.push(' ');
      offsets.push(pending);
      pending = -1;
    }
    chars.push(source[i] ?? '');
    offsets.push(i);
  }
  return { text: chars.join(''), offsets };
}

/** Removes the given ranges (sorted, not overlapping) from a located text. */
export function removeRanges(located: LocatedText, ranges: readonly TextRange[]): LocatedText {
  if (ranges.length === 0) return located;
  let text = '';
  const offsets: number[] = [];
  let from = 0;
  for (const range of [...ranges, { start: located.text.length, end: located.text.length }]) {
    if (range.start > from) {
      text += located.text.slice(from, range.start);
      for (let i = from; i < range.start; i++) offsets.push(located.offsets[i] ?? 0);
    }
    from = Math.max(from, range.end);
  }
  return { text, offsets };
}
