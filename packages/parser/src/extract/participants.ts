import type { PersonRef } from '../document.js';
import { sentencesOf } from './sentences.js';
import { isLowerTitle, isPositionWord, nameStartOf } from './split-position.js';
import { DOMAIN_WORDS, ORGANISATION_NOUNS, TITLE_WORDS } from './vocabulary.js';
import { bare, isCapitalised, wordsOf, type Word } from './words.js';

/** One person of a narrative list: "Prime Minister of Armenia Nikol Pashinyan". */
export interface ListedPerson {
  readonly name: string;
  /** Index range of the whole entry (position and name) in the block's text. */
  readonly start: number;
  readonly end: number;
  readonly position: string | null;
  readonly person: PersonRef | null;
  /** The sentence says this person chaired ("… Emomali Rahmon chaired the meeting …"). */
  readonly chair: boolean;
}

/** Honorifics are not positions: "Mr Putin and Mr Morsi" is no list of office holders. */
const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Mr.', 'Ms.', 'Mrs.']);

/**
 * "President of Tajikistan Emomali Rahmon chaired the meeting as the head of state presiding …",
 * "…, who chaired the session": the entry just before is the chair.
 */
const CHAIR_AFTER = /^,? (?:who )?(?:co-)?(?:chaired|presided|was chairing|chairs)\b/;
/** "The meeting was chaired by …", "… presided over by …", "under the chairmanship of …": the entry just after is the chair. */
const CHAIR_BEFORE = /\b(?:(?:chaired|presided over) by|chairmanship of) $/;

/** The longest piece read as list entries: the longest real position runs to about 30 words. */
const MAX_ENTRY_WORDS = 60;

/** What a comma-separated piece of a list is. */
type PieceKind = 'entry' | 'name' | 'position' | 'other';

/** A person being assembled: where it starts and ends, its name and position ranges. */
interface Draft {
  start: number;
  end: number;
  name: string;
  position: { start: number; end: number } | null;
  person: PersonRef | null;
  /** An unlinked bare name counts only once a position follows it ("Valery Kapashin, Head of …"). */
  confirmed: boolean;
}

/**
 * The people of a narrative paragraph, read from its structure rather than its phrasing: a list
 * is a run of entries separated by commas and "and", wherever in the sentence it stands ("Taking
 * part were …", "… was attended by …"). An entry is "Position Name" or "Name, Position". Linked
 * names (person links, or card debris in copied text) fix where a name is; unlinked ones are split
 * from their position by the words. Commas and "and" inside a position ("Minister of Civil
 * Defence, Emergencies and Natural Disaster Relief") stay in it. Group entries ("the heads of 85
 * constituent entities") start lower case and are not persons.
 */
export function listedPersons(text: string, persons: readonly PersonRef[]): ListedPerson[] {
  const out: ListedPerson[] = [];
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const [s, e] of sentencesOf(text)) {
    const words = wordsOf(text, s, e);
    // Links are sorted and sentences come in order: one pointer walks both.
    while (next < sorted.length && sorted[next]!.start < s) next++;
    const links: PersonRef[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < e; k++) if (sorted[k]!.end <= e) links.push(sorted[k]!);
    let drafts: Draft[];
    if (links.length > 0) drafts = readSentence(text, words, links);
    else {
      // Without links, a list is a run of words that can all stand in one ("… including First
      // Deputy Prime Minister Andrei Belousov and Presidential Aide Maxim Oreshkin, as well as
      // …"), and only a real list (two entries or more) is taken for one.
      drafts = positionRuns(words).flatMap((run) => readSentence(text, run, []));
      if (drafts.filter((d) => d.confirmed).length < 2) drafts = [];
    }
    for (const d of drafts) {
      if (!d.confirmed) continue;
      const after = text.slice(d.end, Math.min(e, d.end + 30));
      const prefix = text.slice(Math.max(s, d.start - 30), d.start);
      const position = d.position ? text.slice(d.position.start, d.position.end).replace(/[.,;:\s]+$/, '') : null;
      out.push({
        name: d.name,
        start: d.start,
        end: d.end,
        position: position && !HONORIFICS.has(position) ? position : null,
        person: d.person,
        chair: CHAIR_AFTER.test(after) || CHAIR_BEFORE.test(prefix),
      });
    }
  }
  return out;
}

/**
 * One sentence, left to right: the words between links are split into comma pieces, each piece
 * classified (entry, bare name, position, anything else), and positions attached to the name
 * before them ("Name, Position") or carried to the name after them ("Position, … Name").
 */
function readSentence(text: string, words: readonly Word[], links: readonly PersonRef[]): Draft[] {
  const drafts: Draft[] = [];
  let prev: Draft | null = null;
  let boundary = 0;
  for (let li = 0; li <= links.length; li++) {
    const link = links[li];
    // The words between the previous link (or the sentence start) and this link (or the end).
    let to = boundary;
    while (to < words.length && (!link || words[to]!.start < link.start)) to++;
    let from = boundary;
    if (li === 0 || !link) {
      // Before the first link, only the run of title words next to it can be its position; after
      // the last link, the list runs on until a word that cannot stand in it.
      if (li === 0 && link) {
        from = to;
        while (from > boundary && isPositionWord(words[from - 1]!.text)) from--;
      } else if (links.length === 0) {
        // A run of position words (see `positionRuns`): the list is all of it.
      } else {
        let stop = from;
        while (stop < to && isPositionWord(words[stop]!.text)) stop++;
        to = stop;
      }
    }
    const pieces = commaPieces(words.slice(from, to));
    let separated = endsWithSeparator(words.slice(from, to));
    // The piece touching the link, when no comma or "and" separates them, is its position.
    let adjacent: Word[] = [];
    if (link && pieces.length > 0 && !separated) {
      adjacent = pieces.pop()!;
      // "Mr Putin and Mr Morsi": "and" in the adjacent piece may still end an entry before it.
      const split = lastAndSplit(adjacent);
      if (split) {
        pieces.push(split.left);
        adjacent = split.right;
        separated = true;
      }
    }
    const pending: Word[][] = [];
    let stopped = false;
    for (const raw of pieces) {
      for (const piece of splitAtAnd(raw)) {
        const kind = classify(piece);
        if (kind === 'other') {
          if (!link) stopped = true;
          pending.length = 0;
          prev = null;
          break;
        }
        if (kind === 'position') {
          if (prev && !prev.position && pending.length === 0) {
            // "Valery Kapashin, Head of …": the position after the name; the entry spans both.
            prev.position = rangeOf(piece);
            prev.end = Math.max(prev.end, nameEnd(piece[piece.length - 1]!));
            prev.confirmed = true;
          } else pending.push(piece);
          continue;
        }
        const at = kind === 'entry' ? nameStartOf(piece)! : 0;
        const nameWords = piece.slice(at);
        const positionWords = [...pending.flat(), ...piece.slice(0, at)];
        pending.length = 0;
        const d: Draft = {
          start: (positionWords[0] ?? nameWords[0]!).start,
          end: nameEnd(nameWords[nameWords.length - 1]!),
          name: text.slice(nameWords[0]!.start, nameEnd(nameWords[nameWords.length - 1]!)),
          position: positionWords.length > 0 ? rangeOf(trimLower(positionWords)) : null,
          person: null,
          confirmed: kind === 'entry',
        };
        drafts.push(d);
        prev = d;
      }
      if (stopped) break;
    }
    if (!link) break;
    if (separated && pending.length > 0) {
      // "Denis Manturov, Minister of Industry and Trade, LINK": a position cut off from the link
      // by a separator belongs to the name before it, if that name has none.
      if (prev && !prev.position) {
        const words = pending.flat();
        prev.position = rangeOf(words);
        prev.end = Math.max(prev.end, nameEnd(words[words.length - 1]!));
        prev.confirmed = true;
      }
      pending.length = 0;
    }
    const positionWords = trimLower([...pending.flat(), ...adjacent.filter((w, i, a) => !(i === a.length - 1 && HONORIFICS.has(w.text)))]);
    const d: Draft = {
      start: positionWords[0]?.start ?? link.start,
      end: link.end,
      name: link.visible.replace(/[\s:,;]+$/, ''),
      position: positionWords.length > 0 ? rangeOf(positionWords) : null,
      person: link,
      confirmed: true,
    };
    drafts.push(d);
    prev = d;
    boundary = to;
    while (boundary < words.length && words[boundary]!.start < link.end) boundary++;
  }
  return drafts;
}

/** "as well as" between entries of a list: "…, as well as Economic Development Minister …". */
function isAsWellAs(words: readonly Word[], i: number): boolean {
  const w = words[i]!.text;
  const at = (k: number): string => words[k]?.text ?? '';
  return (w === 'as' && at(i + 1) === 'well' && at(i + 2) === 'as') || (w === 'well' && at(i - 1) === 'as') || (w === 'as' && at(i - 1) === 'well');
}

/** Maximal runs of words that can stand in a list of office holders, "as well as" included. */
function positionRuns(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    if (isPositionWord(words[i]!.text) || isAsWellAs(words, i)) run.push(words[i]!);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Splits words into comma-separated pieces (the comma stays on its word; `,` alone dropped). */
function commaPieces(words: readonly Word[]): Word[][] {
  const pieces: Word[][] = [[]];
  for (const w of words) {
    if (w.text !== ',') pieces[pieces.length - 1]!.push(w);
    if (w.text.endsWith(',')) pieces.push([]);
  }
  return pieces.map(trimAnd).filter((p) => p.length > 0);
}

/** A piece without the list's own words at its ends: "and", "as well as". */
function trimAnd(piece: Word[]): Word[] {
  let i = 0;
  let j = piece.length;
  while (i < j && (piece[i]!.text === 'and' || piece[i]!.text === 'as' || piece[i]!.text === 'well')) i++;
  while (j > i && piece[j - 1]!.text === 'and') j--;
  return piece.slice(i, j);
}

function endsWithSeparator(words: readonly Word[]): boolean {
  const last = words[words.length - 1]?.text ?? '';
  return last === 'and' || last.endsWith(',');
}

/**
 * Splits a comma piece at "and" where both sides stand on their own ("Vitaly Mutko and
 * Presidential Aide Igor Levitin"), never inside a position ("Minister of Construction and
 * Housing and Utilities Mikhail Men").
 */
function splitAtAnd(piece: Word[]): Word[][] {
  // An entry is a few words; past MAX_ENTRY_WORDS a piece is prose, and trying every "and" in it
  // would cost quadratic time.
  if (piece.length > MAX_ENTRY_WORDS) return [piece];
  for (let i = 1; i < piece.length - 1; i++) {
    if (piece[i]!.text !== 'and') continue;
    const left = piece.slice(0, i);
    const right = piece.slice(i + 1);
    const l = classify(left);
    const r = classify(right);
    // "… of the Russian Far East and Arctic Alexander Kozlov": a titled left side followed by a
    // bare name is one position running on, not two entries.
    const split = (l === 'entry' && (r === 'entry' || r === 'position')) || (l === 'name' && r !== 'other');
    if (split) return [left, ...splitAtAnd(right)];
  }
  return [piece];
}

/** In the piece next to a link: the last "and" after which only a position (or honorific) is left. */
function lastAndSplit(piece: Word[]): { left: Word[]; right: Word[] } | null {
  if (piece.length > MAX_ENTRY_WORDS) return null;
  for (let i = piece.length - 2; i >= 1; i--) {
    if (piece[i]!.text !== 'and') continue;
    const left = piece.slice(0, i);
    const right = piece.slice(i + 1);
    const kind = classify(left);
    // The right side is the link's own position: it splits off an entry before it only when it
    // reads as a position ("… Vladimir Dmitriev and Chairman of …"), not as the tail of the
    // left's ("… of the Russian Far East and Arctic").
    const titled = right.some((w) => TITLE_WORDS.has(bare(w.text)));
    if (kind === 'name' || (kind === 'entry' && titled) || right.every((w) => HONORIFICS.has(w.text))) return { left, right };
  }
  if (piece.length > 0 && piece[piece.length - 1]!.text === 'and') return { left: piece.slice(0, -1), right: [] };
  return null;
}

/** What a piece is: "President of Iran Seyyed Ebrahim Raisi" entry, "Valery Kapashin" name, "Minister of Industry and Trade" position. */
function classify(piece: readonly Word[]): PieceKind {
  if (piece.length === 0) return 'other';
  const first = bare(piece[0]!.text);
  if (first.length === 0) return 'other';
  if (!isCapitalised(first)) {
    // Lower case opens an entry only as a bare title before a name ("presidential aides Igor
    // Levitin", "the incumbent governor Oleg Chirkunov"), never a phrase ("veterans and
    // participants in the Great Patriotic War").
    const at = isLowerTitle(first) ? nameStartOf(piece) : null;
    const titleOnly = at !== null && at > 0 && piece.slice(0, at).every((w) => isLowerTitle(w.text));
    return titleOnly && piece.length - at <= 4 && piece.slice(at).every((w) => isCapitalised(bare(w.text))) ? 'entry' : 'other';
  }
  if (!piece.every((w) => isPositionWord(w.text))) return 'other';
  const plain = piece.map((w) => bare(w.text));
  const titled = plain.some((w) => TITLE_WORDS.has(w) || ORGANISATION_NOUNS.has(w) || w === 'of');
  if (!titled) {
    const nameLike = plain.every((w) => (isCapitalised(w) || w.length <= 3) && !DOMAIN_WORDS.has(w));
    if (piece.length >= 2 && piece.length <= 4 && nameLike) return 'name';
    return piece.length === 1 ? 'position' : 'other';
  }
  const at = nameStartOf(piece);
  if (at !== null && at > 0 && piece.length - at >= 2 && piece.length - at <= 4) {
    const position = plain.slice(0, at);
    if (!position.every((w) => HONORIFICS.has(w))) return 'entry';
  }
  return 'position';
}

/** A position without the sentence's lower-case words before it ("and", "the"), title words kept ("presidential aides"). */
function trimLower(words: readonly Word[]): Word[] {
  let i = 0;
  while (i < words.length && !isCapitalised(bare(words[i]!.text)) && !isLowerTitle(words[i]!.text)) i++;
  return words.slice(i);
}

function rangeOf(words: readonly Word[]): { start: number; end: number } | null {
  if (words.length === 0) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** End of a name word without trailing punctuation ("Raisi," → before the comma). */
function nameEnd(w: Word): number {
  let e = w.end;
  while (e > w.start && /[.,;:)]/.test(w.text.charAt(e - w.start - 1))) e--;
  return e;
}
