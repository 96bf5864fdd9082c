/** One line of the source: `[start, end)` without its line break (LF, CRLF or CR). */
export interface SourceLine {
  readonly start: number;
  readonly end: number;
}

/** Splits the source into lines, CRLF, LF and lone CR alike. */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ start, end: i });
      if (code === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < source.length) lines.push({ start, end: source.length });
  return lines;
}
