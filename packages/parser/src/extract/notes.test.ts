import { describe, expect, it } from 'vitest';
import { findNotes } from './notes.js';

describe('findNotes', () => {
  it('records applause, laughter, language, addressee and omissions', () => {
    const text =
      'Thank you. (Applause.) Yes (Laughter) (In English.) Good. (To Veronika Skvortsova) Next <…> end ‹…>';
    expect(findNotes(text).map((n) => [n.kind, n.text])).toEqual([
      ['applause', '(Applause.)'],
      ['laughter', '(Laughter)'],
      ['language', '(In English.)'],
      ['addressee', '(To Veronika Skvortsova)'],
      ['omission', '<…>'],
      ['omission', '‹…>'],
    ]);
  });

  it('keeps abbreviations and asides as text', () => {
    expect(findNotes('the CSTO (CSTO) and all (I want to underscore this), precisely all')).toEqual(
      [],
    );
  });

  it('gives index ranges into the text', () => {
    const text = 'Well. (Sighs.) Civil society.';
    const [n] = findNotes(text);
    expect(n).toMatchObject({ kind: 'stage' });
    expect(text.slice(n!.start, n!.end)).toBe('(Sighs.)');
  });
});
