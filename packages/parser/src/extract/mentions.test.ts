import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../document.js';
import { mentionedName } from './mentions.js';

const ref = (visible: string, cardName: string | null): PersonRef => ({
  start: 0,
  end: visible.length,
  visible,
  cardName,
  cardPosition: null,
  kremlinPersonId: null,
});

describe('mentionedName', () => {
  it('takes the link text when it shows the whole card name', () => {
    expect(mentionedName(ref('Nikol Pashinyan', 'Pashinyan Nikol'))).toBe('Nikol Pashinyan');
    expect(mentionedName(ref('Xi Jinping', 'Xi Jinping'))).toBe('Xi Jinping');
  });

  it('drops a title the card does not have', () => {
    expect(mentionedName(ref('Mr Morsi Mohamed', 'Morsi Mohamed'))).toBe('Morsi Mohamed');
  });

  it('turns the card round when the link shows only a surname', () => {
    expect(mentionedName(ref('Lukashenko', 'Lukashenko Alexander'))).toBe('Alexander Lukashenko');
  });

  it('keeps the link text when there is no card', () => {
    expect(mentionedName(ref('Imran Khan', null))).toBe('Imran Khan');
  });
});
