import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './located-text.js';
import { isCapitalised, splitWords } from './words.js';

describe('splitWords', () => {
  it('remembers which words follow a no-break space', () => {
    const source = 'Aide to the President and\u00a0Rosneft Chief';
    const words = splitWords(collapseWhitespace(source, 0, source.length), source);
    expect(words.map((w) => [w.text, w.hardBefore])).toEqual([
      ['Aide', false],
      ['to', false],
      ['the', false],
      ['President', false],
      ['and', false],
      ['Rosneft', true],
      ['Chief', false],
    ]);
  });
});

describe('isCapitalised', () => {
  it('looks at the first letter in any script', () => {
    expect(isCapitalised('Niinistö')).toBe(true);
    expect(isCapitalised('Ólafur')).toBe(true);
    expect(isCapitalised('el-Sisi')).toBe(false);
    expect(isCapitalised('“Vesti')).toBe(false);
    expect(isCapitalised('12')).toBe(false);
  });
});
