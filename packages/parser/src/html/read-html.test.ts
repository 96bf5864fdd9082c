import { describe, expect, it } from 'vitest';
import { readHtml, readHtmlPage } from './read-html.js';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body><article><h1 class="entry-title p-name">Meeting with X</h1>
<div class="read__lead"><p>Lead.</p></div>
<div class="read__meta"><time class="read__published" datetime="2016-09-23">September 23, 2016</time><div class="read__time">13:45</div><div class="read__place p-location"><i></i>The Kremlin, Moscow</div></div>
<div class="entry-content e-content read__internal_content">${body}</div></article></body></html>`;
}

const CARD =
  '<a href="http://en.kremlin.ru/catalog/persons/213/biography" class="person_tag read__tag">Vyacheslav Volodin<span class="read__tooltip tooltip_person hidden masha-ignore"> <span class="tooltip__text"> <span class="tooltip_title tooltip_link">Volodin Vyacheslav</span><span class="tooltip_description_dark">State Duma Speaker</span></span> </span></a>';

describe('readHtml', () => {
  it('reads the header from its classes and the id from the canonical address', () => {
    const doc = readHtml(
      page(
        '<p><b>Q:</b> a</p>',
        '<link rel="canonical" href="52957.html"/><meta property="og:url" content="http://en.kremlin.ru/events/president/news/52957"/>',
      ),
    );
    expect(doc.header.title?.value).toBe('Meeting with X');
    expect(doc.header.date?.value).toBe('2016-09-23');
    expect(doc.header.time?.value).toBe('13:45');
    expect(doc.header.place?.value).toBe('The Kremlin, Moscow');
    expect(doc.header.kremlinId).toBe(52957);
    expect(doc.header.url).toBe('http://en.kremlin.ru/events/president/news/52957');
  });

  it('reads a bold label with the colon inside or after the bold, and an annotation', () => {
    const doc = readHtml(
      page(
        '<p><b>President of Russia Vladimir Putin:</b> Colleagues.</p><p><b>Sergei Mironov</b>: Yes.</p><p><b>Prime Minister of Israel Benjamin Netanyahu</b> (retranslated): Thank you.</p>',
      ),
    );
    expect(
      doc.blocks.map((b) => [
        b.label?.text,
        b.label?.annotations,
        b.text.slice(b.label?.bodyStart ?? 0),
      ]),
    ).toEqual([
      ['President of Russia Vladimir Putin', [], 'Colleagues.'],
      ['Sergei Mironov', [], 'Yes.'],
      ['Prime Minister of Israel Benjamin Netanyahu', ['retranslated'], 'Thank you.'],
    ]);
  });

  it('keeps card text out of the block text and keeps the card apart', () => {
    const doc = readHtml(page(`<p>Support ${CARD} as a candidate.</p><p><b>Q:</b> a</p>`));
    const [block] = doc.blocks;
    expect(block!.text).toBe('Support Vyacheslav Volodin as a candidate.');
    expect(block!.persons).toEqual([
      {
        start: 8,
        end: 26,
        visible: 'Vyacheslav Volodin',
        cardName: 'Volodin Vyacheslav',
        cardPosition: 'State Duma Speaker',
        kremlinPersonId: 213,
      },
    ]);
  });

  it('reads an organisation link with its glossary title', () => {
    const term =
      '<a class="termin_tag read__tag" href="http://en.kremlin.ru/catalog/glossary/92">CSTO<span class="read__tooltip tooltip_term hidden masha-ignore"><span class="tooltip_title tooltip_caption">Background information</span> <span class="tooltip_title tooltip_link">Collective Security Treaty Organisation (CSTO)</span></span></a>';
    const doc = readHtml(page(`<p>the ${term} member states</p>`));
    expect(doc.blocks[0]!.text).toBe('the CSTO member states');
    expect(doc.blocks[0]!.terms).toEqual([
      { start: 4, end: 8, visible: 'CSTO', term: 'Collective Security Treaty Organisation (CSTO)' },
    ]);
  });

  it('leaves "See also" boxes and sliders out', () => {
    const doc = readHtml(
      page(
        '<div class="read__cut masha-ignore"><h3>See also</h3><p>Other page</p></div><p>Text.</p>',
      ),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Text.']);
  });

  it('classifies separators, headings and italic stage lines as the reference reader does', () => {
    const doc = readHtml(
      page(
        '<p><b> * * *</b></p><p><b>Speech at the meeting</b></p><p><i>A video is played.</i></p><p>(Applause.)</p>',
      ),
    );
    expect(doc.blocks.map((b) => b.role)).toEqual(['separator', 'heading', 'stage', 'paragraph']);
  });

  it('maps decoded characters of entities to their source offsets', () => {
    const html = page('<p>Tom&nbsp;&amp; Jerry</p>');
    const doc = readHtml(html);
    const b = doc.blocks[0]!;
    expect(b.text).toBe('Tom & Jerry');
    expect(html.slice(b.offsets.startOf(4), b.offsets.endOf(4))).toBe('&amp;');
    expect(html.slice(b.offsets.startOf(6), b.offsets.startOf(10) + 1)).toBe('Jerry');
  });
});

describe('readHtml, markup slips', () => {
  it('reads a label whose bold runs a letter into the speech', () => {
    const doc = readHtml(page('<p><b>Vladimir Putin: I</b>t is essential.</p>'));
    expect(doc.blocks[0]!.label).toEqual({
      text: 'Vladimir Putin',
      annotations: [],
      bodyStart: 16,
    });
  });

  it('does not read a bold phrase with a colon inside as a label', () => {
    const doc = readHtml(page('<p><b>Note: this is important</b> and more.</p>'));
    expect(doc.blocks[0]!.label).toBeNull();
  });
});

describe('readHtml, tree building', () => {
  it('builds the tree as the reference reader does: a <div> inside a <p> does not split it', () => {
    const doc = readHtml(page('<p><b>Q:</b> one <div class="x">two</div> three</p>'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Q: one two three']);
  });

  it('treats a page with unbalanced tags in its body but a closing </html> as complete', () => {
    const html = page('<div><p><b>Q:</b> text</p>');
    expect(readHtmlPage(html)).toMatchObject({ hasBody: true, complete: true });
    expect(readHtmlPage(html.slice(0, html.indexOf('text')))).toMatchObject({ complete: false });
  });
});
