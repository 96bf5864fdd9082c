import type { StatementMade } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { diffStatements } from './diff-extractions.js';

function st(ordinal: number, speaker: string, text: string): StatementMade {
  return {
    statementId: `s${ordinal}`,
    ordinal,
    speaker: {
      label: speaker,
      personId: null,
      name: null,
      position: null,
      kind: 'role',
      kremlinPersonId: null,
    },
    annotations: [],
    text,
    paragraphs: [{ text, span: { start: 0, end: 0 } }],
    wordCount: text.split(' ').length,
    sectionId: null,
    span: { start: 0, end: 0 },
  };
}

const changes = (a: StatementMade[], b: StatementMade[]) =>
  diffStatements(a, b).map((c) => `${c.change} ${c.key}`);

describe('diffStatements', () => {
  const a = [st(0, 'A', 'One two.'), st(1, 'B', 'Three four. Five six.'), st(2, 'A', 'Seven.')];

  it('finds nothing between equal sequences', () => {
    expect(changes(a, a)).toEqual([]);
  });

  it('tells a speaker change from a text change', () => {
    expect(changes(a, [a[0]!, st(1, 'C', 'Three four. Five six.'), st(2, 'A', 'Seven!')])).toEqual([
      'speaker-changed 1',
      'text-changed 2',
    ]);
  });

  it('tells a split from a merge', () => {
    const split = [a[0]!, st(1, 'B', 'Three four.'), st(2, 'D', 'Five six.'), st(3, 'A', 'Seven.')];
    expect(changes(a, split)).toEqual(['split 1']);
    expect(changes(split, a)).toEqual(['merged 1']);
  });

  it('marks statements inserted or dropped between matching ones', () => {
    const inserted = [
      a[0]!,
      st(1, 'Q', 'A question?'),
      st(2, 'B', 'Three four. Five six.'),
      st(3, 'A', 'Seven.'),
    ];
    expect(changes(a, inserted)).toEqual(['added 1']);
    expect(changes(inserted, a)).toEqual(['removed 1']);
  });
});
