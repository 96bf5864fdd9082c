import { describe, expect, it } from 'vitest';
import { collapseWhitespace, removeRanges } from './located-text.js';

describe('collapseWhitespace', () => {
  it('reads no-break spaces as plain spaces and keeps their source offsets', () => {
    const source = 'x\nPresident of\u00a0Russia\n';
    const line = collapseWhitespace(source, 2, 21);
    expect(line.text).toBe('President of Russia');
    expect(line.offsets).toHaveLength(line.text.length);
    expect(source.charAt(line.offsets.startOf(12))).toBe('\u00a0');
    expect(line.offsets.startOf(0)).toBe(2);
  });

  it('collapses runs of spacing, trims the ends and drops zero-width spaces', () => {
    const source = '  Mr \t President,\u200b  colleagues\u00a0 ';
    const line = collapseWhitespace(source, 0, source.length);
    expect(line.text).toBe('Mr President, colleagues');
    line.text.split('').forEach((ch, i) => {
      const from = source.charAt(line.offsets.startOf(i));
      expect(ch === ' ' ? /\s/.test(from) : from === ch).toBe(true);
    });
  });

  it('gives an empty text for a blank line', () => {
    const blank = collapseWhitespace(' \u00a0\t', 0, 3);
    expect(blank.text).toBe('');
    expect(blank.offsets).toHaveLength(0);
  });
});

describe('removeRanges', () => {
  it('cuts ranges out of the text and its offsets together', () => {
    const line = collapseWhitespace('abcdefgh', 0, 8);
    const cut = removeRanges(line, [
      { start: 1, end: 3 },
      { start: 5, end: 6 },
    ]);
    expect(cut.text).toBe('adeg' + 'h');
    expect(Array.from({ length: cut.offsets.length }, (_, i) => cut.offsets.startOf(i))).toEqual([
      0, 3, 4, 6, 7,
    ]);
  });
});
