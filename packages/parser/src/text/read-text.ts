import type { Block, BlockRole, TranscriptDocument } from '../document.js';
import { isHeadingLine, isSeparator, isStageLine } from './classify-line.js';
import { decideLabels } from './decide-labels.js';
import { findSeeAlso } from './find-see-also.js';
import { isCaption, mayRecurAsCaption } from './is-caption.js';
import { parseLabel, type LabelCandidate } from './parse-label.js';
import { readHeader } from './read-header.js';
import { readLines } from './read-lines.js';
import { NOTE_WORD, stripTooltips, type StrippedLine } from './strip-tooltips.js';

/**
 * No-break spaces per character above which a document is taken to keep the page's typography
 * (kremlin.ru binds every short word to the next: about one in forty characters).
 */
const HARD_SPACE_DENSITY = 1 / 200;

/** A body line with its tooltip text removed. */
interface BodyLine extends StrippedLine {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads text copied from a kremlin.ru transcript page into a {@link TranscriptDocument}: the
 * header where the copy has one, then one block per non-blank line, with tooltip text removed,
 * page furniture marked, and speaker labels decided from the document's own evidence.
 *
 * `source` is the decoded text (BOM stripped); every span and offset is a UTF-16 offset into it.
 *
 * @example
 * const doc = readText('President of Russia Vladimir Putin: Mr Rahmon, colleagues.\n');
 * doc.blocks[0]?.label; // { text: 'President of Russia Vladimir Putin', annotations: [], bodyStart: 36 }
 */
export function readText(source: string): TranscriptDocument {
  const lines = readLines(source);
  const { header, bodyFrom } = readHeader(lines);
  const hardSpaces = hasHardSpaces(source, source.length * HARD_SPACE_DENSITY);
  // Without the marker anywhere in the source, only a line whose spacing was rearranged (a zero
  // width space dropped may join two words) can hold one.
  const notes = source.includes(NOTE_WORD);
  const body: BodyLine[] = lines.slice(bodyFrom).map((l) => {
    const stripped = stripTooltips(l, source, hardSpaces, notes, l.pieces);
    return {
      text: stripped.text,
      offsets: stripped.offsets,
      persons: stripped.persons,
      terms: stripped.terms,
      wordCount: stripped.wordCount,
      start: l.start,
      end: l.end,
    };
  });
  const texts = body.map((l) => l.text);
  const box = findSeeAlso(texts);
  // Captions recur word for word; only short lines with a full stop can be one. (Hashing a line
  // costs its length: the others are never looked up.)
  const counts = new Map<string, number>();
  for (const l of body)
    if (mayRecurAsCaption(l.text, l.wordCount)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const title = header.title?.value ?? null;
  const roles: BlockRole[] = body.map((l, i) => {
    if (box.has(i)) return 'furniture';
    if (isSeparator(l.text)) return 'separator';
    if (isStageLine(l.text)) return 'stage';
    const repeats = mayRecurAsCaption(l.text, l.wordCount) ? (counts.get(l.text) ?? 0) : 0;
    if (isCaption(l.text, title, repeats, l.wordCount)) return 'furniture';
    if (isHeadingLine(l.text)) return 'heading';
    return 'paragraph';
  });
  const candidates: (LabelCandidate | null)[] = body.map((l, i) =>
    roles[i] === 'paragraph' ? parseLabel(l.text) : null,
  );
  const accepted = decideLabels(
    body.map((l, i) => ({ candidate: candidates[i] ?? null, persons: l.persons })),
  );
  const blocks: Block[] = body.map((l, i) => {
    const c = accepted[i] ? candidates[i] : null;
    // A turn whose label line has no text goes on in the next line, which is no heading or caption.
    const before = accepted[i - 1] ? candidates[i - 1] : null;
    const role =
      before &&
      before.body === '' &&
      !box.has(i) &&
      (roles[i] === 'heading' || roles[i] === 'furniture')
        ? 'paragraph'
        : roles[i];
    return {
      role: role ?? 'paragraph',
      text: l.text,
      span: { start: l.start, end: l.end },
      offsets: l.offsets,
      label: c ? { text: c.text, annotations: c.annotations, bodyStart: c.bodyStart } : null,
      persons: l.persons,
      terms: l.terms,
      wordCount: l.wordCount,
    };
  });
  return { kind: 'text', header, blocks };
}

/** Whether the source has at least `threshold` no-break spaces (counted only as far as needed). */
function hasHardSpaces(source: string, threshold: number): boolean {
  let n = 0;
  for (
    let i = source.indexOf('\u00a0');
    i >= 0 && n < threshold;
    i = source.indexOf('\u00a0', i + 1)
  )
    n++;
  return n >= threshold;
}
