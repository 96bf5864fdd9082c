import type { PersonRef } from '../document.js';
import { sentencesOf } from './sentences.js';
import { isPositionWord, nameStartOf } from './split-position.js';
import { TITLE_WORDS } from './vocabulary.js';
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

/** "… Emomali Rahmon chaired the meeting", "… presided over …": the entry just before is the chair. */
const CHAIR_AFTER = /^,? (?:co-)?(?:chaired|presided|was chairing|chairs)\b/;
/** "The meeting was chaired by …", "… presided over by …": the entry just after is the chair. */
const CHAIR_BEFORE = /\b(?:chaired|presided over) by $/;

/**
 * The people of a narrative paragraph, read from its structure rather than its phrasing: a list
 * is a run of "Position Name" entries separated by commas and "and", wherever in the sentence it
 * stands ("Taking part were …", "… was attended by …"). Linked names (person links, or card
 * debris in copied text) fix where each name is; the position is the run of title words before
 * it, commas inside a position ("Minister of Civil Defence, Emergencies and …") included.
 * Unlinked entries between or after them are split by their words. Group entries ("the heads of
 * 85 constituent entities") start lower case and are not persons.
 */
export function listedPersons(text: string, persons: readonly PersonRef[]): ListedPerson[] {
  const out: ListedPerson[] = [];
  for (const [s, e] of sentencesOf(text)) {
    const words = wordsOf(text, s, e);
    const links = persons.filter((p) => p.start >= s && p.end <= e);
    const found: ListedPerson[] = [];
    let boundary = 0;
    for (const link of links) {
      let li = boundary;
      while (li < words.length && words[li]!.start < link.start) li++;
      let j = li;
      while (j > boundary && isPositionWord(words[j - 1]!.text)) j--;
      const prefix = words.slice(j, li);
      const pieces = splitPieces(prefix);
      // "Mr Putin and Mr Morsi": a separator right before the name leaves the name without a
      // position; what stands before the separator is an entry of its own or nothing.
      const lastWord = prefix[prefix.length - 1]?.text ?? '';
      if (lastWord === 'and' || lastWord.endsWith(',')) pieces.push([]);
      // Honorifics next to the name are not part of the position ("Mr" in "Mr Morsi").
      const near = pieces[pieces.length - 1];
      while (near && near.length > 0 && HONORIFICS.has(near[near.length - 1]!.text)) near.pop();
      const { position: posWords, entries } = splitPrefix(pieces);
      for (const piece of entries) pushUnlinked(found, text, piece);
      const entryStart = posWords[0]?.start ?? link.start;
      const position = posWords.length > 0 ? text.slice(entryStart, posWords[posWords.length - 1]!.end).replace(/,$/, '') : null;
      found.push({ name: link.visible, start: entryStart, end: link.end, position, person: link, chair: false });
      while (li < words.length && words[li]!.start < link.end) li++;
      boundary = li;
    }
    // After the last link (or in a sentence without links): unlinked entries up to the first word
    // that cannot stand in a list of office holders.
    let j = boundary;
    if (links.length === 0) {
      // No link to anchor on: the list can only start after the sentence's last word that cannot
      // stand in a list of office holders ("… included", "… were").
      j = 0;
      for (let i = 0; i < words.length; i++) if (!isPositionWord(words[i]!.text)) j = i + 1;
      if (j >= words.length) j = 0;
    }
    let stop = j;
    while (stop < words.length && isPositionWord(words[stop]!.text)) stop++;
    const tail = splitPieces(words.slice(j, stop));
    const before = found.length;
    for (let k = 0; k < tail.length; k++) {
      if (isUnlinkedEntry(tail[k]!)) pushUnlinked(found, text, tail[k]!);
      else if (k + 1 < tail.length && !isLowerFirst(tail[k]![0]?.text ?? 'x')) {
        // A position broken by a comma or "and": glue it to the next piece.
        tail[k + 1] = [...tail[k]!, ...tail[k + 1]!];
      }
    }
    if (links.length === 0 && found.length - before < 2) found.length = before;
    // Chairs: the sentence says so right after or right before the entry.
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const after = text.slice(f.end, Math.min(e, f.end + 30));
      const prefix = text.slice(Math.max(s, f.start - 30), f.start);
      if (CHAIR_AFTER.test(after) || CHAIR_BEFORE.test(prefix)) found[k] = { ...f, chair: true };
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  }
  return out;
}

/**
 * The words before a linked name, split at the list's separators: the piece next to the name is
 * its position; earlier pieces either continue it (a comma or "and" inside the position:
 * "Minister of Civil Defence, Emergencies and …") or, when they end in a name of their own, are
 * entries of their own. An empty last piece means the name has no position.
 */
function splitPrefix(pieces: readonly Word[][]): { position: Word[]; entries: Word[][] } {
  const last = pieces.length - 1;
  if (last < 0) return { position: [], entries: [] };
  if (pieces[last]!.length === 0) {
    return { position: [], entries: pieces.slice(0, last).filter(isUnlinkedEntry) };
  }
  let from = last;
  while (from > 0 && !isUnlinkedEntry(pieces[from - 1]!)) from--;
  return { position: trimConnectors(pieces.slice(from).flat()), entries: pieces.slice(0, from) };
}

/** Splits words at commas and at "and" (the separators of a list); the separators dropped. */
function splitPieces(words: readonly Word[]): Word[][] {
  const pieces: Word[][] = [[]];
  for (const w of words) {
    if (w.text === 'and' || w.text === ',') {
      pieces.push([]);
      continue;
    }
    pieces[pieces.length - 1]!.push(w);
    if (w.text.endsWith(',')) pieces.push([]);
  }
  while (pieces.length > 0 && pieces[pieces.length - 1]!.length === 0) pieces.pop();
  return pieces.filter((p) => p.length > 0);
}

function trimConnectors(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && isLowerFirst(words[i]!.text)) i++;
  return words.slice(i);
}

function isLowerFirst(w: string): boolean {
  const b = bare(w);
  return b.length > 0 && !isCapitalised(b);
}

/** "President of Iran Seyyed Ebrahim Raisi": a title, then a name of two to four words. */
function isUnlinkedEntry(piece: readonly Word[]): boolean {
  if (piece.length < 3 || isLowerFirst(piece[0]!.text)) return false;
  if (!piece.every((w) => isPositionWord(w.text))) return false;
  const from = nameStartOf(piece);
  if (from === null || from === 0 || piece.length - from < 2 || piece.length - from > 4) return false;
  const position = piece.slice(0, from).map((w) => bare(w.text));
  if (position.every((w) => HONORIFICS.has(w))) return false;
  return position.some((w) => TITLE_WORDS.has(w) || w === 'of');
}

function pushUnlinked(found: ListedPerson[], text: string, piece: readonly Word[]): void {
  const from = nameStartOf(piece);
  if (from === null) return;
  const last = piece[piece.length - 1]!;
  const end = last.start + bare(last.text).length + (last.text.length - last.text.trimStart().length);
  const nameStart = piece[from]!.start;
  const nameText = text.slice(nameStart, end).replace(/[.,;:]+$/, '');
  found.push({
    name: nameText,
    start: piece[0]!.start,
    end: nameStart + nameText.length,
    position: text.slice(piece[0]!.start, piece[from - 1]!.end).replace(/,$/, ''),
    person: null,
    chair: false,
  });
}
