import { hasVerbWord } from './classify-line.js';

/** How photo captions begin: "With Deputy Prime Minister Olga Golodets.", "At a meeting with …", "During a conversation with …". */
const CAPTION_OPENING = /^(?:With|At|During|Before|After|Meeting with|Meeting on|Visiting) /;

/** Captions are short; the longest in the corpus has about 40 words. */
const MAX_CAPTION_WORDS = 45;

/**
 * A photo caption or video title the copy carries into the body (on the page, furniture outside the
 * text): a short verbless phrase ending in a full stop that opens like a caption, repeats the page
 * title, or recurs word for word in the document ("Direct Line with Vladimir Putin." under every
 * photo). `repeats` is how often the line occurs in the document.
 */
export function isCaption(text: string, title: string | null, repeats: number): boolean {
  const bare = text.replace(/\.$/, '');
  if (title !== null && bare.toLowerCase() === title.replace(/\.$/, '').toLowerCase()) return true;
  if (!text.endsWith('.') || text.includes(': ') || hasVerbWord(text)) return false;
  const words = text.split(' ').length;
  if (words > MAX_CAPTION_WORDS) return false;
  // The caption's own phrase has no comma: "At the talks, the leaders discussed …" is narrative.
  if (CAPTION_OPENING.test(text) && !(text.split('. ')[0] ?? '').includes(',')) return true;
  return repeats >= 2 && words >= 3;
}
