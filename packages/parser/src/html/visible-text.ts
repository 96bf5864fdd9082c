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
  /** Source end (exclusive) of each character: past the whole reference for `&amp;`. */
  readonly ends: number[];
  readonly flags: Uint8Array;
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

interface RawLink {
  readonly kind: 'person' | 'term';
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly el: HtmlElement;
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
 * Walks an element's visible text. Character references map every decoded character to the
 * reference's first source offset; `<br>` reads as a space.
 */
export function visibleText(root: HtmlElement): VisibleText {
  const rawChars: string[] = [];
  const rawOffsets: number[] = [];
  const rawEnds: number[] = [];
  const rawFlags: number[] = [];
  const links: RawLink[] = [];

  // Iterative, so that deeply nested (hostile) markup cannot overflow the call stack. A frame is
  // a node to enter, or the close of a link whose raw range is then known.
  type Frame = { node: HtmlNode; flags: number } | { close: HtmlElement; kind: 'person' | 'term'; rawStart: number };
  const stack: Frame[] = [{ node: root, flags: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      links.push({ kind: frame.kind, rawStart: frame.rawStart, rawEnd: rawChars.length, el: frame.close });
      continue;
    }
    const { node, flags } = frame;
    if (node.kind === 'text') {
      for (let i = 0; i < node.data.length; i++) {
        rawChars.push(node.data[i]!);
        rawOffsets.push(node.entity ? node.start : node.start + i);
        rawEnds.push(node.entity ? node.end : node.start + i + 1);
        rawFlags.push(flags);
      }
      continue;
    }
    if (node !== root && isHidden(node)) continue;
    if (node.name === 'br') {
      rawChars.push(' ');
      rawOffsets.push(node.start);
      rawEnds.push(Math.max(node.end, node.start + 1));
      rawFlags.push(flags);
      continue;
    }
    let f = flags;
    if (node.name === 'b' || node.name === 'strong') f |= BOLD;
    if (node.name === 'i' || node.name === 'em') f |= ITALIC;
    if (node.name === 'a') {
      const kind = node.classes.includes('person_tag')
        ? 'person'
        : node.classes.includes('termin_tag')
          ? 'term'
          : null;
      if (kind !== null) stack.push({ close: node, kind, rawStart: rawChars.length });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, flags: f });
  }

  // Collapse whitespace, remembering where each raw index lands.
  let text = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  const flagsOut: number[] = [];
  const map = new Int32Array(rawChars.length + 1);
  let pendingSpace = -1;
  for (let i = 0; i < rawChars.length; i++) {
    const ch = rawChars[i]!;
    if (isSpaceCode(ch.charCodeAt(0))) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      map[i] = text.length + (pendingSpace >= 0 ? 1 : 0);
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      offsets.push(rawOffsets[pendingSpace]!);
      ends.push(rawEnds[pendingSpace]!);
      flagsOut.push(rawFlags[pendingSpace]!);
      pendingSpace = -1;
    }
    map[i] = text.length;
    text += ch;
    offsets.push(rawOffsets[i]!);
    ends.push(rawEnds[i]!);
    flagsOut.push(rawFlags[i]!);
  }
  map[rawChars.length] = text.length;

  const persons: PersonRef[] = [];
  const terms: TermRef[] = [];
  for (const link of links) {
    let start = Math.min(map[link.rawStart]!, text.length);
    let end = Math.min(map[link.rawEnd]!, text.length);
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
  return { text, offsets, ends, flags: Uint8Array.from(flagsOut), persons, terms };
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
