import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, TranscriptDocument } from '../document.js';
import { readText } from './read-text.js';

/** The seed lives beside the repository: ../shared/corpus/seed from the repository root. */
const SEED = fileURLToPath(
  new URL('../../../../../shared/corpus/seed/sco-csto-joint-meeting-2021.txt', import.meta.url),
);
const seedPresent = existsSync(SEED);
if (!seedPresent) console.warn(`seed not found at ${SEED}: its test is skipped`);

/** Every character of every block points at itself (or at spacing) in the source, inside the block's span. */
function expectFaithful(doc: TranscriptDocument, source: string): void {
  for (const b of doc.blocks) {
    expect(b.offsets).toHaveLength(b.text.length);
    [...b.text].forEach((ch, i) => {
      const at = b.offsets.startOf(i);
      expect(at >= b.span.start && at < b.span.end).toBe(true);
      if (ch !== ' ') expect(source.charAt(at)).toBe(ch);
    });
    if (b.wordCount !== null) expect(b.wordCount).toBe(b.text.split(' ').length);
  }
}

const turnOf = (b: Block): string => (b.label ? b.text.slice(b.label.bodyStart) : b.text);

describe('readText: the seed (sco-csto-joint-meeting-2021.txt)', () => {
  it.skipIf(!seedPresent)('reads the body exactly', () => {
    const source = readFileSync(SEED, 'utf8');
    const doc = readText(source);
    expect(doc.kind).toBe('text');
    expect(doc.header).toEqual({
      title: null,
      lead: null,
      date: null,
      time: null,
      place: null,
      kremlinId: null,
      url: null,
    });
    expectFaithful(doc, source);

    const [participants, chair] = doc.blocks;
    // Raisi, Imran Khan, Zas and Norov are no links with a card: a copy leaves no trace of them
    // as links, so the extractor finds them in the list by its structure.
    expect(participants?.persons.map((p) => [p.visible, p.cardName, p.cardPosition])).toEqual([
      ['Nikol Pashinyan', 'Pashinyan Nikol', 'Prime Minister of the Republic of Armenia'],
      ['Alexander Lukashenko', 'Lukashenko Alexander', 'President of Belarus'],
      ['Xi Jinping', 'Xi Jinping', 'President of People’s Republic of China'],
      ['Narendra Modi', 'Modi Narendra', 'Prime Minister of India'],
      ['Kassym-Jomart Tokayev', 'Tokayev Kassym-Jomart', 'President of the Republic of Kazakhstan'],
      ['Sadyr Japarov', 'Japarov Sadyr', 'President of the Kyrgyz Republic'],
      ['Shavkat Mirziyoyev', 'Mirziyoyev Shavkat', 'President of Uzbekistan'],
    ]);
    expect(participants?.text).toContain(
      'President of Iran Seyyed Ebrahim Raisi, President of Kazakhstan Kassym-Jomart Tokayev, ',
    );
    expect(participants?.text).toContain('Prime Minister of Pakistan Imran Khan, ');
    expect(participants?.text).toMatch(
      /Stanislav Zas and Secretary-General of the Shanghai Cooperation Organisation Vladimir Norov\.$/,
    );
    expect(participants?.text).not.toMatch(/Pashinyan Nikol|Background information/);

    expect(chair?.text).toBe(
      'President of Tajikistan Emomali Rahmon chaired the meeting as the head of state presiding in the SCO and the CSTO this year.',
    );
    expect(chair?.persons).toMatchObject([
      {
        visible: 'Emomali Rahmon',
        cardName: 'Rahmon Emomali',
        cardPosition: 'President of Tajikistan',
      },
    ]);
    expect(chair?.terms.map((t) => [t.visible, t.term])).toEqual([
      ['SCO', 'Shanghai Cooperation Organisation (SCO)'],
      ['CSTO', 'Collective Security Treaty Organisation (CSTO)'],
    ]);

    const headings = doc.blocks.filter((b) => b.role === 'heading');
    expect(headings.map((b) => b.text)).toEqual([
      'Speech at joint meeting of SCO and CSTO Heads of State',
    ]);
    const labelled = doc.blocks.filter((b) => b.label);
    expect(labelled.map((b) => b.label)).toEqual([
      { text: 'President of Russia Vladimir Putin', annotations: [], bodyStart: 36 },
    ]);
    const turn = doc.blocks.slice(doc.blocks.indexOf(labelled[0] as Block));
    expect(turn.every((b) => b.role === 'paragraph')).toBe(true);
    expect(turn).toHaveLength(12);
    expect(turnOf(turn[0] as Block)).toBe('Mr Rahmon, colleagues.');
    expect(turn[11]?.text).toMatch(/to work with Afghan partners\.$/);
  });
});

describe('readText', () => {
  const page = [
    'Meeting with Government members',
    'Vladimir Putin held a meeting with Government members.',
    'March 17, 2020',
    '15:00',
    'The Kremlin, Moscow',
    'With Deputy Prime Minister Olga Golodets.',
    'Taking part in the meeting were Deputy Prime Minister Olga Golodets Golodets OlgaDeputy Prime Minister , and Minister of Industry and Trade Denis Manturov Manturov DenisIndustry and Trade Minister .',
    '* * *',
    'President of Russia Vladimir Putin: Good afternoon, colleagues.',
    'First, let us look at the situation in the regions.',
    '(A minute of silence.)',
    'Denis Manturov: Mr President, our industry is working.',
    'See also',
    'Meeting with Government members',
    'March 10, 2020',
    'Vladimir Putin: Good.',
  ];

  it('reads header, furniture, separator, stage lines and turns', () => {
    const source = page.join('\n') + '\n';
    const doc = readText(source);
    expectFaithful(doc, source);
    expect(doc.header.title?.value).toBe('Meeting with Government members');
    expect(doc.header.date?.value).toBe('2020-03-17');
    expect(doc.header.place?.value).toBe('The Kremlin, Moscow');
    expect(doc.blocks.map((b) => [b.role, b.label?.text ?? null])).toEqual([
      ['furniture', null],
      ['paragraph', null],
      ['separator', null],
      ['paragraph', 'President of Russia Vladimir Putin'],
      ['paragraph', null],
      ['stage', null],
      ['paragraph', 'Denis Manturov'],
      ['furniture', null],
      ['furniture', null],
      ['furniture', null],
      ['paragraph', 'Vladimir Putin'],
    ]);
    expect(doc.blocks[1]?.text).toBe(
      'Taking part in the meeting were Deputy Prime Minister Olga Golodets, and Minister of Industry and Trade Denis Manturov.',
    );
  });

  it('reads blank-line separated blocks and CRLF alike, with spans over whole source lines', () => {
    const lf = readText(page.join('\n'));
    const source = page.join('\r\n\r\n') + '\r\n';
    const crlf = readText(source);
    expect(crlf.blocks.map((b) => [b.role, b.text, b.label])).toEqual(
      lf.blocks.map((b) => [b.role, b.text, b.label]),
    );
    expectFaithful(crlf, source);
    const cards = crlf.blocks[1];
    expect(source.slice(cards?.span.start, cards?.span.end)).toBe(page[6]);
  });

  it('goes on with a turn whose label line has no text, even when the next line looks like a heading', () => {
    const doc = readText(
      'Vladimir Putin:\nOpening of the new Arctic terminal\nIt is a big day for us.\n',
    );
    expect(doc.blocks.map((b) => b.role)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(doc.blocks[0]?.label).toEqual({
      text: 'Vladimir Putin',
      annotations: [],
      bodyStart: 15,
    });
  });

  it('gives an empty document for empty input and never throws on odd text', () => {
    expect(readText('').blocks).toEqual([]);
    for (const odd of [
      '\n\n\r\n',
      ':',
      ' : : ',
      '(',
      '* * *',
      'A A A A A A A A A',
      'Background information Background information',
    ]) {
      expect(() => readText(odd)).not.toThrow();
    }
  });

  it('counts the words of a line without tooltip text, and leaves a line with a card uncounted', () => {
    const source =
      'President of Russia Vladimir Putin: Mr\u00a0Rahmon,  colleagues.\nPrime Minister of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of Armenia , thank you.\n';
    const [plain, card] = readText(source).blocks;
    expect(plain?.wordCount).toBe(8);
    expect(card?.persons).toHaveLength(1);
    expect(card?.wordCount).toBeNull();
  });

  it('finds a glossary note whose marker a zero width space splits in the source', () => {
    const source =
      'Vladimir Putin: We met in the CSTO Back\u200bground information Collective Security Treaty Organisation (CSTO) format.\n';
    const b = readText(source).blocks[0]!;
    expect(b.text).toBe('Vladimir Putin: We met in the CSTO format.');
    expect(b.terms.map((t) => t.term)).toEqual(['Collective Security Treaty Organisation (CSTO)']);
  });
});
