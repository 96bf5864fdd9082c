import type { BlockLabel } from '../document.js';

/**
 * After a bold label that does not end in a colon, the colon (and an annotation) may follow in
 * plain type: `<b>Benjamin Netanyahu</b> (retranslated): Thank you.`
 */
const COLON_AFTER_BOLD = /^ ?(\(([^()]{1,80})\))? ?:/;

/**
 * An annotation closing a bold label: `<b>Prime Minister of Israel Benjamin Netanyahu
 * (retranslated):</b>`. Anchored at the end and bounded, run only on short labels.
 */
const TRAILING_ANNOTATION = /\s*\(([^()]{1,80})\)$/;

/** Longer bold openings are headings or emphasis, never a speaker label. */
const MAX_LABEL = 200;

/**
 * The speaker label of a paragraph, read from its typeface as the reference reader does: the
 * paragraph's first visible text is bold and the bold part ends at a colon, in or just after it
 * (`<p><b>President of Russia Vladimir Putin:</b> Colleagues, …</p>`). Null when it is not a turn.
 */
export function labelOfBlock(text: string, boldPrefix: number): BlockLabel | null {
  // `boldPrefix`: how far the paragraph runs in bold (spaces included) from its first character.
  if (text.length === 0 || boldPrefix === 0 || boldPrefix > MAX_LABEL + 100) return null;
  const k = boldPrefix;
  let label = text.slice(0, k).trim();
  let bodyStart: number;
  const annotations: string[] = [];
  if (label.endsWith(':')) {
    label = label.slice(0, -1).trim();
    bodyStart = k;
  } else {
    const m = COLON_AFTER_BOLD.exec(text.slice(k, k + 90));
    if (!m) return boldOverrun(text, k);
    if (m[2] !== undefined) annotations.push(m[2].trim());
    bodyStart = k + m[0].length;
  }
  const a = TRAILING_ANNOTATION.exec(label);
  if (a) {
    label = label.slice(0, a.index).trim();
    annotations.unshift(a[1]!.trim());
  }
  if (label.length === 0 || label.length > MAX_LABEL || label.startsWith('(')) return null;
  while (bodyStart < text.length && text[bodyStart] === ' ') bodyStart++;
  return { text: label, annotations, bodyStart };
}

/**
 * The bold that runs a letter or two past the colon into the speech, a slip of the page's
 * markup: `<b>Vladimir Putin: I</b>t is essential …`. The reference reader (kremlin.py) misses
 * these turns; a reader of the page does not, and neither does the text path.
 */
function boldOverrun(text: string, boldEnd: number): BlockLabel | null {
  const colon = text.lastIndexOf(': ', boldEnd);
  if (colon <= 0 || boldEnd - (colon + 2) > 2 || boldEnd - (colon + 2) < 1) return null;
  if (!/\p{L}/u.test(text.charAt(boldEnd))) return null;
  const label = text.slice(0, colon).trim();
  if (
    label.length === 0 ||
    label.length > MAX_LABEL ||
    label.includes(':') ||
    label.startsWith('(')
  )
    return null;
  return { text: label, annotations: [], bodyStart: colon + 2 };
}
