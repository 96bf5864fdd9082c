import { describe, expect, it } from 'vitest';
import { countChangedFacts } from './count-changed-facts.js';

const participant = (name: string) => ({
  type: 'participant-listed',
  data: { name, personId: name.toLowerCase() },
});
const statement = (id: string, text: string) => ({
  type: 'statement-made',
  data: { statementId: id, text },
});
const bracket = (digest: string) => ({ type: 'extraction-completed', data: { digest } });

describe('countChangedFacts', () => {
  it('counts nothing when a re-extraction finds the same facts under new ids', () => {
    expect(
      countChangedFacts(
        [participant('A'), statement('x1:0', 'Hello.'), bracket('1')],
        [participant('A'), statement('x2:0', 'Hello.'), bracket('2')],
      ),
    ).toBe(0);
  });

  it('ignores the order of keys, which jsonb does not keep', () => {
    expect(
      countChangedFacts(
        [{ type: 'x', data: { a: 1, bb: { c: 1, d: 2 } } }],
        [{ type: 'x', data: { bb: { d: 2, c: 1 }, a: 1 } }],
      ),
    ).toBe(0);
  });

  it('counts a changed fact as one removed and one added', () => {
    expect(countChangedFacts([statement('a', 'Hello.')], [statement('b', 'Hello!')])).toBe(2);
  });

  it('counts facts found only once', () => {
    expect(countChangedFacts([participant('A')], [participant('A'), participant('B')])).toBe(1);
  });
});
