import type { LocatedText, TextRange } from './located-text.js';
import { isCapitalised, isLower, type Word } from './words.js';
import { scanTooltipTitle } from './scan-tooltip-title.js';

/** A person link recognised in a copied line by the hidden card text it drags along. */
export interface PersonCard {
  /** The link's visible name in the line. */
  readonly visible: TextRange;
  /** The card's "Surname Given". */
  readonly cardName: string;
  readonly cardPosition: string | null;
  /** What to cut from the line: the card text, and the stray space before punctuation after it. */
  readonly remove: TextRange;
}

/** The longest visible name the reader compares with a card name ("Patriarch Kirill of Moscow and All Russia"). */
const MAX_NAME_WORDS = 8;

interface NameRepeat {
  /** Word indexes: the visible name is `[visibleFirst, nameFirst)`, the card name `[nameFirst, nameLast]`. */
  readonly visibleFirst: number;
  readonly nameFirst: number;
  readonly nameLast: number;
  /** Index in the line where the card name ends; the glued position starts here when `glued`. */
  readonly nameEnd: number;
  readonly glued: boolean;
}

/**
 * Finds the person cards of one line. A person link copies as its visible name, then the card's
 * name with the surname first, then the card's position glued to the given name with no space:
 *
 *     Prime Minister of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of Armenia , President of Belarus …
 *
 * so a card is found by its structure — the words of the visible name repeated in another order,
 * or the surname repeated and followed by a given name — never by a list of names.
 */
export function findPersonCards(
  line: LocatedText,
  words: readonly Word[],
  hardSpaces: boolean,
  barriers: readonly number[] = [],
): PersonCard[] {
  const repeats: NameRepeat[] = [];
  for (let j = 1; j < words.length; j++) {
    if (barriers.includes(j)) continue;
    const found = matchNameRepeat(words, j);
    if (found) {
      repeats.push(found);
      j = found.nameLast;
    }
  }
  const cards: PersonCard[] = [];
  repeats.forEach((repeat, i) => {
    const next = repeats[i + 1]?.visibleFirst ?? words.length;
    const barrier = barriers.find((b) => b > repeat.nameLast) ?? words.length;
    const limit = Math.min(next, barrier);
    cards.push(toCard(line, words, repeat, limit, hardSpaces));
  });
  return cards;
}

function bare(word: Word | undefined): string {
  // The visible name of a label may carry its colon before the card: "Mikhail Babich: Babich Mikhail Mr President".
  return (word?.text ?? '').replace(/[:,]$/, '').replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
}

/** How a card token continues after a name it starts with: nothing, or a glued position. */
function glueAfter(token: string, name: string): 'exact' | 'glued' | null {
  if (token.length === name.length) return 'exact';
  const next = token.charAt(name.length);
  return /[\p{L}\p{N}"“‘'«(]/u.test(next) ? 'glued' : null;
}

function matchNameRepeat(words: readonly Word[], j: number): NameRepeat | null {
  const first = words[j];
  // A card name starts with a whole capitalised word: "Safety. Safety. Comfort." is no card.
  if (!first || !/^\p{Lu}[\p{L}'’-]*$/u.test(first.text)) return null;
  const firstLower = first.text.toLowerCase();
  // Cheap filter: the card's first word must occur among the visible words just before it.
  let seen = false;
  for (let i = Math.max(0, j - MAX_NAME_WORDS); i < j && !seen; i++) {
    const w = bare(words[i]);
    if (firstLower.startsWith(w) && w.length > 0) seen = true;
  }
  if (!seen) return null;
  for (let k = 2; k <= MAX_NAME_WORDS && k <= j && j + k - 1 < words.length; k++) {
    const found = matchReordered(words, j, k);
    if (found) return found;
  }
  return matchSurname(words, j);
}

/** The card name has the same words as the last `k` visible words, in another (or the same) order. */
function matchReordered(words: readonly Word[], j: number, k: number): NameRepeat | null {
  const pool: string[] = [];
  for (let i = j - k; i < j; i++) pool.push(bare(words[i]));
  if (pool.some((w) => w === '')) return null;
  for (let i = j; i < j + k - 1; i++) {
    const at = pool.indexOf((words[i]?.text ?? '').toLowerCase());
    if (at < 0) return null;
    pool.splice(at, 1);
  }
  const last = words[j + k - 1];
  const rest = pool[0];
  if (!last || rest === undefined || !last.text.toLowerCase().startsWith(rest)) return null;
  const glue = glueAfter(last.text, rest);
  if (!glue) return null;
  return {
    visibleFirst: j - k,
    nameFirst: j,
    nameLast: j + k - 1,
    nameEnd: last.start + rest.length,
    glued: glue === 'glued',
  };
}

/**
 * The visible name is a short form ("Mr Morsi", "Chemezov"): the card repeats the surname and adds
 * a given name the page did not show: "Mr Morsi Morsi Mohamed also made …", "Chemezov Chemezov SergeiCEO of Rostec …".
 */
function matchSurname(words: readonly Word[], j: number): NameRepeat | null {
  const surname = words[j];
  const given = words[j + 1];
  if (!surname || !given || bare(words[j - 1]) !== surname.text.toLowerCase()) return null;
  if (!isCapitalised(given.text) || given.hardBefore) return null;
  // The given name ends where the glued position starts: at the first lower-to-upper step ("SergeiCEO").
  let cut = given.text.length;
  for (let i = 1; i < given.text.length; i++) {
    if (isLower(given.text.charAt(i - 1)) && !isLower(given.text.charAt(i)) && /\p{L}/u.test(given.text.charAt(i))) {
      cut = i;
      break;
    }
  }
  if (!/^\p{L}[\p{L}'’.-]*$/u.test(given.text.slice(0, cut))) return null;
  return {
    visibleFirst: j - 1,
    nameFirst: j,
    nameLast: j + 1,
    nameEnd: given.start + cut,
    glued: cut < given.text.length,
  };
}

function toCard(line: LocatedText, words: readonly Word[], repeat: NameRepeat, limit: number, hardSpaces: boolean): PersonCard {
  // The link may open right after a bracket or a quote: "[Viktor Zubkov Zubkov ViktorSpecial …".
  const firstVisible = words[repeat.visibleFirst];
  const lead = /^[^\p{L}\p{N}]*/u.exec(firstVisible?.text ?? '')?.[0].length ?? 0;
  const lastVisible = words[repeat.nameFirst - 1];
  const nameWord = words[repeat.nameFirst];
  const visibleEnd = (lastVisible?.end ?? 0) - (/[:,]$/.test(lastVisible?.text ?? '') ? 1 : 0);
  const nameStart = nameWord?.start ?? 0;
  let end = repeat.nameEnd;
  let cardPosition: string | null = null;
  if (repeat.glued) {
    const printed = words.slice(Math.max(0, repeat.visibleFirst - 12), repeat.visibleFirst).map((w) => w.text);
    const scan = scanTooltipTitle(line.text, words, repeat.nameLast, repeat.nameEnd, limit, hardSpaces, printed);
    end = scan.end;
    cardPosition = line.text.slice(repeat.nameEnd, end);
  }
  return {
    visible: { start: (firstVisible?.start ?? 0) + lead, end: visibleEnd },
    cardName: line.text.slice(nameStart, repeat.nameEnd),
    cardPosition,
    remove: { start: nameStart - 1, end: strayEnd(line.text, end) },
  };
}

/** The link's closing markup leaves a space before the punctuation that follows it: "Sargsyan Serzh , and". */
export function strayEnd(text: string, end: number): number {
  return text.charAt(end) === ' ' && /[,.:;!?)\]]/.test(text.charAt(end + 1)) ? end + 1 : end;
}
