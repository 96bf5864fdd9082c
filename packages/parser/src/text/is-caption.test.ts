import { describe, expect, it } from 'vitest';
import { isCaption, mayRecurAsCaption } from './is-caption.js';

const LINES = [
  'With Deputy Prime Minister Olga Golodets.',
  'Head of Rospotrebnadzor Anna Popova.',
  'Direct Line with Vladimir Putin.',
  'Georgy Poltavchenko (right) and Alexander Beglov.',
  'Film director Alexei Uchitel and actor Sergei Bezrukov, right, during Direct Line with Vladimir Putin.',
  'At the talks, the leaders discussed trade.',
  'With pleasure.',
  'Thank you very much.',
  'Accounts Chamber Chairman Alexei Kudrin Alexei Kudrin Alexei Kudrin Alexei Kudrin Alexei Kudrin Alexei Kudrin Kudrin.',
  'Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir Putin Vladimir.',
];

describe('isCaption', () => {
  it('gives the same answer with the word count as without', () => {
    for (const line of LINES)
      for (const repeats of [0, 1, 2, 5])
        expect(isCaption(line, null, repeats, line.split(' ').length)).toBe(
          isCaption(line, null, repeats),
        );
  });

  it('does not depend on the repeats of a line whose repeats are not counted', () => {
    for (const line of LINES) {
      const words = line.split(' ').length;
      if (mayRecurAsCaption(line, words)) continue;
      expect(isCaption(line, null, 5, words)).toBe(isCaption(line, null, 0, words));
    }
  });

  it('takes a line that recurs word for word for a caption', () => {
    expect(isCaption('Direct Line with Vladimir Putin.', null, 3, 5)).toBe(true);
    expect(isCaption('We met the heads of regions today.', null, 3, 7)).toBe(false);
  });
});
