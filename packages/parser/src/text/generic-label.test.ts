import { describe, expect, it } from 'vitest';
import { isGenericLabel } from './generic-label.js';

describe('isGenericLabel', () => {
  it('takes role words alone or extended', () => {
    for (const l of [
      'Question',
      'Remark',
      'Reply',
      'Response',
      'Question from Perm Territory',
      'Voice from the audience',
    ]) {
      expect(isGenericLabel(l)).toBe(true);
    }
  });

  it('leaves persons and positions alone', () => {
    for (const l of [
      'Vladimir Putin',
      'Speaker of the State Duma Vyacheslav Volodin',
      'Questionnaire results',
    ]) {
      expect(isGenericLabel(l)).toBe(false);
    }
  });
});
