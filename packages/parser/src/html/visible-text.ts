import type { PersonRef, TermRef } from '../document.js';
import { findElement, textOf, type HtmlElement, type HtmlNode } from './html-tree.js';

/** Bit flag of a character set in bold (`<b>`, `<strong>`). */
export const BOLD = 1;
/** Bit flag of a character set in italics (`<i>`, `<em>`). */
export const ITALIC = 2;

/**
 * The visible text of an element, whitespace collapsed and trimmed, with for every character its
 * source offset and typeface, and the person and organisation links found in it.
 */
export interface VisibleText {
  readonly text: string;
  readonly offsets: number[];
  /** Source end (exclusive) of each character, only when some character is a reference (`&amp;`). */
  readonly ends: number[] | null;
  /** Length of the leading stretch set in bold (spaces included): where a bold label can end. */
  readonly boldPrefix: number;
  /** Whether every visible character is set in bold or italics. */
  readonly allEmphasised: boolean;
  readonly persons: PersonRef[];
  readonly terms: TermRef[];
}

/**
 * Hidden or decorative subtrees, never page text: the site marks every tooltip, slider and
 * "See also" box with `masha-ignore` (its quote-sharing widget skips them too).
 * A substring test on the class attribute, as the reference reader (kremlin.py) does.
 */
export function isHidden(el: HtmlElement): boolean {
  const cls = el.attribs['class'];
  return cls !== undefined && (cls.includes('masha-ignore') || cls.includes('read__tooltip'));
}

/** Whitespace as the reader collapses it: ASCII space, controls, NBSP and the Unicode spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `/catalog/persons/1/biography` → 1: the site's person id in a person link. */
const PERSON_HREF = /\/catalog\/persons\/(\d+)/;

/** Collapses whitespace of a text run: what a reader sees. */
export function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

/**
 * Walks an element's visible text in one pass, collapsing whitespace as it goes. Character
 * references map every decoded character to the reference's first source offset; `<br>` reads
 * as a space.
 */
export function visibleText(root: HtmlElement): VisibleText {
  const chunks: string[] = [];
  let length = 0;
  const offsets: number[] = [];
  // Allocated at the first character reference; until then every end is offset + 1.
  let ends: number[] | null = null;
  let boldPrefix = -1;
  let plain = 0;
  // A space seen but not yet written: written only when visible text follows it.
  let spaceAt = -1;
  let spaceEnd = -1;
  const links: Array<{ kind: 'person' | 'term'; start: number; end: number; el: HtmlElement }> = [];

  const space = (at: number, end: number): void => {
    if (spaceAt < 0 && length > 0) {
      spaceAt = at;
      spaceEnd = end;
    }
  };
  const flushSpace = (): void => {
    if (spaceAt < 0) return;
    chunks.push(' ');
    offsets.push(spaceAt);
    ends?.push(spaceEnd);
    if (ends === null && spaceEnd !== spaceAt + 1)
      ends = [...offsets.slice(0, -1).map((o) => o + 1), spaceEnd];
    length++;
    spaceAt = -1;
  };

  // Iterative, so that deeply nested (hostile) markup cannot overflow the call stack. A frame is
  // a node to enter, or the close of a link whose start is then known.
  type Frame =
    | { node: HtmlNode; flags: number }
    | { close: HtmlElement; kind: 'person' | 'term'; start: number };
  const stack: Frame[] = [{ node: root, flags: 0 }];
  let openLinks = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      links.push({ kind: frame.kind, start: frame.start, end: length, el: frame.close });
      openLinks--;
      continue;
    }
    const { node, flags: f } = frame;
    if (node.kind === 'text') {
      const { data, start, entity } = node;
      let i = 0;
      while (i < data.length) {
        if (isSpaceCode(data.charCodeAt(i))) {
          space(entity ? start : start + i, entity ? node.end : start + i + 1);
          i++;
          continue;
        }
        let j = i + 1;
        while (j < data.length && !isSpaceCode(data.charCodeAt(j))) j++;
        flushSpace();
        if ((f & BOLD) === 0 && boldPrefix < 0) boldPrefix = length;
        if ((f & (BOLD | ITALIC)) === 0) plain += j - i;
        chunks.push(i === 0 && j === data.length ? data : data.slice(i, j));
        if (entity && ends === null) ends = offsets.map((o) => o + 1);
        for (let k = i; k < j; k++) offsets.push(entity ? start : start + k);
        if (ends !== null) for (let k = i; k < j; k++) ends.push(entity ? node.end : start + k + 1);
        length += j - i;
        i = j;
      }
      continue;
    }
    if (node !== root && isHidden(node)) continue;
    if (node.name === 'br') {
      space(node.start, Math.max(node.end, node.start + 1));
      continue;
    }
    let g = f;
    if (node.name === 'b' || node.name === 'strong') g |= BOLD;
    if (node.name === 'i' || node.name === 'em') g |= ITALIC;
    if (node.name === 'a') {
      const kind = node.classes.includes('person_tag')
        ? 'person'
        : node.classes.includes('termin_tag')
          ? 'term'
          : null;
      // The link's first visible character lands after a pending space, if any. A link inside a
      // link is not one (nor valid HTML): only the outermost is read, which also keeps hostile
      // nesting from costing a card search per level.
      if (kind !== null && openLinks === 0) {
        stack.push({ close: node, kind, start: length + (spaceAt >= 0 ? 1 : 0) });
        openLinks++;
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, flags: g });
  }
  const text = chunks.join('');

  const persons: PersonRef[] = [];
  const terms: TermRef[] = [];
  for (const link of links) {
    let start = Math.min(link.start, text.length);
    let end = Math.min(link.end, text.length);
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (start >= end) continue;
    const visible = text.slice(start, end);
    if (link.kind === 'person') persons.push(personRef(link.el, start, end, visible));
    else {
      const tip = findElement(link.el, (e) => e.classes.includes('tooltip_link'));
      const term = tip ? collapse(textOf(tip)) : '';
      if (term) terms.push({ start, end, visible, term });
    }
  }
  persons.sort((a, b) => a.start - b.start);
  terms.sort((a, b) => a.start - b.start);
  return {
    text,
    offsets,
    ends,
    boldPrefix: boldPrefix < 0 ? text.length : boldPrefix,
    allEmphasised: plain === 0,
    persons,
    terms,
  };
}

function personRef(el: HtmlElement, start: number, end: number, visible: string): PersonRef {
  const title = findElement(el, (e) => e.classes.includes('tooltip_title'));
  const desc = findElement(el, (e) => e.classes.includes('tooltip_description_dark'));
  const m = PERSON_HREF.exec(el.attribs['href'] ?? '');
  const id = m ? Number(m[1]) : NaN;
  const cardName = title ? collapse(textOf(title)) : '';
  const cardPosition = desc ? collapse(textOf(desc)) : '';
  return {
    start,
    end,
    visible,
    cardName: cardName || null,
    cardPosition: cardPosition || null,
    kremlinPersonId: Number.isSafeInteger(id) && id > 0 ? id : null,
  };
}
