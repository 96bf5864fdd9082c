import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvent, type EventDataOf, type StenogramEvent } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../src/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const name = 'sco-csto-joint-meeting-2021';
const source = readFileSync(path.join(fixtures, `${name}.txt`));
const result = parseTranscript({ bytes: source, fileName: `${name}.txt` });
const text = source.toString('utf8');

function dataOf<T extends StenogramEvent['type']>(type: T): Array<EventDataOf<T>> {
  return result.events.filter((e) => e.type === type).map((e) => e.data as EventDataOf<T>);
}

/** Tooltip debris that must never reach a name, position or statement. */
const DEBRIS =
  /Background information|Pashinyan Nikol|NikolPrime|Lukashenko Alexander|Rahmon Emomali/;

describe('the seed (sco-csto-joint-meeting-2021.txt)', () => {
  it('matches its golden events (regenerate with UPDATE_GOLDEN=1, on purpose only)', () => {
    const goldenPath = path.join(fixtures, `${name}.events.json`);
    const actual = `${JSON.stringify(result.events, null, 1)}\n`;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenPath, actual);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('lists the 11 participants in order, cards kept apart', () => {
    const people = dataOf('participant-listed');
    expect(people.map((p) => [p.name, p.position, p.sortName, p.cardPosition])).toEqual([
      [
        'Nikol Pashinyan',
        'Prime Minister of Armenia',
        'Pashinyan Nikol',
        'Prime Minister of the Republic of Armenia',
      ],
      [
        'Alexander Lukashenko',
        'President of Belarus',
        'Lukashenko Alexander',
        'President of Belarus',
      ],
      ['Xi Jinping', 'President of China', 'Xi Jinping', 'President of People’s Republic of China'],
      ['Narendra Modi', 'Prime Minister of India', 'Modi Narendra', 'Prime Minister of India'],
      ['Seyyed Ebrahim Raisi', 'President of Iran', null, null],
      [
        'Kassym-Jomart Tokayev',
        'President of Kazakhstan',
        'Tokayev Kassym-Jomart',
        'President of the Republic of Kazakhstan',
      ],
      [
        'Sadyr Japarov',
        'President of Kyrgyzstan',
        'Japarov Sadyr',
        'President of the Kyrgyz Republic',
      ],
      ['Imran Khan', 'Prime Minister of Pakistan', null, null],
      [
        'Shavkat Mirziyoyev',
        'President of Uzbekistan',
        'Mirziyoyev Shavkat',
        'President of Uzbekistan',
      ],
      [
        'Stanislav Zas',
        'Secretary General of the Collective Security Treaty Organisation',
        null,
        null,
      ],
      ['Vladimir Norov', 'Secretary-General of the Shanghai Cooperation Organisation', null, null],
    ]);
    expect(people[0]).toMatchObject({ personId: 'nikol-pashinyan', country: 'Armenia' });
    expect(people[9]).toMatchObject({
      country: null,
      organisation: 'Collective Security Treaty Organisation',
    });
  });

  it('names the chair', () => {
    expect(dataOf('chair-identified')).toMatchObject([
      { name: 'Emomali Rahmon', position: 'President of Tajikistan', personId: 'emomali-rahmon' },
    ]);
  });

  it('references the SCO and the CSTO once each', () => {
    expect(dataOf('organisation-referenced').map((o) => [o.abbreviation, o.name])).toEqual([
      ['SCO', 'Shanghai Cooperation Organisation (SCO)'],
      ['CSTO', 'Collective Security Treaty Organisation (CSTO)'],
    ]);
  });

  it('opens one section with the speech heading', () => {
    expect(dataOf('section-started').map((s) => s.heading)).toEqual([
      'Speech at joint meeting of SCO and CSTO Heads of State',
    ]);
  });

  it('has one statement by Vladimir Putin with 12 paragraphs', () => {
    const [s, ...rest] = dataOf('statement-made');
    expect(rest).toEqual([]);
    expect(s!.speaker).toMatchObject({
      label: 'President of Russia Vladimir Putin',
      name: 'Vladimir Putin',
      position: 'President of Russia',
      personId: 'vladimir-putin',
      kind: 'person',
    });
    expect(s!.paragraphs).toHaveLength(12);
    expect(s!.text.startsWith('Mr Rahmon, colleagues.')).toBe(true);
    expect(s!.text.endsWith('to work with Afghan partners.')).toBe(true);
    for (const p of s!.paragraphs) expect(text.slice(p.span.start, p.span.end)).toBe(p.text);
  });

  it('has no title, date or place', () => {
    expect(dataOf('meeting-opened')).toMatchObject([{ title: null, date: null, place: null }]);
  });

  it('keeps tooltip text out of every name, position and statement', () => {
    for (const e of result.events) {
      if (e.type === 'source-registered' || e.type === 'extraction-completed') continue;
      const d = e.data as Record<string, unknown>;
      for (const key of ['name', 'position', 'text', 'label']) {
        const value = d[key];
        if (typeof value === 'string') expect(value).not.toMatch(DEBRIS);
      }
      if (e.type === 'statement-made') expect(JSON.stringify(e.data.speaker)).not.toMatch(DEBRIS);
    }
  });

  it('emits only valid events', () => {
    for (const e of result.events) expect(parseEvent(e)).toMatchObject({ success: true });
  });
});
