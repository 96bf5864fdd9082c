import { describe, expect, it } from 'vitest';
import { collapseWhitespace, type LocatedText } from './located-text.js';
import { wordsUnlessCard } from './may-hold-card.js';
import { readLines } from './read-lines.js';
import { splitLines } from './split-lines.js';

describe('readLines', () => {
  it('swaps no-break spaces one for one and keeps lone surrogates, in copies with no other spacing', () => {
    const source = 'a\u00a0b \ud800c\u00a0\u00a0d\n\udfffe\u00a0f';
    const out = readLines(source);
    expect(out.map((l) => l.text)).toEqual(['a b \ud800c d', '\udfffe f']);
    expect(out[1]!.offsets.startOf(0)).toBe(source.indexOf('\udfff'));
  });

  const plain = (l: LocatedText): { text: string; offsets: number[] } => ({
    text: l.text,
    offsets: Array.from({ length: l.offsets.length }, (_, i) => l.offsets.startOf(i)),
  });

  it('reads every non-blank line as collapseWhitespace does, runs and zero-width spaces included', () => {
    for (const source of [
      'A\u00a0b  c\n\n  d\u200be \r\nf\tg\u2009\u2009h\n\nplain line\nlast  ',
      'A\u00a0b  c\n\n  d e \nf g\u00a0\u00a0h\n \u00a0\nplain line\nlast  ',
    ]) {
      const lines = splitLines(source)
        .map((l) => ({ ...l, ...collapseWhitespace(source, l.start, l.end) }))
        .filter((l) => l.text !== '');
      const out = readLines(source);
      expect(out.map(plain)).toEqual(lines.map(plain));
      expect(out.map((l) => [l.start, l.end])).toEqual(lines.map((l) => [l.start, l.end]));
    }
  });

  it('gives each line the card test of its text', () => {
    const source =
      'Prime Minister Nikol\u00a0Pashinyan Pashinyan NikolPrime Minister , and (\n' +
      'GOVERNOR ARNOLD SCHWARZENEGGER Schwarzenegger Arnold : Thank you  [\n' +
      'Russia and China agreed. Russia will supply gas to China. [Q\n(';
    expect(readLines(source).map((l) => l.pieces)).toEqual(
      readLines(source).map((l) => wordsUnlessCard(l.text)),
    );
  });
});
