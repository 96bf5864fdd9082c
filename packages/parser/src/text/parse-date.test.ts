import { describe, expect, it } from 'vitest';
import { isDateLine, parseDateLine } from './parse-date.js';

describe('parseDateLine', () => {
  it('reads the page date as ISO', () => {
    expect(parseDateLine('December 11, 2012')).toBe('2012-12-11');
    expect(parseDateLine('June 9, 2010')).toBe('2010-06-09');
  });

  it('reads nothing else', () => {
    expect(parseDateLine('Smarch 1, 2012')).toBeNull();
    expect(parseDateLine('December 11, 2012, Moscow')).toBeNull();
    expect(parseDateLine('15:00')).toBeNull();
  });
});

describe('isDateLine', () => {
  it('takes the date ranges of "See also" items', () => {
    expect(isDateLine('July 9 − 10, 2017')).toBe(true);
    expect(isDateLine('November 13 − 14, 2019')).toBe(true);
    expect(isDateLine('Trip to Kalmykia')).toBe(false);
  });
});
