import { describe, expect, it } from 'vitest';
import { findSeeAlso } from './find-see-also.js';

describe('findSeeAlso', () => {
  it('finds a box of a head, titles and dates', () => {
    const lines = [
      'Thank you.',
      'See also',
      'Trip to Kalmykia',
      'April 16, 2013',
      'Additional',
      'Visit to Kyrgyzstan, CIS summit',
      'September 17, 2016',
      'Vladimir Putin: Good.',
    ];
    expect([...findSeeAlso(lines)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes a single item without a date, and date ranges', () => {
    expect([...findSeeAlso(['See also', 'News of State Council', 'Let us begin.'])]).toEqual([
      0, 1,
    ]);
    expect([
      ...findSeeAlso([
        'See also',
        'Trip to Arkhangelsk Region',
        'March 29 − 30, 2017',
        'Geoff Cutmore: Thank you.',
      ]),
    ]).toEqual([0, 1, 2]);
  });

  it('ignores "See also" used in prose', () => {
    expect(
      findSeeAlso(['See also the report of the commission.', 'Additional measures are needed.'])
        .size,
    ).toBe(0);
  });
});
