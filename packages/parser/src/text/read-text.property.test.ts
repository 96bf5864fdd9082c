import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.js';

/** Pieces of copied pages, so that random documents hit the reader's paths, not only noise. */
const PIECES = [
  'President of Russia Vladimir Putin: ',
  'Vladimir Putin Putin VladimirPresident of Russia ',
  ' , ',
  ' : ',
  'Background information ',
  'Collective Security Treaty Organisation (CSTO) ',
  'See also\n',
  'December 11, 2012\n',
  '15:00\n',
  '* * *\n',
  '(Applause.)\n',
  'Question: ',
  '\u00a0',
  '\r\n',
  '\n\n',
  'the ',
  'Mr ',
];

const documents = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 80 })
    .map((p) => p.join('')),
);

describe('readText on arbitrary input', () => {
  it('never throws, keeps offsets and spans inside the source and is deterministic', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const doc = readText(source);
        for (const b of doc.blocks) {
          expect(b.span.start).toBeGreaterThanOrEqual(0);
          expect(b.span.end).toBeLessThanOrEqual(source.length);
          expect(b.offsets).toHaveLength(b.text.length);
          for (let i = 0; i < b.offsets.length; i++) {
            const o = b.offsets.startOf(i);
            expect(o >= b.span.start && o < b.span.end).toBe(true);
          }
          for (const p of [...b.persons, ...b.terms])
            expect(b.text.slice(p.start, p.end)).toBe(p.visible);
          if (b.label) expect(b.label.bodyStart).toBeLessThanOrEqual(b.text.length);
        }
        expect(readText(source)).toEqual(doc);
      }),
      { numRuns: 400 },
    );
  });
});

describe('readText on pathological lines', () => {
  it('reads 1 MB single lines in time proportional to their size', () => {
    const lines = [
      'A' + ')'.repeat(500_000) + 'x ' + ')'.repeat(500_000) + 'x',
      'Aa' + 'B'.repeat(300) + '!: text',
      'The The The '.repeat(80_000),
      'Vladimir Putin: '.repeat(65_000),
      'Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of Armenia , '.repeat(14_000),
      'the CSTO Background information Collective Security Treaty Organisation (CSTO) and '.repeat(
        12_000,
      ),
      '('.repeat(1_000_000),
      'A. '.repeat(330_000),
    ];
    for (const line of lines) {
      const t0 = performance.now();
      readText(line);
      expect(performance.now() - t0).toBeLessThan(5_000);
    }
  });
});
