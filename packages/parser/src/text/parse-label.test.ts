import { describe, expect, it } from 'vitest';
import { parseLabel } from './parse-label.js';

describe('parseLabel', () => {
  it('splits a line at its first colon', () => {
    expect(parseLabel('President of Russia Vladimir Putin: Mr Rahmon, colleagues.')).toEqual({
      text: 'President of Russia Vladimir Putin',
      annotations: [],
      bodyStart: 36,
      body: 'Mr Rahmon, colleagues.',
    });
  });

  it('takes annotations out of the label', () => {
    expect(
      parseLabel('Prime Minister of Israel Benjamin Netanyahu (retranslated): Thank you.'),
    ).toMatchObject({
      text: 'Prime Minister of Israel Benjamin Netanyahu',
      annotations: ['retranslated'],
    });
    expect(parseLabel('Question (retranslated):')).toMatchObject({
      text: 'Question',
      annotations: ['retranslated'],
      body: '',
    });
  });

  it('keeps a parenthesis inside the label', () => {
    expect(
      parseLabel('Deputy Director General of the OPCW (The Hague) Hamid Ali Rao: Mr President')
        ?.text,
    ).toBe('Deputy Director General of the OPCW (The Hague) Hamid Ali Rao');
  });

  it('accepts a lost space after the colon but not a time', () => {
    expect(
      parseLabel('Rostec State Corporation CEO Sergei Chemezov:Mr President, thank you.')?.body,
    ).toBe('Mr President, thank you.');
    expect(parseLabel('The meeting began at 15:00 sharp.')).toBeNull();
  });
});
