import { describe, expect, it } from 'vitest';
import { nameKey, personIdOf } from './person-id.js';

describe('personIdOf', () => {
  it('slugs the normalised name', () => {
    expect(personIdOf('Nikol Pashinyan')).toBe('nikol-pashinyan');
    expect(personIdOf('Sauli Niinistö')).toBe('sauli-niinisto');
    expect(personIdOf('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev');
  });

  it('drops an honorific so that "Mr Morsi" and "Morsi" meet', () => {
    expect(personIdOf('Mr Morsi')).toBe(personIdOf('Morsi'));
  });

  it('gives a valid slug for a name without Latin letters', () => {
    expect(personIdOf('Путин')).toMatch(/^person-[0-9a-f]{12}$/);
  });
});

describe('nameKey', () => {
  it('lets a glued or shouted name meet the written one', () => {
    expect(nameKey('VladimirPutin')).toBe(nameKey('Vladimir Putin'));
    expect(nameKey('Arnold SCHWARZENEGGER')).toBe(nameKey('Arnold Schwarzenegger'));
  });
});
