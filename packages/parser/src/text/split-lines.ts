/** One line of the source: `[start, end)` without its line break (LF, CRLF or CR). */
export interface SourceLine {
  readonly start: number;
  readonly end: number;
}

/** Splits the source into lines, CRLF, LF and lone CR alike. */
export function splitLines(source: string): SourceLine[] {
  // Without a lone CR, the native search for LF does the work (a CR before LF is trimmed).
  if (!hasLoneCarriageReturn(source)) return splitAtLineFeeds(source);
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

function splitAtLineFeeds(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let lf = source.indexOf('\n'); lf >= 0; lf = source.indexOf('\n', start)) {
    lines.push({ start, end: lf > start && source.charCodeAt(lf - 1) === 13 ? lf - 1 : lf });
    start = lf + 1;
  }
  if (start < source.length) lines.push({ start, end: source.length });
  return lines;
}

/** A CR not followed by LF. Looked for by a native search for CR, which most copies do not have at all. */
function hasLoneCarriageReturn(source: string): boolean {
  for (let cr = source.indexOf('\r'); cr >= 0; cr = source.indexOf('\r', cr + 1)) {
    if (source.charCodeAt(cr + 1) !== 10) return true;
  }
  return false;
}
