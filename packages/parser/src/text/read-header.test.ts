import { describe, expect, it } from 'vitest';
import { isPlace, readHeader, type HeaderLine } from './read-header.js';

function lines(...texts: string[]): HeaderLine[] {
  let at = 0;
  return texts.map((text) => {
    const line = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return line;
  });
}

describe('readHeader', () => {
  it('reads title, lead, date, time and place from the head of a copied page', () => {
    const texts = [
      'Meeting with President of Uganda Yoweri Museveni',
      'Vladimir Putin and President of Uganda Yoweri Museveni discussed prospects for bilateral cooperation.',
      'December 11, 2012',
      '15:00',
      'Novo-Ogaryovo, Moscow Region',
      'With President of Uganda Yoweri Museveni.',
    ];
    const source = texts.join('\n');
    const { header, bodyFrom } = readHeader(lines(...texts));
    expect(header.title?.value).toBe('Meeting with President of Uganda Yoweri Museveni');
    expect(header.lead?.value).toMatch(/^Vladimir Putin and/);
    expect(header.date?.value).toBe('2012-12-11');
    expect(header.time?.value).toBe('15:00');
    expect(header.place?.value).toBe('Novo-Ogaryovo, Moscow Region');
    expect(source.slice(header.date?.span.start, header.date?.span.end)).toBe('December 11, 2012');
    expect(bodyFrom).toBe(5);
  });

  it('leaves the lead and the place null when the page has none', () => {
    const { header, bodyFrom } = readHeader(
      lines(
        'Address to the Nation',
        'April 2, 2020',
        '16:50',
        'Address to the Nation.',
        'President of Russia Vladimir Putin: Citizens of Russia, friends,',
      ),
    );
    expect(header.title?.value).toBe('Address to the Nation');
    expect(header.lead).toBeNull();
    expect(header.place).toBeNull();
    expect(bodyFrom).toBe(3);
  });

  it('guesses nothing for a copy of the body alone', () => {
    const { header, bodyFrom } = readHeader(
      lines(
        'President of Tajikistan Emomali Rahmon chaired the meeting.',
        'Speech at joint meeting',
      ),
    );
    expect(header).toEqual({
      title: null,
      lead: null,
      date: null,
      time: null,
      place: null,
      kremlinId: null,
      url: null,
    });
    expect(bodyFrom).toBe(0);
  });
});

describe('isPlace', () => {
  it('takes short capitalised names', () => {
    for (const p of ['The Kremlin, Moscow', 'Sochi', 'Rzhev District, Tver Region', 'Taman, Kerch'])
      expect(isPlace(p)).toBe(true);
  });

  it('refuses captions, sentences and labels', () => {
    for (const p of [
      'Address to the Nation.',
      'Mr Fischer is in Russia on an official visit.',
      'Question: What objectives?',
      '* * *',
    ]) {
      expect(isPlace(p)).toBe(false);
    }
  });
});
