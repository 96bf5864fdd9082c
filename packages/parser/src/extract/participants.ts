import type { PersonRef } from '../document.js';
import {
  HONORIFICS,
  classify,
  commaPieces,
  endsWithSeparator,
  lastAndSplit,
  nameEnd,
  positionRuns,
  rangeOf,
  splitAtAnd,
  trimLower,
} from './list-pieces.js';
import { sentencesOf } from './sentences.js';
import { isPositionWord, nameStartOf } from './split-position.js';
import { wordsOf, type Word } from './words.js';

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

/**
 * "President of Tajikistan Emomali Rahmon chaired the meeting as the head of state presiding …",
 * "…, who chaired the session": the entry just before is the chair.
 */
const CHAIR_AFTER = /^,? (?:who )?(?:co-)?(?:chaired|presided|was chairing|chairs)\b/;
/** "The meeting was chaired by …", "… presided over by …", "under the chairmanship of …": the entry just after is the chair. */
const CHAIR_BEFORE = /\b(?:(?:chaired|presided over) by|chairmanship of) $/;

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
    for (let k = next; k < sorted.length && sorted[k]!.start < e; k++)
      if (sorted[k]!.end <= e) links.push(sorted[k]!);
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
      const position = d.position
        ? text.slice(d.position.start, d.position.end).replace(/[.,;:\s]+$/, '')
        : null;
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
    const positionWords = trimLower([
      ...pending.flat(),
      ...adjacent.filter((w, i, a) => !(i === a.length - 1 && HONORIFICS.has(w.text))),
    ]);
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
