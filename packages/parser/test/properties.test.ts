import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEvent } from '@stenogram/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParseResult } from '../src/index.js';
import { corpusMissingMessage, hasKremlinCorpus, kremlinDir } from './corpus-dir.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every span lies inside the decoded source; statements' spans do not overlap. */
function checkInvariants(result: ParseResult, sourceLength: number): void {
  const statements: Array<{ start: number; end: number }> = [];
  for (const e of result.events) {
    const valid = parseEvent(e);
    expect(valid.success ? '' : valid.message, e.type).toBe('');
    const d = e.data as Record<string, unknown>;
    const spans: Array<{ start: number; end: number }> = [];
    if (d['span']) spans.push(d['span'] as { start: number; end: number });
    if (e.type === 'statement-made') {
      statements.push(e.data.span);
      for (const p of e.data.paragraphs) spans.push(p.span);
    }
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(sourceLength);
    }
  }
  statements.sort((a, b) => a.start - b.start);
  for (let i = 1; i < statements.length; i++)
    expect(statements[i]!.start).toBeGreaterThanOrEqual(statements[i - 1]!.end);
}

const decodedLength = (bytes: Uint8Array): number => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).length;
  } catch {
    return 0;
  }
};

/** Pieces that make random input look like a transcript more often than pure noise would. */
const transcriptish = fc.constantFrom(
  'President of Russia Vladimir Putin: ',
  'Question: ',
  '\n',
  '\n\n',
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<div class="read__internal_content">',
  '</div>',
  '(Applause.)',
  '<…>',
  '* * *',
  '&amp;',
  '&nbsp;',
  ' Pashinyan NikolPrime Minister of Armenia , ',
  'Background information Collective Security Treaty Organisation (CSTO)',
  'Taking part in the meeting were ',
  ', ',
  ' and ',
  'December 11, 2012\n',
);

describe('parseTranscript on arbitrary input', { timeout: 120_000 }, () => {
  it('never throws, keeps spans inside the source and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .array(fc.oneof(transcriptish, fc.string({ maxLength: 12 })), { maxLength: 60 })
            .map((a) => a.join('')),
        ),
        (s) => {
          const bytes = enc(s);
          const a = parseTranscript({ bytes, fileName: 'x.txt' });
          checkInvariants(a, decodedLength(bytes));
          expect(JSON.stringify(parseTranscript({ bytes, fileName: 'x.txt' }))).toBe(
            JSON.stringify(a),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = parseTranscript({ bytes });
        checkInvariants(r, decodedLength(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasKremlinCorpus)(
  'parseTranscript on mutated corpus pages',
  { timeout: 120_000 },
  () => {
    if (!hasKremlinCorpus) it.skip(corpusMissingMessage, () => {});
    const pick = (dir: string, n: number): string[] =>
      hasKremlinCorpus
        ? readdirSync(path.join(kremlinDir, dir))
            .sort()
            .filter((_, i) => i % Math.max(1, Math.floor(204 / n)) === 0)
            .slice(0, n)
            .map((f) => path.join(kremlinDir, dir, f))
        : [];
    const pages = [...pick('html', 6), ...pick('text', 6)].map((f) => ({
      name: path.basename(f),
      bytes: readFileSync(f),
    }));

    it('never throws on cut, spliced or byte-flipped pages', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...pages),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.uint8Array({ maxLength: 8 })), {
            minLength: 1,
            maxLength: 6,
          }),
          (page, edits) => {
            let bytes: Uint8Array = page.bytes;
            for (const [at, del, ins] of edits) {
              const i = at % (bytes.length + 1);
              const next = new Uint8Array(
                bytes.length - Math.min(del, bytes.length - i) + ins.length,
              );
              next.set(bytes.subarray(0, i), 0);
              next.set(ins, i);
              next.set(bytes.subarray(Math.min(bytes.length, i + del)), i + ins.length);
              bytes = next;
            }
            const r = parseTranscript({ bytes, fileName: page.name });
            checkInvariants(r, decodedLength(bytes));
          },
        ),
        { numRuns: 60 },
      );
    });

    it('keeps spans inside the source and statements apart on every intact page', () => {
      for (const dir of ['html', 'text']) {
        for (const f of readdirSync(path.join(kremlinDir, dir))) {
          const bytes = readFileSync(path.join(kremlinDir, dir, f));
          const r = parseTranscript({ bytes, fileName: f });
          expect(r.accepted, f).toBe(true);
          checkInvariants(r, bytes.toString('utf8').replace(/^\uFEFF/, '').length);
        }
      }
    });
  },
);

describe('input size', { timeout: 120_000 }, () => {
  it('parses a 1 MB single line and a large many-turn input (linear: no backtracking regexes)', () => {
    const line =
      'President of Russia Vladimir Putin: ' + 'word (word) <b> ('.repeat(1_000_000 / 17);
    expect(parseTranscript({ bytes: enc(line) }).accepted).toBe(true);
    const html = `<html><body><div class="read__internal_content"><p><b>${'a'.repeat(1_000_000)}</b></p><p><b>Q:</b> x</p></div></body></html>`;
    expect(parseTranscript({ bytes: enc(html) }).accepted).toBe(true);
    const list = `Taking part were ${'Ivan Petrov and '.repeat(60_000)}Ivan Petrov.\nQuestion: Why?\n`;
    expect(parseTranscript({ bytes: enc(list) }).accepted).toBe(true);
    const links = `<html><body><div class="read__internal_content"><p>${'Minister <a class="person_tag" href="/catalog/persons/1">Ivan Petrov</a>. '.repeat(10_000)}</p><p><b>Q:</b> x</p></div></body></html>`;
    expect(parseTranscript({ bytes: enc(links) }).accepted).toBe(true);
    const turns = Array.from(
      { length: 20_000 },
      (_, i) => `Speaker Number${i % 50} Person: Thank you. (Applause.) <…> Next.`,
    ).join('\n');
    expect(parseTranscript({ bytes: enc(turns) }).events.length).toBeGreaterThan(20_000);
  });
});
