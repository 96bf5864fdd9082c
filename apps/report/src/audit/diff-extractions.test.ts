import type { NoteRecorded, PersonMentioned, StatementMade } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { diffMentions, diffNotes, diffStatements } from './diff-extractions.js';

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

function note(kind: NoteRecorded['kind'], text: string, statement: number): NoteRecorded {
  return {
    noteId: `n-${statement}-${text}`,
    kind,
    text,
    statementId: `s${statement}`,
    span: { start: 0, end: 0 },
  };
}

function mention(personId: string, name: string): PersonMentioned {
  return {
    personId,
    name,
    visible: name,
    sortName: null,
    cardPosition: null,
    kremlinPersonId: null,
    statementId: 's0',
    span: { start: 0, end: 0 },
  };
}

describe('diffNotes', () => {
  const applause = note('applause', '(Applause.)', 1);

  it('compares notes by kind and text, not by the statement they hang on', () => {
    expect(diffNotes([applause], [note('applause', '(Applause.)', 2)])).toEqual([]);
  });

  it('counts repeated notes and reports notes added and removed', () => {
    const omission = note('omission', '<…>', 1);
    expect(diffNotes([applause, omission], [applause, applause])).toEqual([
      { fact: 'note', change: 'changed', key: 'applause: (Applause.)', before: 1, after: 2 },
      { fact: 'note', change: 'removed', key: 'omission: <…>', before: 1, after: null },
    ]);
    expect(diffNotes([], [omission])).toEqual([
      { fact: 'note', change: 'added', key: 'omission: <…>', before: null, after: 1 },
    ]);
  });
});

describe('diffMentions', () => {
  it('reports a person mentioned more often, newly or no longer', () => {
    const a = [mention('xi-jinping', 'Xi Jinping'), mention('narendra-modi', 'Narendra Modi')];
    const b = [
      mention('xi-jinping', 'Xi Jinping'),
      mention('xi-jinping', 'Xi Jinping'),
      mention('imran-khan', 'Imran Khan'),
    ];
    expect(diffMentions(a, b).map((c) => `${c.change} ${c.key}`)).toEqual([
      'changed xi-jinping',
      'removed narendra-modi',
      'added imran-khan',
    ]);
    expect(diffMentions(a, b)[0]).toMatchObject({
      before: { name: 'Xi Jinping', mentions: 1 },
      after: { name: 'Xi Jinping', mentions: 2 },
    });
    expect(diffMentions(a, a)).toEqual([]);
  });
});
