import type { LocatedText, TextRange } from './located-text.js';
import { isCapitalised, isLower, type Word } from './words.js';
import { scanTooltipTitle } from './scan-tooltip-title.js';
import { strayEnd } from './stray-end.js';
import { MAX_NAME_WORDS } from './may-hold-card.js';

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

/** Capitalised at a sentence start, never a name: "The The The" repeats no person. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'in',
  'on',
  'to',
  'for',
  'this',
  'that',
  'it',
  'we',
  'i',
  'he',
  'she',
  'they',
  'you',
]);

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
  const bares = words.map(bare);
  const barrierSet = new Set(barriers);
  for (let j = 1; j < words.length; j++) {
    if (barrierSet.has(j)) continue;
    const found = matchNameRepeat(words, bares, j);
    if (found) {
      repeats.push(found);
      j = found.nameLast;
    }
  }
  const cards: PersonCard[] = [];
  const sortedBarriers = [...barriers].sort((a, b) => a - b);
  let nextBarrier = 0;
  repeats.forEach((repeat, i) => {
    const next = repeats[i + 1]?.visibleFirst ?? words.length;
    while (
      nextBarrier < sortedBarriers.length &&
      (sortedBarriers[nextBarrier] ?? 0) <= repeat.nameLast
    )
      nextBarrier++;
    const barrier = sortedBarriers[nextBarrier] ?? words.length;
    const limit = Math.min(next, barrier);
    cards.push(toCard(line, words, repeat, limit, hardSpaces));
  });
  return cards;
}

function bare(word: Word): string {
  // The visible name of a label may carry its colon before the card: "Mikhail Babich: Babich Mikhail Mr President".
  let text = word.text;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3a) text = text.slice(0, -1);
  // A possessive stays on the visible name: "Nikol Pashinyan’s Pashinyan NikolPrime Minister … proposal".
  else if (last === 0x73 && /['’]s$/.test(text)) text = text.slice(0, -2);
  const first = text.charCodeAt(0);
  // Lower-case words are compared as they are: they never start a name.
  if (first >= 0x61 && first <= 0x7a) return text;
  if (first === 0x5b || first === 0x28 || first === 0x22 || first === 0x201c)
    text = text.replace(/^[^\p{L}\p{N}]+/u, '');
  return text.toLowerCase();
}

/** How a card token continues after a name it starts with: nothing, or a glued position. */
function glueAfter(token: string, name: string): 'exact' | 'glued' | null {
  if (token.length === name.length) return 'exact';
  const next = token.charAt(name.length);
  return /[\p{L}\p{N}"“‘'«(]/u.test(next) ? 'glued' : null;
}

function matchNameRepeat(
  words: readonly Word[],
  bares: readonly string[],
  j: number,
): NameRepeat | null {
  const first = words[j];
  // Cheap filter first: the card's first word is one of the visible words just before it.
  const firstLower = bares[j] ?? '';
  let seen = false;
  for (let i = Math.max(0, j - MAX_NAME_WORDS); i < j && !seen; i++) seen = bares[i] === firstLower;
  if (!seen) return null;
  // A card name starts with a whole capitalised word: "Safety. Safety. Comfort." is no card.
  if (!first || !/^\p{Lu}[\p{L}'’-]*$/u.test(first.text) || FUNCTION_WORDS.has(firstLower))
    return null;
  for (let k = 2; k <= MAX_NAME_WORDS && k <= j && j + k - 1 < words.length; k++) {
    const found = matchReordered(words, bares, j, k);
    if (found) return found;
  }
  return matchSurname(words, bares, j);
}

/** The card name has the same words as the last `k` visible words, in another (or the same) order. */
function matchReordered(
  words: readonly Word[],
  bares: readonly string[],
  j: number,
  k: number,
): NameRepeat | null {
  const pool: string[] = [];
  for (let i = j - k; i < j; i++) pool.push(bares[i] ?? '');
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
function matchSurname(
  words: readonly Word[],
  bares: readonly string[],
  j: number,
): NameRepeat | null {
  const surname = words[j];
  if (!surname || bares[j - 1] !== surname.text.toLowerCase()) return null;
  // The given names end where the glued position starts, at the first lower-to-upper step
  // ("SergeiCEO"); a second or third given name is taken only when it leads to that glue
  // ("Erdogan Erdogan Recep TayyipPresident of Turkey").
  for (let n = 1; n <= MAX_GIVEN_NAMES; n++) {
    const given = words[j + n];
    if (!given || given.hardBefore || !isCapitalised(given.text)) return null;
    const cut = glueIndex(given.text);
    if (!/^\p{L}[\p{L}'’.-]*$/u.test(given.text.slice(0, cut))) return null;
    if (cut < given.text.length || n === 1) {
      const glued = cut < given.text.length;
      if (!glued && n === 1 && gluesLater(words, j + 2)) continue;
      return {
        visibleFirst: j - 1,
        nameFirst: j,
        nameLast: j + n,
        nameEnd: given.start + cut,
        glued,
      };
    }
  }
  return null;
}

/** The most given names a card adds to a surname the page showed alone. */
const MAX_GIVEN_NAMES = 3;

/** Where a lower-case letter is followed by an upper-case one: the glue of a card's position. */
function glueIndex(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (isLower(word.charAt(i - 1)) && !isLower(word.charAt(i)) && /\p{L}/u.test(word.charAt(i)))
      return i;
  }
  return word.length;
}

/** The next given names, capitalised words without glue, lead to a glued one. */
function gluesLater(words: readonly Word[], from: number): boolean {
  for (let i = from; i < from + MAX_GIVEN_NAMES - 1; i++) {
    const w = words[i];
    if (!w || w.hardBefore || !isCapitalised(w.text)) return false;
    if (glueIndex(w.text) < w.text.length) return true;
  }
  return false;
}

function toCard(
  line: LocatedText,
  words: readonly Word[],
  repeat: NameRepeat,
  limit: number,
  hardSpaces: boolean,
): PersonCard {
  // The link may open right after a bracket or a quote: "[Viktor Zubkov Zubkov ViktorSpecial …".
  const firstVisible = words[repeat.visibleFirst];
  const lead = /^[^\p{L}\p{N}]*/u.exec(firstVisible?.text ?? '')?.[0].length ?? 0;
  const lastVisible = words[repeat.nameFirst - 1];
  const nameWord = words[repeat.nameFirst];
  const lastText = lastVisible?.text ?? '';
  const visibleEnd =
    (lastVisible?.end ?? 0) - (lastText.endsWith(':') ? 1 : /['’]s$/.test(lastText) ? 2 : 0);
  const nameStart = nameWord?.start ?? 0;
  let end = repeat.nameEnd;
  let cardPosition: string | null = null;
  if (repeat.glued) {
    const printed = words
      .slice(Math.max(0, repeat.visibleFirst - 12), repeat.visibleFirst)
      .map((w) => w.text);
    const scan = scanTooltipTitle(
      line.text,
      words,
      repeat.nameLast,
      repeat.nameEnd,
      limit,
      hardSpaces,
      printed,
    );
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
