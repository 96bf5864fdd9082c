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
  if (title !== null && Math.abs(text.length - title.length) <= 1) {
    const bare = text.replace(/\.$/, '').toLowerCase();
    if (bare === title.replace(/\.$/, '').toLowerCase()) return true;
  }
  if (!text.endsWith('.')) return false;
  // The caption's own phrase has no comma: "At the talks, the leaders discussed …" is narrative.
  const opens = CAPTION_OPENING.test(text) && !(text.split('. ')[0] ?? '').includes(',');
  if (!opens && repeats < 2) return false;
  const words = text.split(' ').length;
  if (words > MAX_CAPTION_WORDS || text.includes(': ')) return false;
  return (opens || words >= 3) && !hasVerbWord(text);
}
