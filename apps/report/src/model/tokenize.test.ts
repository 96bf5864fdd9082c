import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '@stenogram/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusStatsOf } from './corpus-stats.js';
import { keyQuotes, sentences } from './key-quotes.js';
import { topKeywords } from './keywords.js';
import { STOP_WORDS } from './stop-words.js';
import { distinctTerms, terms, words, wordsAndTerms } from './tokenize.js';

const CORPUS =
  process.env['STENOGRAM_CORPUS'] ??
  join(import.meta.dirname, '../../../../../shared/corpus/kremlin-en');
if (!existsSync(CORPUS)) console.warn(`corpus tokeniser check skipped: no corpus at ${CORPUS}`);

describe('words', () => {
  it('reads texts of ASCII and common marks (the fast path) as the general path does', () => {
    const plain =
      'Russia\u2019s\u00a0role\u2026and \u201cgas\u201d\u2014prices \u2013 SCO-Afghanistan \u2018twas O\u02bcNeil it\u2019s';
    // One letter outside ASCII sends the text down the general path (NFKC, \p{L}).
    expect(words(`${plain} caf\u00e9`)).toEqual([...words(plain), 'caf\u00e9']);
    expect(words(plain)).toEqual([
      "russia's",
      'role',
      'and',
      'gas',
      'prices',
      'sco-afghanistan',
      'twas',
      "o'neil",
      "it's",
    ]);
  });
});

describe('terms', () => {
  it('drops stop words, short words and possessives, keeps inner hyphens', () => {
    expect(
      terms('Our colleagues’ remarks on the SCO-Afghanistan Contact Group and Russia’s role'),
    ).toEqual(['remarks', 'sco-afghanistan', 'contact', 'group', 'russia', 'role']);
  });
});

describe('topKeywords', () => {
  const corpus = corpusStatsOf([
    { statements: [{ text: 'gas gas oil economy' }] },
    { statements: [{ text: 'economy budget economy' }] },
    { statements: [{ text: 'economy schools' }] },
  ] as never);

  it('prefers terms rare in the corpus over terms every meeting has', () => {
    expect(topKeywords(['gas gas oil economy'], corpus, 2)).toEqual(['gas', 'oil']);
  });

  it('breaks ties alphabetically', () => {
    expect(topKeywords(['schools budget'], corpus, 2)).toEqual(['budget', 'schools']);
  });
});

describe('keyQuotes', () => {
  it('splits sentences at a full stop before a capital', () => {
    expect(sentences('One thing. Another thing! “Quoted” here')).toEqual([
      'One thing.',
      'Another thing!',
      '“Quoted” here',
    ]);
  });

  it('picks the sentences whose words are most central to the meeting, in meeting order', () => {
    const paragraph = (text: string) => ({ text, span: { start: 0, end: 0 } });
    const st = (ordinal: number, text: string) =>
      ({
        statementId: `s${ordinal}`,
        ordinal,
        speaker: { label: `Speaker ${ordinal}` },
        text,
        paragraphs: [paragraph(text)],
      }) as never;
    const statements = [
      st(
        0,
        'We met today in a good and friendly atmosphere with all our dear guests present here.',
      ),
      st(
        1,
        'Gas prices and gas transit through the pipeline system decide the gas balance of the region.',
      ),
      st(
        2,
        'The gas pipeline and gas prices remain our shared concern for the coming winter season.',
      ),
    ];
    const stats = corpusStatsOf([{ statements }] as never);
    expect(keyQuotes(statements, stats, 2).map((q) => q.statementId)).toEqual(['s1', 's2']);
  });
});

describe('terms (the one-pass plain path)', () => {
  // The definition, as the regexes say it: what the one-pass reading of plain texts must equal.
  const byRegex = (text: string) =>
    words(text)
      .map((w) => (w.endsWith("'s") ? w.slice(0, -2) : w))
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  const alphabet = [..."aAbsStTz-'’‘ʼ .,\n\u00a0—“”…0é"];

  it('gives the words of the regexes, on texts made of the marks that matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          expect(terms(text)).toEqual(byRegex(text));
          expect(wordsAndTerms(text)).toEqual({ words: words(text).length, terms: byRegex(text) });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the distinct terms of the regexes, in the order first seen', () => {
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        expect(distinctTerms(texts)).toEqual([...new Set(texts.flatMap(byRegex))]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every distinct term of a text with thousands of them', () => {
    // Words made of the letters of the numbers 0–4999: enough to outgrow any first table.
    const many = Array.from(
      { length: 5000 },
      (_, i) => [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('') + 'xyz',
    );
    const text = [...many, ...many.reverse()].join(' ');
    expect(distinctTerms([text])).toEqual([...new Set(byRegex(text))]);
    expect(distinctTerms([text])).toHaveLength(5000);
  });

  it.skipIf(!existsSync(CORPUS))(
    'gives the words of the regexes on every statement of the corpus',
    () => {
      const dir = join(CORPUS, 'text');
      let texts = 0;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const result = parseTranscript({ bytes: readFileSync(join(dir, file)), fileName: file });
        for (const e of result.events) {
          if (e.type !== 'statement-made') continue;
          texts++;
          expect(terms(e.data.text), `${file} #${e.data.ordinal}`).toEqual(byRegex(e.data.text));
          expect(wordsAndTerms(e.data.text).words).toBe(words(e.data.text).length);
        }
        const all = result.events.flatMap((e) =>
          e.type === 'statement-made' ? [e.data.text] : [],
        );
        expect(distinctTerms(all), file).toEqual([...new Set(all.flatMap(byRegex))]);
      }
      expect(texts).toBeGreaterThan(1000);
    },
  );
});
