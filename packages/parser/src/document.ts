import type { Span } from '@stenogram/schema';
import type { SourceOffsets } from './source-offsets.js';

/**
 * The reader-neutral form of one transcript page. Both readers produce it — `readHtml` from the
 * markup, `readText` from copied text — and one extractor turns it into events, so the two input
 * kinds cannot drift apart in what they extract. All spans are offsets into the decoded source.
 */
export interface TranscriptDocument {
  readonly kind: 'html' | 'text';
  readonly header: DocumentHeader;
  readonly blocks: readonly Block[];
}

/** The page header; every field null where the input does not have it. */
export interface DocumentHeader {
  readonly title: Located | null;
  readonly lead: Located | null;
  /** ISO `YYYY-MM-DD`. */
  readonly date: Located | null;
  /** `HH:MM` as printed. */
  readonly time: Located | null;
  readonly place: Located | null;
  /** The site's id of the page, from its canonical URL. */
  readonly kremlinId: number | null;
  readonly url: string | null;
}

/** A value and the source it was read from. */
export interface Located {
  readonly value: string;
  readonly span: Span;
}

/**
 * One paragraph-level block of the body, with page furniture and tooltip text already removed.
 * `text` is what a reader sees, whitespace collapsed to single spaces, trimmed.
 */
export interface Block {
  /** What the block is, as far as the reader can tell from the input's own markers. */
  readonly role: BlockRole;
  readonly text: string;
  /** The whole block in the source, tooltip text included. */
  readonly span: Span;
  /**
   * Where each character of `text` came from and ends in the source (`offsets.length` is
   * `text.length`). Lets the extractor give sub-spans (a label, one name of a list). In HTML a
   * character read from a reference (`&gt;`) ends where the reference ends, so that a span ending
   * in it covers all of it.
   */
  readonly offsets: SourceOffsets;
  /** Set when the block opens a turn: the label as displayed and the rest of the paragraph. */
  readonly label: BlockLabel | null;
  /** Person links of the block (in the text reader, recognised from their card debris). */
  readonly persons: readonly PersonRef[];
  /** Organisation links with a "Background information" note. */
  readonly terms: readonly TermRef[];
  /**
   * Space-separated words of `text` where the reader counted them on the way (the text reader,
   * for lines without tooltip text), else null: the extractor counts a statement's words itself.
   */
  readonly wordCount: number | null;
}

/** What a block is, as the reader tells from the input's own markers. */
export type BlockRole =
  /** Ordinary text: narrative before the first turn, or a paragraph of the current turn. */
  | 'paragraph'
  /** A heading ("Speech at …"), set in bold or recognised as a heading line. */
  | 'heading'
  /** A `* * *` separator. */
  | 'separator'
  /** An italic stage line ("A video is played.", "(A minute of silence.)"). */
  | 'stage'
  /** A "See also" box, a photo caption or other furniture: never statement text. */
  | 'furniture';

/** The speaker label of a block that opens a turn. */
export interface BlockLabel {
  /** The label as the reader sees it: no card text, no colon, no annotation. */
  readonly text: string;
  /** Annotations of the label without parentheses ("retranslated"). */
  readonly annotations: readonly string[];
  /** Index in `Block.text` where the turn's own text starts (after the colon and spaces). */
  readonly bodyStart: number;
}

/** A person link: the visible name and the card behind it. */
export interface PersonRef {
  /** Index range of the visible name within `Block.text`. */
  readonly start: number;
  readonly end: number;
  readonly visible: string;
  /** The card's "Surname Given". */
  readonly cardName: string | null;
  /** The card's position, when it has one. */
  readonly cardPosition: string | null;
  readonly kremlinPersonId: number | null;
}

/** An organisation link: the visible words and the glossary title ("Collective Security Treaty Organisation (CSTO)"). */
export interface TermRef {
  readonly start: number;
  readonly end: number;
  readonly visible: string;
  readonly term: string;
}
