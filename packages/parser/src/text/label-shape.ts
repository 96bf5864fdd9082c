import { isCapitalised } from './words.js';

/**
 * Words that make a candidate read as a sentence, not as a speaker: pronouns, auxiliaries and
 * other function words no name or position contains ("There are many such areas: they include …",
 * "I have come here in a dual role: as the President …").
 */
const SENTENCE_WORDS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'me',
  'us',
  'him',
  'them',
  'my',
  'our',
  'your',
  'its',
  'their',
  'his',
  'her',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'not',
  'this',
  'these',
  'those',
  'that',
  'what',
  'which',
  'who',
  'whom',
  'how',
  'why',
  'when',
  'where',
  'there',
  'here',
  'if',
  'so',
  'but',
  'because',
  'than',
  'then',
  'very',
  'also',
  'just',
  'only',
  'let',
  'said',
  'says',
  'say',
  'like',
  'well',
  'now',
  'some',
  'any',
  'yes',
  'no',
  'one',
  'such',
  'more',
  'most',
  'about',
  'into',
  'out',
  'up',
  'all',
  'every',
  'each',
  'other',
  'another',
]);

/** Ordinals open an enumeration: "Second: Ms Abramchenko said …". */
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'last',
]);

/** Words a sentence or an enumeration starts with, never a speaker (generic roles are judged before). */
const OPENING_WORDS = new Set([
  'firstly',
  'secondly',
  'thirdly',
  'finally',
  'lastly',
  'and',
  'but',
  'or',
  'so',
  'as',
  'if',
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'by',
  'with',
  'of',
  'after',
  'before',
  'during',
  'under',
  'over',
  'among',
  'between',
  'through',
  'since',
  'until',
  'about',
  'besides',
  'moreover',
  'however',
  'nevertheless',
  'overall',
  'hence',
  'therefore',
  'thus',
  'example',
  'result',
  'conclusion',
  'summary',
  'note',
  'please',
  'today',
  'yesterday',
  'tomorrow',
  'the',
  'a',
  'an',
  'here',
  'there',
  'this',
  'that',
  'these',
  'those',
  'it',
  'indeed',
  'instead',
  'also',
  'again',
  'still',
  'yet',
  'now',
  'well',
  'yes',
  'no',
  'colleagues',
  'friends',
  'look',
  'see',
  'imagine',
  'remember',
  'listen',
  'problem',
  'reason',
  'point',
  'words',
  'quote',
  'ps',
  // Forms of address open a salutation, not a label: "Mr President: …", "Comrade Supreme Commander-in-Chief: …".
  'mr',
  'ms',
  'mrs',
  'dear',
  'madam',
  'sir',
  'comrade',
  'comrades',
  'ladies',
  'gentlemen',
]);

/** Lower-case words of positions: "Head of the Federal Service for Financial Monitoring Yury Chikhanchin". */
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
  'la',
  'du',
  'der',
]);

/** Courtesy abbreviations and initials a label may end a word with a period: "A. Voronin", "St. Petersburg". */
const ABBREVIATION = /^(?:\p{Lu}|St|Mr|Mrs|Ms|Dr|Jr|Sr|Lt|Gen|Col|Maj|Capt|Prof|No)\.$/u;

/** Lower-case particles of names: "Mohammed bin Zayed", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ben',
]);

/** The most lower-case words, connectors aside, a speaker label holds. */
const MAX_LOWER_WORDS = 3;

/** How a label candidate reads on its own, without the rest of the document. */
export interface LabelShape {
  /** Reads like a speaker: a name, a position and a name, a name and a position. */
  readonly speakerLike: boolean;
  /** Reads like prose or an enumeration: a pronoun, an auxiliary, a sentence opener, a full stop. */
  readonly prose: boolean;
  /** Holds more lower-case words than a position does. */
  readonly wordy: boolean;
}

const PROSE: LabelShape = { speakerLike: false, prose: true, wordy: false };

/** Judges a label candidate by its words alone. */
export function labelShape(label: string): LabelShape {
  const words = label.split(' ');
  const first = (words[0] ?? '').replace(/,$/, '').toLowerCase();
  // An ordinal opens an enumeration ("Second: …", "First, …") but also a title ("First Deputy Prime Minister …").
  const opening = ORDINALS.has(first)
    ? words.length === 1 || (words[0] ?? '').endsWith(',')
    : OPENING_WORDS.has(first);
  if (opening || /[?![\]{};]/.test(label)) return PROSE;
  let lowerWords = 0;
  for (const raw of words) {
    const w = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    if (w.endsWith('.') && !ABBREVIATION.test(w)) return PROSE;
    const lower = w.toLowerCase();
    // "We" opens a sentence, "US" a position ("US Secretary of State John Kerry").
    if (
      SENTENCE_WORDS.has(lower) &&
      (w === lower || (w === words[0] && w.slice(1) === lower.slice(1)))
    )
      return PROSE;
    const bare = /^["“«‘']/u.test(w) ? w.slice(1) : w;
    if (!isNameWord(bare) && !CONNECTORS.has(lower) && !/^[\d(–-]/.test(bare)) lowerWords++;
  }
  // A name ends the label: two name words, the first not a connector's object ("Minister of
  // Defence" is no name), particles allowed between them ("Crown Prince Mohammed bin Zayed").
  const end = words.length - 1;
  const last = words[end] ?? '';
  let before = end - 1;
  while (before > 0 && PARTICLES.has(words[before] ?? '')) before--;
  const endsWithName =
    isNameWord(last) &&
    isNameWord(words[before] ?? '') &&
    (before === 0 || !CONNECTORS.has((words[before - 1] ?? '').toLowerCase()) || before < end - 1);
  // Or a name opens it, a position follows the comma: "Vladimir Fortov, Secretary of the Academy".
  const nameComma = words.findIndex((w) => w.endsWith(','));
  const startsWithName =
    (nameComma === 1 || nameComma === 2) &&
    words.slice(0, nameComma + 1).every((w) => isNameWord(w)) &&
    words.length > nameComma + 1;
  // Positions hold a few lower-case words ("United Russia faction leader", "CNBC TV anchor"); prose holds more.
  const speakerLike =
    words.length <= 30 &&
    lowerWords <= MAX_LOWER_WORDS &&
    (endsWithName || startsWithName || isCamelName(label));
  return { speakerLike, prose: false, wordy: lowerWords > MAX_LOWER_WORDS };
}

/** A name word: capitalised, or a particle joined to one ("el-Sisi", "al-Assad"). */
function isNameWord(word: string): boolean {
  return (
    isCapitalised(word) ||
    /^(?:al|el|ad|ash|ibn|bin|de|da|di|du|van|von|le|la|d’|d')-?\p{Lu}/u.test(word)
  );
}

/** Words typed without their spaces: "VladimirPutin", "Minister-PresidentofBavariaHorstSeehofer". */
function isCamelName(label: string): boolean {
  // Each hump is a capital and lower-case letters, so the humps split one way only: no backtracking.
  return /^\p{Lu}[\p{Ll}-]+(?:\p{Lu}[\p{Ll}-]*)+$/u.test(label);
}
