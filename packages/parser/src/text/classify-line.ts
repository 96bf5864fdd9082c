import { isCapitalised } from './words.js';

/** The page's separator paragraph: "* * *" (also "***"). */
const SEPARATOR = /^\*\s?\*\s?\*$/;

/** Pronouns and auxiliaries: a line holding one is a sentence, not a heading or a caption. */
const VERB_WORDS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'me',
  'us',
  'my',
  'our',
  'your',
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'will',
  'would',
  'have',
  'has',
  'had',
  'can',
  'could',
  'should',
  'must',
  'do',
  'does',
  'did',
  'said',
  'says',
  'thank',
  'let',
  'please',
]);

/** First words of salutations and courtesies. */
const SALUTATIONS = new Set([
  'dear',
  'ladies',
  'good',
  'friends',
  'colleagues',
  'comrades',
  'mr',
  'ms',
  'mrs',
  'madam',
  'your',
  'hello',
  'thank',
  'thanks',
  'welcome',
  'esteemed',
  'distinguished',
  'honourable',
  'respected',
  'happy',
  'merry',
  'congratulations',
  'glory',
  'long',
  'hooray',
  'hurrah',
  'goodbye',
]);

/** True for a `* * *` separator line. */
export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

/** A stage line, wholly in parentheses: "(A minute of silence.)", "(Applause.)", "(Mr Shokhin went on …)." */
export function isStageLine(text: string): boolean {
  return (
    text.startsWith('(') &&
    (text.endsWith(')') || text.endsWith(').')) &&
    text.indexOf(')') >= text.length - 2
  );
}

/** True when the line has a pronoun or an auxiliary verb: it reads as a sentence. */
export function hasVerbWord(text: string): boolean {
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = length;
    // Trim quotes and punctuation by hand: the longest verb word has six letters.
    let from = start;
    let to = end;
    while (from < to && isWordEdge(text.charCodeAt(from))) from++;
    while (to > from && isWordEdge(text.charCodeAt(to - 1))) to--;
    if (to - from <= MAX_VERB_LENGTH && VERB_WORDS.has(text.slice(from, to).toLowerCase()))
      return true;
    start = end + 1;
  }
  return false;
}

/** Characters around a word that are not part of it: `,.;:!?’'"“”()`. */
function isWordEdge(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0x2e: // .
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x2019: // ’
    case 0x27: // '
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x28: // (
    case 0x29: // )
      return true;
    default:
      return false;
  }
}

const MAX_VERB_LENGTH = 6;

/**
 * Last characters of a line that is not a heading. Looked up directly: a regex anchored at the end
 * (`/[…]$/`) is tried at every position of the line, and this runs on every line.
 */
const SENTENCE_END = '.!?,:;…"”»’';

/**
 * A heading line, bold on the page: a capitalised phrase with no sentence ending and no verb
 * ("Speech at joint meeting of SCO and CSTO Heads of State", "Beginning of the meeting with …",
 * "On Russia’s nuclear status").
 */
export function isHeadingLine(text: string): boolean {
  if (
    !isCapitalised(text) ||
    SENTENCE_END.includes(text.charAt(text.length - 1)) ||
    text.includes('. ') ||
    text.includes(': ')
  )
    return false;
  // A salutation that lost its comma opens a speech, not a section: "Dear friends", "Ladies and gentlemen".
  if (SALUTATIONS.has(text.slice(0, text.indexOf(' ')).toLowerCase())) return false;
  const words = text.split(' ');
  // A heading may hold a comma or two; a line listing many things is a sentence without its full stop.
  if (words.length < 2 || words.length > 60 || text.split(',').length > 4) return false;
  return !hasVerbWord(text);
}
