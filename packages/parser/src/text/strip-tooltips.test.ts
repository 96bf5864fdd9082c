import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './located-text.js';
import { stripTooltips } from './strip-tooltips.js';

function strip(line: string, hardSpaces = false): ReturnType<typeof stripTooltips> {
  return stripTooltips(collapseWhitespace(line, 0, line.length), line, hardSpaces);
}

describe('stripTooltips: person cards', () => {
  it('cuts the card of a person link and keeps its name and position apart', () => {
    const out = strip(
      'The meeting participants also included Prime Minister of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of Armenia , President of Belarus Alexander Lukashenko Lukashenko AlexanderPresident of Belarus , and others.',
    );
    expect(out.text).toBe(
      'The meeting participants also included Prime Minister of Armenia Nikol Pashinyan, President of Belarus Alexander Lukashenko, and others.',
    );
    expect(out.persons.map((p) => [p.visible, p.cardName, p.cardPosition])).toEqual([
      ['Nikol Pashinyan', 'Pashinyan Nikol', 'Prime Minister of the Republic of Armenia'],
      ['Alexander Lukashenko', 'Lukashenko Alexander', 'President of Belarus'],
    ]);
    for (const p of out.persons) expect(out.text.slice(p.start, p.end)).toBe(p.visible);
  });

  it('reads a card with no position', () => {
    const out = strip('Vladimir Putin congratulated Serzh Sargsyan Sargsyan Serzh , the winner.');
    expect(out.text).toBe('Vladimir Putin congratulated Serzh Sargsyan, the winner.');
    expect(out.persons[0]).toMatchObject({
      visible: 'Serzh Sargsyan',
      cardName: 'Sargsyan Serzh',
      cardPosition: null,
    });
  });

  it('reads names in their own order and short visible names', () => {
    expect(
      strip('President of China Xi Jinping Xi JinpingPresident of People’s Republic of China , and')
        .persons[0],
    ).toMatchObject({
      visible: 'Xi Jinping',
      cardName: 'Xi Jinping',
      cardPosition: 'President of People’s Republic of China',
    });
    const morsi = strip('Mr Putin and Mr Morsi Morsi Mohamed also made press statements.');
    expect(morsi.text).toBe('Mr Putin and Mr Morsi also made press statements.');
    expect(morsi.persons[0]).toMatchObject({
      visible: 'Morsi',
      cardName: 'Morsi Mohamed',
      cardPosition: null,
    });
  });

  it('ends a position at the link’s stray space before punctuation, lower-case words and all', () => {
    const out = strip(
      'Head of the A Just Russia faction in the State Duma Sergei Mironov Mironov SergeiA Just Russia Political Party Group leader : Mr President, yes.',
    );
    expect(out.text).toBe(
      'Head of the A Just Russia faction in the State Duma Sergei Mironov: Mr President, yes.',
    );
    expect(out.persons[0]?.cardPosition).toBe('A Just Russia Political Party Group leader');
  });

  it('ends a position where running text starts', () => {
    const out = strip(
      'President of Tajikistan Emomali Rahmon Rahmon EmomaliPresident of Tajikistan chaired the meeting.',
    );
    expect(out.text).toBe('President of Tajikistan Emomali Rahmon chaired the meeting.');
    expect(out.persons[0]?.cardPosition).toBe('President of Tajikistan');
  });

  it('stops a position at an "and" that repeats the printed position, even without no-break spaces', () => {
    const out = strip(
      'Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister and Director of the Federal Security Service Alexander Bortnikov Bortnikov AlexanderDirector of the Federal Security Service .',
    );
    expect(out.text).toBe(
      'Defence Minister Sergei Shoigu and Director of the Federal Security Service Alexander Bortnikov.',
    );
    expect(out.persons.map((p) => p.cardPosition)).toEqual([
      'Defence Minister',
      'Director of the Federal Security Service',
    ]);
  });

  it('leaves the tooltip at a no-break space: the page’s typography, never in cards', () => {
    const out = strip(
      'Presidential Aide Yury Ushakov Ushakov YuryAide to the President and\u00a0Rosneft Chief Igor Sechin Sechin IgorRosneft CEO, Chairman of the Management Board attended\u00a0the meeting.',
      true,
    );
    expect(out.text).toBe(
      'Presidential Aide Yury Ushakov and Rosneft Chief Igor Sechin attended the meeting.',
    );
    expect(out.persons.map((p) => p.cardPosition)).toEqual([
      'Aide to the President',
      'Rosneft CEO, Chairman of the Management Board',
    ]);
  });

  it('keeps the label colon of a card placed after it', () => {
    const out = strip(
      'Plenipotentiary Envoy Mikhail Babich: Babich Mikhail Mr President, in accordance with your decisions',
    );
    expect(out.text).toBe(
      'Plenipotentiary Envoy Mikhail Babich: Mr President, in accordance with your decisions',
    );
  });

  it('finds no card in repeated words that are no name', () => {
    for (const line of [
      'Safety. Safety. Comfort.',
      'We had had enough.',
      'New York, New York is a song.',
    ]) {
      expect(strip(line).persons).toEqual([]);
    }
  });
});

describe('stripTooltips: glossary notes', () => {
  it('cuts a note and keeps its glossary title', () => {
    const out = strip(
      'President of Tajikistan Emomali Rahmon Rahmon EmomaliPresident of Tajikistan chaired the meeting as the head of state presiding in the SCO Background information Shanghai Cooperation Organisation (SCO) and the CSTO Background information Collective Security Treaty Organisation (CSTO) this year.',
    );
    expect(out.text).toBe(
      'President of Tajikistan Emomali Rahmon chaired the meeting as the head of state presiding in the SCO and the CSTO this year.',
    );
    expect(out.terms.map((t) => [t.visible, t.term])).toEqual([
      ['SCO', 'Shanghai Cooperation Organisation (SCO)'],
      ['CSTO', 'Collective Security Treaty Organisation (CSTO)'],
    ]);
    for (const t of out.terms) expect(out.text.slice(t.start, t.end)).toBe(t.visible);
  });

  it('ends a title that repeats the visible words', () => {
    const duma = strip(
      'the State Duma Background information State Duma is, I think, working effectively.',
    );
    expect(duma.text).toBe('the State Duma is, I think, working effectively.');
    expect(duma.terms[0]).toMatchObject({ visible: 'State Duma', term: 'State Duma' });
    const sco = strip(
      'a summit of the Shanghai Cooperation Organisation Background information Shanghai Cooperation Organisation (SCO) (SCO) will take place.',
    );
    expect(sco.text).toBe(
      'a summit of the Shanghai Cooperation Organisation (SCO) will take place.',
    );
    expect(sco.terms[0]?.term).toBe('Shanghai Cooperation Organisation (SCO)');
  });
});

describe('stripTooltips: given names the page did not show', () => {
  it('takes every given name up to the glued position', () => {
    const out = strip(
      'Thank you, Mr Erdogan Erdogan Recep TayyipPresident of Turkey , for coming.',
    );
    expect(out.text).toBe('Thank you, Mr Erdogan, for coming.');
    expect(out.persons[0]).toMatchObject({
      visible: 'Erdogan',
      cardName: 'Erdogan Recep Tayyip',
      cardPosition: 'President of Turkey',
    });
  });
});

describe('stripTooltips: possessives', () => {
  it('finds a card after a possessive and keeps the possessive', () => {
    const out = strip(
      'We support Prime Minister Nikol Pashinyan’s Pashinyan NikolPrime Minister of the Republic of Armenia proposal.',
    );
    expect(out.text).toBe('We support Prime Minister Nikol Pashinyan’s proposal.');
    expect(out.persons[0]).toMatchObject({
      visible: 'Nikol Pashinyan',
      cardPosition: 'Prime Minister of the Republic of Armenia',
    });
  });
});
