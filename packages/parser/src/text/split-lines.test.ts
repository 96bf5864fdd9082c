import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

describe('splitLines', () => {
  it('splits at LF, CRLF and CR and leaves the breaks out of the lines', () => {
    const source = 'a\r\nbb\ncc\rd';
    expect(splitLines(source).map((l) => source.slice(l.start, l.end))).toEqual([
      'a',
      'bb',
      'cc',
      'd',
    ]);
  });

  it('keeps blank lines and does not invent a line after the last break', () => {
    const source = 'a\n\nb\n';
    expect(splitLines(source).map((l) => source.slice(l.start, l.end))).toEqual(['a', '', 'b']);
  });
});
