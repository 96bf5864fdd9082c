import { hasVerbWord } from './classify-line.js';
import { isCapitalised } from './words.js';

/** How photo captions begin: "With Deputy Prime Minister Olga Golodets.", "At a meeting with …", "During a conversation with …". */
const CAPTION_OPENING = /^(?:With|At|During|Before|After|Meeting with|Meeting on|Visiting) /;

/**
 * Who stands where in a photo: "Georgy Poltavchenko (right) and Alexander Beglov.", "Film director
 * Alexei Uchitel and actor Sergei Bezrukov, right, during Direct Line …", "… leaders. Left: President of Kazakhstan …".
 */
const PHOTO_SIDE =
  /(?:, |\()(?:right|left|centre|center)(?:,|\))|\. (?:Left|Right|Centre|Center): /;

/** Captions are short; the longest in the corpus has about 30 words and 200 characters. */
const MAX_CAPTION_WORDS = 45;
const MAX_CAPTION_LENGTH = 360;

/** A position and a name fit in 20 words. */
const MAX_POSITION_LINE = 200;

/** A caption recognised only by recurring is one short sentence. */
const MAX_REPEATED_WORDS = 25;

/** Lower-case words of a position: "Director General of State Atomic Energy Corporation Rosatom Alexei Likhachev." */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'to',
  'in',
  'on',
  'at',
  'with',
  'de',
  'von',
  'van',
  'bin',
  'al',
  'el',
]);

/** Capitalised openings of short sentences that are no position: "The National Anthem …", "Now to Tatyana Remezova." */
const NOT_POSITIONS = new Set([
  'The',
  'A',
  'An',
  'Now',
  'Hello',
  'Welcome',
  'Thank',
  'Good',
  'Dear',
  'Mr',
  'Ms',
  'Mrs',
  'Yes',
  'No',
  'Congratulations',
  'Over',
  'Back',
]);

/**
 * A photo caption or video title the copy carries into the body (on the page, furniture outside the
 * text): a short verbless phrase ending in a full stop that opens like a caption, says who stands
 * where, is only a position and a name ("Head of Rospotrebnadzor Anna Popova."), repeats the page
 * title, or recurs word for word in the document ("Direct Line with Vladimir Putin." under every
 * photo). `repeats` is how often the line occurs in the document; `words`, where the reader counted
 * them, the line's space-separated words.
 */
export function isCaption(
  text: string,
  title: string | null,
  repeats: number,
  words: number | null = null,
): boolean {
  if (title !== null && Math.abs(text.length - title.length) <= 1) {
    const bare = text.replace(/\.$/, '').toLowerCase();
    if (bare === title.replace(/\.$/, '').toLowerCase()) return true;
  }
  if (!text.endsWith('.') || text.length > MAX_CAPTION_LENGTH) return false;
  // Too many words for a caption, whatever else the line holds (the test below, made before the
  // line is read; a third of the short lines with a full stop are such sentences).
  if (words !== null && words > MAX_CAPTION_WORDS) return false;
  // The caption's own phrase has no comma ("At the talks, the leaders discussed …" is narrative)
  // and names someone or something ("With pleasure." is a reply).
  const opens = CAPTION_OPENING.test(text) && isNamingPhrase(text);
  const side = PHOTO_SIDE.test(text);
  // Cheap tests first: most paragraphs end in a full stop, few are short enough to be a caption.
  if (!opens && !side && repeats < 2 && text.length > MAX_POSITION_LINE) return false;
  // Most short lines are sentences: their last two words say so before the line is split.
  if (!opens && !side && repeats < 2 && !endsWithTwoCapitalised(text)) return false;
  const split = text.split(' ');
  const recurs =
    repeats >= 2 &&
    split.length >= 3 &&
    split.length <= MAX_REPEATED_WORDS &&
    !text.slice(0, -1).includes('. ');
  if (!opens && !side && !recurs && !isPositionAndName(split)) return false;
  if (split.length > MAX_CAPTION_WORDS) return false;
  // A colon belongs to a label, unless it says who stands on which side.
  if (text.includes(': ') && !/\. (?:Left|Right|Centre|Center): /.test(text)) return false;
  return !hasVerbWord(text);
}

/**
 * Whether a line's repeats can make it a caption, so that they are worth counting: a short line
 * with a full stop, of few words where the reader counted them. A line of more words than a
 * caption that recurs has (`MAX_REPEATED_WORDS`) is no position and name either: {@link isCaption}
 * gives the same answer whatever its repeats.
 */
export function mayRecurAsCaption(text: string, words: number | null): boolean {
  return (
    text.length <= MAX_COUNTED_LENGTH &&
    text.endsWith('.') &&
    (words === null || words <= MAX_REPEATED_WORDS)
  );
}

/** Lines longer than this are never captions by recurring, so their repeats are not counted. */
const MAX_COUNTED_LENGTH = 300;

/** The caption's first sentence names someone or something and has no comma. */
function isNamingPhrase(text: string): boolean {
  const stop = text.indexOf('. ');
  const phrase = stop < 0 ? text : text.slice(0, stop);
  return !phrase.includes(',') && /\s\p{Lu}/u.test(phrase);
}

/**
 * The test {@link isPositionAndName} starts with, on the line itself: its last two space-separated
 * words (the last without its final character) are capitalised.
 */
function endsWithTwoCapitalised(text: string): boolean {
  const lastSpace = text.lastIndexOf(' ');
  if (lastSpace < 0) return false;
  const beforeSpace = text.lastIndexOf(' ', lastSpace - 1);
  return (
    isCapitalised(text.slice(lastSpace + 1, -1)) &&
    isCapitalised(text.slice(beforeSpace + 1, lastSpace))
  );
}

/** "Accounts Chamber Chairman Alexei Kudrin.": capitalised words and connectors only, a name at the end. */
function isPositionAndName(words: readonly string[]): boolean {
  if (words.length < 4 || words.length > 20 || NOT_POSITIONS.has(words[0] ?? '')) return false;
  const last = (words[words.length - 1] ?? '').slice(0, -1);
  const before = words[words.length - 2] ?? '';
  if (!isCapitalised(last) || !isCapitalised(before)) return false;
  return words.every(
    (w, i) =>
      (isCapitalised(w) && !w.endsWith(',')) ||
      (i > 0 && CONNECTORS.has(w)) ||
      /^\((?:right|left)\)$/.test(w),
  );
}
