import type { Block, BlockRole, DocumentHeader, Located, TranscriptDocument } from '../document.js';
import { OffsetArray } from '../source-offsets.js';
import { findElement, hasClass, parseHtmlTree, type HtmlElement } from './html-tree.js';
import { labelOfBlock } from './html-label.js';
import { collapse, isHidden, visibleText, type VisibleText } from './visible-text.js';

/** Elements that make one paragraph-level block of the article body. */
const BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote']);

/** The `* * *` part separator, however spaced: `<p><b> * * *</b></p>`. */
const SEPARATOR = /^(?:\* ?\* ?\*|\*\*\*)$/;

/** `2016-09-23` in `<time class="read__published" datetime="2016-09-23">`. */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** The page id at the end of its address: `http://en.kremlin.ru/events/president/news/17113` or a saved `17113.html`. */
const PAGE_ID = /(?:^|\/)(\d+)(?:\.html?)?\/?(?:[?#].*)?$/;

/** Stage lines and headings are short; longer all-italic text is a quoted passage. */
const MAX_SET_LINE = 300;

/**
 * Reads a saved kremlin.ru page. The markup says what everything is: the header fields by their
 * classes, turns by a bold label, headings and stage lines by their typeface, person and
 * organisation links by `person_tag` / `termin_tag`; tooltips and furniture (`masha-ignore`) are
 * left out of the text. Block roles follow the reference reader of `tools/kremlin.py`.
 *
 * @example
 * const doc = readHtml(html);
 * doc.header.title?.value; // "Meeting with President of Uganda Yoweri Museveni"
 */
export function readHtml(source: string): TranscriptDocument {
  return readHtmlPage(source).document;
}

/** A read page and whether it is whole: its article body found, and closed before the input ended. */
export interface HtmlPage {
  readonly document: TranscriptDocument;
  /** Whether the site's article body (or a schema.org `articleBody`) was found, not just `<body>`. */
  readonly hasBody: boolean;
  /** False when the input ends before `</html>` (or, in a fragment, inside the article body): a truncated save. */
  readonly complete: boolean;
  /** The markup nests deeper than any page (see `MAX_DEPTH`); the document holds what came before. */
  readonly tooDeep: boolean;
}

/** `readHtml` with what `parseTranscript` needs to reject a truncated page, from one parse. */
export function readHtmlPage(source: string): HtmlPage {
  const { root, tooDeep } = parseHtmlTree(source);
  // The site's article body; failing that (a page saved by a tool that drops classes, a print
  // version) the schema.org article body, the document's <body>, or the whole fragment. Turns are
  // still only bold labels, so page chrome read this way adds no statements.
  const article =
    findElement(root, (el) => hasClass(el, 'read__internal_content')) ??
    findElement(root, (el) => el.attribs['itemprop'] === 'articleBody');
  const body = article ?? findElement(root, (el) => el.name === 'body') ?? root;
  const html = findElement(root, (el) => el.name === 'html');
  const blocks: Block[] = [];
  collectBlocks(body, blocks);
  return {
    document: { kind: 'html', header: readHeader(root), blocks },
    hasBody: article !== null,
    // A saved page ends in `</html>`; unbalanced tags inside a complete page must not make it
    // look cut off, so the body's own closing only counts for a fragment without `<html>`.
    complete: html !== null ? html.closed : body.closed,
    tooDeep,
  };
}

function readHeader(root: HtmlElement): DocumentHeader {
  const h1 = findElement(root, (el) => el.name === 'h1' && hasClass(el, 'entry-title'));
  const lead = findElement(root, (el) => hasClass(el, 'read__lead'));
  const time = findElement(root, (el) => el.name === 'time' && hasClass(el, 'read__published'));
  const hour = findElement(root, (el) => hasClass(el, 'read__time'));
  const place = findElement(root, (el) => hasClass(el, 'read__place'));
  const dateValue = ISO_DATE.exec(time?.attribs['datetime'] ?? '')?.[1] ?? null;
  const { url, kremlinId } = readAddress(root);
  const ogTitle = h1
    ? null
    : findElement(root, (el) => el.name === 'meta' && el.attribs['property'] === 'og:title');
  const ogValue = ogTitle ? collapse(ogTitle.attribs['content'] ?? '') : '';
  return {
    // The page's own heading; a page without it may still name itself in og:title.
    title:
      located(h1) ??
      (ogTitle && ogValue
        ? { value: ogValue, span: { start: ogTitle.start, end: ogTitle.end } }
        : null),
    lead: located(lead),
    date:
      time && dateValue ? { value: dateValue, span: { start: time.start, end: time.end } } : null,
    time: located(hour),
    place: located(place),
    kremlinId,
    url,
  };
}

function readAddress(root: HtmlElement): { url: string | null; kremlinId: number | null } {
  const canonical = findElement(
    root,
    (el) => el.name === 'link' && (el.attribs['rel'] ?? '').split(/\s+/).includes('canonical'),
  )?.attribs['href'];
  const og = findElement(root, (el) => el.name === 'meta' && el.attribs['property'] === 'og:url')
    ?.attribs['content'];
  // A saved page's canonical link is rewritten to the local file ("17113.html"); og:url keeps
  // the site's address, so it is the better URL, and either gives the id.
  const url = [og, canonical].find((u) => u !== undefined && /^https?:\/\//.test(u)) ?? null;
  for (const candidate of [canonical, og]) {
    // Bounded input for the regex: a real address is short, a hostile attribute may not be.
    const m = candidate && candidate.length <= 2048 ? PAGE_ID.exec(candidate.trim()) : null;
    const id = m ? Number(m[1]) : NaN;
    if (Number.isSafeInteger(id) && id > 0) return { url, kremlinId: id };
  }
  return { url, kremlinId: null };
}

function located(el: HtmlElement | null): Located | null {
  if (!el) return null;
  const v = visibleText(el);
  if (v.text.length === 0) return null;
  return {
    value: v.text,
    span: {
      start: v.offsets[0]!,
      end: v.ends?.[v.ends.length - 1] ?? v.offsets[v.offsets.length - 1]! + 1,
    },
  };
}

function collectBlocks(body: HtmlElement, out: Block[]): void {
  // Iterative depth-first walk in document order (hostile nesting must not overflow the stack).
  const stack: HtmlElement[] = [body];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== body) {
      if (isHidden(el) || (el.attribs['class'] ?? '').includes('read__bottommeta')) continue;
      if (BLOCK_TAGS.has(el.name)) {
        const block = toBlock(el);
        if (block) out.push(block);
        continue;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

function toBlock(el: HtmlElement): Block | null {
  const v = visibleText(el);
  if (v.text.length === 0) return null;
  const label = labelOfBlock(v.text, v.boldPrefix);
  return {
    role: label ? 'paragraph' : roleOf(v),
    text: v.text,
    span: { start: el.start, end: el.end },
    offsets: new OffsetArray(v.offsets, v.ends),
    label,
    persons: v.persons,
    terms: v.terms,
    wordCount: null,
  };
}

/**
 * A paragraph set wholly in bold or italics is a heading ("Speech at …") or, when it reads as a
 * sentence, a stage line ("A video is played.", "(A minute of silence.)").
 */
function roleOf(v: VisibleText): BlockRole {
  const { text } = v;
  if (SEPARATOR.test(text)) return 'separator';
  if (text.length >= MAX_SET_LINE || !v.allEmphasised) return 'paragraph';
  if (text.endsWith('.') || text.endsWith('!') || text.endsWith('.)')) return 'stage';
  if (text.startsWith('(') || text.startsWith('<') || text.startsWith('‹') || text.endsWith(':')) {
    return 'paragraph';
  }
  return 'heading';
}
