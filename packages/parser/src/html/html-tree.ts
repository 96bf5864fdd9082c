import { Parser, Tokenizer, type Handler, type ParserOptions } from 'htmlparser2';

/** A text piece of the source: `data` decoded, `start` its first source offset. */
export interface HtmlText {
  readonly kind: 'text';
  readonly data: string;
  readonly start: number;
  /** Source offset just past the piece. */
  readonly end: number;
  /** True when `data` is the decoding of one character reference (`&amp;`): every char maps to `start`. */
  readonly entity: boolean;
}

/** An element with its children, in source order. */
export interface HtmlElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  /** Space-separated class list, split once. */
  readonly classes: readonly string[];
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
  readonly start: number;
  end: number;
  /** False when the input ended before the element's end tag (a truncated page). */
  closed: boolean;
}

/** A node of the light tree: text or element. */
export type HtmlNode = HtmlText | HtmlElement;

/** The parsed page: the root element, and whether parsing stopped at `MAX_DEPTH`. */
export interface HtmlTree {
  readonly root: HtmlElement;
  /** True when the markup nested deeper than any page does; the tree holds what came before. */
  readonly tooDeep: boolean;
}

/**
 * Nesting depth at which parsing stops. Saved pages nest about 30 deep; htmlparser2 keeps its
 * open-element stack with `unshift`, so hostile input nesting tens of thousands deep would cost
 * quadratic time.
 */
export const MAX_DEPTH = 1000;

/** Thrown from the parser's callback to stop it; caught in `parseHtmlTree`. */
class DepthExceeded extends Error {}

/** Elements without content or end tag, as the reference reader (kremlin.py) lists them. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** htmlparser2's HTML tokenizer (character references, script and style as raw text) in any parser mode. */
class HtmlTokenizer extends Tokenizer {
  constructor(options: ParserOptions, cbs: ConstructorParameters<typeof Tokenizer>[1]) {
    super({ ...options, xmlMode: false }, cbs);
  }
}

/**
 * A parser that builds the tree the way the reference reader does (Python's `html.parser` with a
 * plain stack): an end tag closes up to its matching open element, an unmatched end tag is
 * ignored, and nothing closes implicitly — `<p>a<div>b</div>c</p>` is one paragraph. htmlparser2's
 * HTML mode would close the `<p>` at the `<div>` and split it; its tree-building rules are off
 * here (`xmlMode`) while its HTML tokenizer is kept.
 */
class ReferenceParser extends Parser {
  constructor(cbs: Partial<Handler>) {
    super(cbs, {
      xmlMode: true,
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
      Tokenizer: HtmlTokenizer,
    });
  }

  override isVoidElement(name: string): boolean {
    return VOID.has(name);
  }
}

/** Elements whose text is never page text. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Parses HTML into a light tree with source offsets, built as the reference reader builds it
 * (see `ReferenceParser`). htmlparser2's streaming `Parser` is used
 * rather than its DOM handler because the DOM merges adjacent text and character references
 * into one node, losing which decoded characters came from which source bytes; here every
 * `ontext` call is one tokenizer piece, so a span can point at the exact source.
 */
export function parseHtmlTree(source: string): HtmlTree {
  const root: HtmlElement = {
    kind: 'element',
    name: '#root',
    attribs: {},
    classes: [],
    children: [],
    parent: null,
    start: 0,
    end: source.length,
    closed: true,
  };
  let current = root;
  let rawDepth = 0;
  let depth = 0;
  // Set once the whole input is written: the closes htmlparser2 then reports are implied by the
  // end of input, not written in the page.
  let atEof = false;
  const parser: Parser = new ReferenceParser({
    onopentag(name, attribs) {
      if (++depth > MAX_DEPTH) throw new DepthExceeded();
      const cls = attribs['class'];
      const el: HtmlElement = {
        kind: 'element',
        name,
        attribs,
        classes: cls ? cls.split(/\s+/).filter((c) => c.length > 0) : [],
        children: [],
        parent: current,
        start: parser.startIndex,
        end: parser.endIndex + 1,
        closed: false,
      };
      current.children.push(el);
      current = el;
      if (RAW_TEXT.has(name)) rawDepth++;
    },
    onclosetag(name, isImplied) {
      if (current.parent === null) return;
      // An implied close (`<p>a<p>b`, a void element) ends where the token implying it starts,
      // so that sibling blocks' spans never overlap.
      current.end = atEof
        ? source.length
        : isImplied
          ? Math.max(current.start, parser.startIndex)
          : parser.endIndex + 1;
      current.closed = !atEof;
      if (RAW_TEXT.has(name)) rawDepth--;
      depth--;
      current = current.parent;
    },
    ontext(data) {
      if (rawDepth > 0) return;
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      const entity = data.length !== end - start;
      current.children.push({ kind: 'text', data, start, end, entity });
    },
  });
  try {
    parser.write(source);
    atEof = true;
    parser.end();
  } catch (error) {
    if (!(error instanceof DepthExceeded)) throw error;
    return { root, tooDeep: true };
  }
  return { root, tooDeep: false };
}

/** Whether the element carries the class (exact token). */
export function hasClass(el: HtmlElement, cls: string): boolean {
  return el.classes.includes(cls);
}

/** First element, depth first, that satisfies the predicate. */
export function findElement(
  node: HtmlElement,
  pred: (el: HtmlElement) => boolean,
): HtmlElement | null {
  // An explicit stack: real pages nest deeply enough that recursion depth is not a concern, but
  // mutated or hostile input may not be.
  const stack: HtmlElement[] = [node];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (pred(el)) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
  return null;
}

/** Concatenated decoded text of a subtree; `skip` prunes subtrees (hidden tooltips). */
export function textOf(node: HtmlNode, skip: (el: HtmlElement) => boolean = () => false): string {
  if (node.kind === 'text') return node.data;
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'text') {
      parts.push(n.data);
      continue;
    }
    if (n !== node && skip(n)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('');
}
