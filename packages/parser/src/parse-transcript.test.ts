import { parseEvent } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { canonicalJson, digestEvents } from './digest-events.js';
import { parseTranscript, type ParseResult } from './parse-transcript.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const PAGE = `<!doctype html><html><head><link rel="canonical" href="17113.html"/></head><body>
<h1 class="entry-title">Meeting with President of Uganda Yoweri Museveni</h1>
<time class="read__published" datetime="2012-12-11">December 11, 2012</time><div class="read__time">15:00</div>
<div class="read__place">Novo-Ogaryovo, Moscow Region</div>
<div class="read__internal_content"><p>Two Presidents also exchanged views.</p>
<p><b>President of Russia Vladimir Putin:</b> Mr President, welcome. (Applause.)</p><p>More words.</p>
<p><b>President of Uganda Yoweri Museveni</b> (retranslated): Thank you.</p>
<p><b>Vladimir Putin:</b> Thank you. &lt;…&gt;</p></div></body></html>`;

const TEXT = 'President of Russia Vladimir Putin: Colleagues, good afternoon.\n\nQuestion: Why?\n';

function rejected(r: ParseResult, code: string): void {
  expect(r.accepted).toBe(false);
  expect(r.issues.map((i) => i.code)).toEqual([code]);
  expect(r.events.map((e) => e.type)).toEqual(['source-registered']);
}

describe('parseTranscript', () => {
  it('reads a saved page into valid events in contract order', () => {
    const r = parseTranscript({ bytes: enc(PAGE), fileName: '/some/dir/17113.html' });
    expect(r).toMatchObject({ accepted: true, inputKind: 'html', mediaType: 'text/html' });
    expect(r.events.map((e) => e.type)).toEqual([
      'source-registered',
      'extraction-started',
      'meeting-opened',
      'statement-made',
      'note-recorded',
      'statement-made',
      'statement-made',
      'note-recorded',
      'extraction-completed',
    ]);
    for (const e of r.events) expect(parseEvent(e)).toMatchObject({ success: true });
    expect(r.events[0]!.data).toMatchObject({ fileName: '17113.html', documentId: r.documentId });
    expect(r.documentId).toMatch(/^2012-12-11-meeting-with-president-of-uganda-yoweri-museveni/);
  });

  it('resolves the short label to the long label’s person and keeps annotations', () => {
    const r = parseTranscript({ bytes: enc(PAGE), fileName: '17113.html' });
    const speakers = r.events.flatMap((e) =>
      e.type === 'statement-made'
        ? [[e.data.speaker.label, e.data.speaker.personId, e.data.annotations]]
        : [],
    );
    expect(speakers).toEqual([
      ['President of Russia Vladimir Putin', 'vladimir-putin', []],
      ['President of Uganda Yoweri Museveni', 'yoweri-museveni', ['retranslated']],
      ['Vladimir Putin', 'vladimir-putin', []],
    ]);
  });

  it('ties notes to their statement and points spans at the evidence', () => {
    const r = parseTranscript({ bytes: enc(PAGE), fileName: '17113.html' });
    const statements = r.events.filter((e) => e.type === 'statement-made');
    const notes = r.events.filter((e) => e.type === 'note-recorded');
    expect(notes.map((n) => [n.data.kind, n.data.statementId])).toEqual([
      ['applause', statements[0]!.data.statementId],
      ['omission', statements[2]!.data.statementId],
    ]);
    expect(PAGE.slice(notes[0]!.data.span.start, notes[0]!.data.span.end)).toBe('(Applause.)');
    expect(PAGE.slice(notes[1]!.data.span.start, notes[1]!.data.span.end)).toBe('&lt;…&gt;');
  });

  it('is deterministic and its digest can be recomputed', () => {
    const a = parseTranscript({ bytes: enc(PAGE), fileName: '17113.html' });
    const b = parseTranscript({ bytes: enc(PAGE), fileName: '17113.html' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const completed = a.events[a.events.length - 1]!;
    expect(completed.type).toBe('extraction-completed');
    if (completed.type !== 'extraction-completed') return;
    expect(digestEvents(a.events.slice(1, -1))).toBe(completed.data.digest);
    expect(completed.data.counts['statement-made']).toBe(3);
  });

  it('derives the extraction id from the bytes and the parser version', () => {
    const a = parseTranscript({ bytes: enc(TEXT) });
    const b = parseTranscript({ bytes: enc(`${TEXT} `) });
    expect(a.extractionId).not.toBe(b.extractionId);
    expect(a.extractionId).toBe(
      parseTranscript({ bytes: enc(TEXT), fileName: 'other.txt' }).extractionId,
    );
  });

  it('detects the kind by content, not by the file name', () => {
    expect(parseTranscript({ bytes: enc(PAGE), fileName: 'page.txt' }).inputKind).toBe('html');
    expect(parseTranscript({ bytes: enc(TEXT), fileName: 'copied.html' }).inputKind).toBe('text');
  });

  it('accepts a BOM and CRLF line ends', () => {
    const r = parseTranscript({ bytes: enc(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`) });
    expect(r.accepted).toBe(true);
    expect(r.events.filter((e) => e.type === 'statement-made')).toHaveLength(2);
  });

  it('rejects empty, binary, invalid UTF-8 and non-transcript input with their codes', () => {
    rejected(parseTranscript({ bytes: enc('') }), 'empty');
    rejected(parseTranscript({ bytes: enc(' \n\t\r\n') }), 'empty');
    rejected(
      parseTranscript({ bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) }),
      'binary',
    );
    rejected(
      parseTranscript({ bytes: Uint8Array.from([0x48, 0x69, 0xc3, 0x28, 0x0a]) }),
      'invalid_utf8',
    );
    rejected(
      parseTranscript({ bytes: enc('Just a shopping list.\nMilk, bread.\n') }),
      'not_a_transcript',
    );
    rejected(
      parseTranscript({ bytes: enc('<html><body><p>Hello</p></body></html>') }),
      'not_a_transcript',
    );
  });

  it('reads a page without the site classes from its <body>, turns still by bold labels', () => {
    const r = parseTranscript({
      bytes: enc(
        '<html><head><meta property="og:title" content="Meeting"/></head><body><p>Intro.</p><p><b>Question:</b> Why?</p></body></html>',
      ),
    });
    expect(r.accepted).toBe(true);
    expect(r.events.find((e) => e.type === 'meeting-opened')?.data).toMatchObject({
      title: 'Meeting',
    });
    expect(r.events.filter((e) => e.type === 'statement-made')).toHaveLength(1);
  });

  it('rejects markup nested deeper than any page instead of parsing it in quadratic time', () => {
    const deep = `<html><body><div class="read__internal_content">${'<div>'.repeat(50_000)}<p><b>Q:</b> x</p></div></body></html>`;
    rejected(parseTranscript({ bytes: enc(deep), fileName: 'deep.html' }), 'too_deep');
  });

  it('rejects a page cut off inside its article body as truncated', () => {
    const cut = PAGE.slice(0, PAGE.indexOf('More words.'));
    const r = parseTranscript({ bytes: enc(cut), fileName: '17113.html' });
    rejected(r, 'truncated');
    expect(r.events[0]!.data).toMatchObject({
      mediaType: 'text/html',
      documentId: `sha256-${r.sha256.slice(0, 16)}`,
    });
  });
});

describe('parseTranscript output form', () => {
  it('builds every event in canonical key order, so the digest serialises without copying', () => {
    for (const bytes of [enc(PAGE), enc(TEXT)]) {
      for (const e of parseTranscript({ bytes, fileName: 'x' }).events)
        expect(JSON.stringify(e)).toBe(canonicalJson(e));
    }
  });
});

describe('parseTranscript digests', () => {
  it('carries the digest an audit recomputes, for html and text', () => {
    for (const [bytes, name] of [
      [enc(PAGE), 'p.html'],
      [enc(TEXT), 't.txt'],
    ] as const) {
      const events = parseTranscript({ bytes, fileName: name }).events;
      const last = events[events.length - 1]!;
      if (last.type !== 'extraction-completed') throw new Error('no extraction-completed');
      expect(digestEvents(events.slice(1, -1))).toBe(last.data.digest);
    }
  });
});
