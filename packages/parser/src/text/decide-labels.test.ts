import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../document.js';
import { decideLabels } from './decide-labels.js';
import { parseLabel } from './parse-label.js';

/** Which lines of a little document open a turn. */
function labelled(lines: readonly string[], persons: Record<number, PersonRef[]> = {}): string[] {
  const accepted = decideLabels(
    lines.map((l, i) => ({ candidate: parseLabel(l), persons: persons[i] ?? [] })),
  );
  return lines.filter((_, i) => accepted[i]);
}

describe('decideLabels', () => {
  it('takes speakers: position and name, name alone, generic roles', () => {
    const lines = [
      'President of Russia Vladimir Putin: Mr Rahmon, colleagues.',
      'Vladimir Fortov, Secretary of the Academy: Thank you.',
      'Question from Perm Territory: Good afternoon.',
      'Remark: No, we are all from Kaliningrad.',
      'Tatyana Remezova: Thank you.',
    ];
    expect(labelled(lines)).toEqual(lines);
  });

  it('refuses prose, enumerations and who-is-who lists', () => {
    expect(
      labelled([
        'President of Russia Vladimir Putin: Three things.',
        'There are many such areas: they include energy and engineering.',
        'Second: Ms Abramchenko said that the work is going well.',
        'The Government includes:',
        'Minister of Defence: Sergei Shoigu.',
        'Mr President: the report is ready.',
        'Minister of Finance: Anton Siluanov.',
        'At the meeting with German business leaders. Left: President of Kazakhstan Nursultan Nazarbayev.',
      ]),
    ).toEqual(['President of Russia Vladimir Putin: Three things.']);
  });

  it('takes a short form, a typo and a name then position on the evidence of earlier labels', () => {
    const lines = [
      'President of Russia Vladimir Putin: Good afternoon.',
      'CNBC TV anchor Geoff Cutmore, moderator of the plenary session: Thank you.',
      'Geoff Cutmore: President Niinistö.',
      'VladimirPutin: Yes.',
    ];
    expect(labelled(lines)).toEqual(lines);
  });

  it('takes a label whose person link left its card, however it reads', () => {
    const line =
      'Head of the A Just Russia faction in the State Duma Sergei Mironov: Mr President, yes.';
    const person: PersonRef = {
      start: 52,
      end: 66,
      visible: 'Sergei Mironov',
      cardName: 'Mironov Sergei',
      cardPosition: 'A Just Russia Political Party Group leader',
      kremlinPersonId: null,
    };
    expect(line.slice(person.start, person.end)).toBe('Sergei Mironov');
    expect(labelled([line], { 0: [person] })).toEqual([line]);
  });

  it('does not take prose for a label because a person link ends it', () => {
    const line = 'We met with Prime Minister Nikol Pashinyan: the talks went well.';
    const person: PersonRef = {
      start: 27,
      end: 42,
      visible: 'Nikol Pashinyan',
      cardName: 'Pashinyan Nikol',
      cardPosition: null,
      kremlinPersonId: null,
    };
    expect(line.slice(person.start, person.end)).toBe('Nikol Pashinyan');
    expect(labelled([line], { 0: [person] })).toEqual([]);
  });

  it('reads "Question: “…”" inside a statement as a quotation, in an interview as a turn', () => {
    expect(
      labelled(['Vladimir Putin: People write to me.', 'Question: “When will roads be repaired?”']),
    ).toEqual(['Vladimir Putin: People write to me.']);
    expect(
      labelled(['Question: “Why?”', 'Vladimir Putin: Because.', 'Question: “And then?”']),
    ).toHaveLength(3);
  });
});

describe('decideLabels: dialogue of names', () => {
  it('keeps a dialogue of forms of address apart from a who-is-who list', () => {
    const lines = [
      'Vladimir Putin: Good afternoon, comrades.',
      'Sergei Shoigu: Comrade Supreme Commander-in-Chief, the troops are ready.',
      'Vladimir Putin: Mr Shoigu.',
      'Sergei Shoigu: Comrade Supreme Commander-in-Chief.',
    ];
    expect(labelled(lines)).toEqual(lines);
  });
});

describe('decideLabels: names with particles', () => {
  it('takes a name with a particle at the end of a label', () => {
    const lines = [
      'Crown Prince of Abu Dhabi Mohammed bin Zayed (retranslated): Thank you.',
      'President of Egypt Abdel Fattah el-Sisi: Thank you.',
    ];
    expect(labelled(lines)).toEqual(lines);
  });
});

describe('decideLabels: journalists', () => {
  it('takes a journalist named before the outlet, quotes and all', () => {
    const lines = [
      'Sergei Brilev, Rossiya TV channel’s “Vesti v Subbotu” programme: Mr President, a question.',
      'Question from Kommersant: Good afternoon.',
    ];
    expect(labelled(lines)).toEqual(lines);
  });
});
