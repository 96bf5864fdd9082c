import { describe, expect, it } from 'vitest';
import { isHeadingLine, isSeparator, isStageLine } from './classify-line.js';
import { isCaption } from './is-caption.js';

describe('line roles', () => {
  it('recognises separators and stage lines', () => {
    expect(isSeparator('* * *')).toBe(true);
    expect(isSeparator('***')).toBe(true);
    expect(isStageLine('(A minute of silence.)')).toBe(true);
    expect(isStageLine('(Mr Shokhin went on to discuss joint work with the State Duma).')).toBe(
      true,
    );
    expect(isStageLine('(Laughter) But seriously, colleagues.')).toBe(false);
  });

  it('recognises headings and refuses sentences that lost their full stop', () => {
    expect(isHeadingLine('Speech at joint meeting of SCO and CSTO Heads of State')).toBe(true);
    expect(isHeadingLine('On Russia’s nuclear status')).toBe(true);
    expect(
      isHeadingLine('It is very symbolic that we are honouring you in the St George Hall'),
    ).toBe(false);
    expect(isHeadingLine('We are happy to see you here. Welcome to Moscow')).toBe(false);
    expect(isHeadingLine('Mr President,')).toBe(false);
  });

  it('recognises photo captions and video titles', () => {
    expect(isCaption('With Deputy Prime Minister Olga Golodets.', null, 1)).toBe(true);
    expect(isCaption('At a meeting with Aeroflot General Director Vitaly Savelyev.', null, 1)).toBe(
      true,
    );
    expect(isCaption('Direct Line with Vladimir Putin.', null, 12)).toBe(true);
    expect(isCaption('Easter greetings.', 'Easter greetings', 1)).toBe(true);
    expect(isCaption('At the talks, the leaders discussed trade.', null, 1)).toBe(false);
    expect(isCaption('With your permission, I will begin.', null, 1)).toBe(false);
    expect(isCaption('With pleasure.', null, 1)).toBe(false);
    expect(isCaption('At the same time.', null, 1)).toBe(false);
    expect(isCaption('Thank you very much.', null, 5)).toBe(false);
    expect(isCaption('Head of Rospotrebnadzor Anna Popova.', null, 1)).toBe(true);
    expect(isCaption('Georgy Poltavchenko (right) and Alexander Beglov.', null, 1)).toBe(true);
    expect(
      isCaption(
        'Film director Alexei Uchitel and actor Sergei Bezrukov, right, during Direct Line with Vladimir Putin.',
        null,
        1,
      ),
    ).toBe(true);
    expect(
      isCaption(
        'At the meeting with German business leaders. Left: President of Kazakhstan Nursultan Nazarbayev.',
        null,
        1,
      ),
    ).toBe(true);
    expect(isCaption('Hello, Mr President.', null, 1)).toBe(false);
    expect(isCaption('Now to Tatyana Remezova.', null, 1)).toBe(false);
    expect(
      isCaption('Disrupting schemes remains a priority. Agencies need to stop them.', null, 2),
    ).toBe(false);
  });
});

describe('headings and salutations', () => {
  it('does not take a salutation without its comma for a heading', () => {
    expect(isHeadingLine('Dear friends')).toBe(false);
    expect(isHeadingLine('Ladies and gentlemen')).toBe(false);
    expect(isHeadingLine('Happy New Year')).toBe(false);
  });
});
