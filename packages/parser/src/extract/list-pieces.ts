import { isLowerTitle, isPositionWord, nameStartOf } from './split-position.js';
import { DOMAIN_WORDS, ORGANISATION_NOUNS, TITLE_WORDS } from './vocabulary.js';
import { bare, isCapitalised, type Word } from './words.js';

/**
 * The pieces of a narrative list and what each is. A list's words are split at commas into
 * pieces, a piece at "and" where both sides stand alone, and every piece classified: an entry
 * ("President of Iran Seyyed Ebrahim Raisi"), a bare name ("Valery Kapashin"), a position
 * ("Minister of Industry and Trade") or anything else, which ends the list.
 */

/** Honorifics are not positions: "Mr Putin and Mr Morsi" is no list of office holders. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Mr.',
  'Ms.',
  'Mrs.',
]);

/** The longest piece read as list entries: the longest real position runs to about 30 words. */
const MAX_ENTRY_WORDS = 60;

/** What a comma-separated piece of a list is. */
export type PieceKind = 'entry' | 'name' | 'position' | 'other';

/** "as well as" between entries of a list: "…, as well as Economic Development Minister …". */
export function isAsWellAs(words: readonly Word[], i: number): boolean {
  const w = words[i]!.text;
  return (
    (w === 'as' && wordAt(words, i + 1) === 'well' && wordAt(words, i + 2) === 'as') ||
    (w === 'well' && wordAt(words, i - 1) === 'as') ||
    (w === 'as' && wordAt(words, i - 1) === 'well')
  );
}

// Helpers are module functions, not closures made per call: under tsx (the bench, `npm run
// ingest`) every named closure is also given its name by a `defineProperty` call, which costs
// more than the call it serves on the paths run for every word or line.
function wordAt(words: readonly Word[], k: number): string {
  return words[k]?.text ?? '';
}

/** Maximal runs of words that can stand in a list of office holders, "as well as" included. */
export function positionRuns(words: readonly Word[]): Word[][] {
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
export function commaPieces(words: readonly Word[]): Word[][] {
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
  while (
    i < j &&
    (piece[i]!.text === 'and' || piece[i]!.text === 'as' || piece[i]!.text === 'well')
  )
    i++;
  while (j > i && piece[j - 1]!.text === 'and') j--;
  return piece.slice(i, j);
}

/** Whether the words end in a list separator (a comma or "and"): nothing stands between them and what follows. */
export function endsWithSeparator(words: readonly Word[]): boolean {
  const last = words[words.length - 1]?.text ?? '';
  return last === 'and' || last.endsWith(',');
}

/**
 * Splits a comma piece at "and" where both sides stand on their own ("Vitaly Mutko and
 * Presidential Aide Igor Levitin"), never inside a position ("Minister of Construction and
 * Housing and Utilities Mikhail Men").
 */
export function splitAtAnd(piece: Word[]): Word[][] {
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
    const split =
      (l === 'entry' && (r === 'entry' || r === 'position')) || (l === 'name' && r !== 'other');
    if (split) return [left, ...splitAtAnd(right)];
  }
  return [piece];
}

/** In the piece next to a link: the last "and" after which only a position (or honorific) is left. */
export function lastAndSplit(piece: Word[]): { left: Word[]; right: Word[] } | null {
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
    if (
      kind === 'name' ||
      (kind === 'entry' && titled) ||
      right.every((w) => HONORIFICS.has(w.text))
    )
      return { left, right };
  }
  if (piece.length > 0 && piece[piece.length - 1]!.text === 'and')
    return { left: piece.slice(0, -1), right: [] };
  return null;
}

/** What a piece is: "President of Iran Seyyed Ebrahim Raisi" entry, "Valery Kapashin" name, "Minister of Industry and Trade" position. */
export function classify(piece: readonly Word[]): PieceKind {
  if (piece.length === 0) return 'other';
  const first = bare(piece[0]!.text);
  if (first.length === 0) return 'other';
  if (!isCapitalised(first)) {
    // Lower case opens an entry only as a bare title before a name ("presidential aides Igor
    // Levitin", "the incumbent governor Oleg Chirkunov"), never a phrase ("veterans and
    // participants in the Great Patriotic War").
    const at = isLowerTitle(first) ? nameStartOf(piece) : null;
    const titleOnly =
      at !== null && at > 0 && piece.slice(0, at).every((w) => isLowerTitle(w.text));
    return titleOnly &&
      piece.length - at <= 4 &&
      piece.slice(at).every((w) => isCapitalised(bare(w.text)))
      ? 'entry'
      : 'other';
  }
  if (!piece.every((w) => isPositionWord(w.text))) return 'other';
  const plain = piece.map((w) => bare(w.text));
  const titled = plain.some((w) => TITLE_WORDS.has(w) || ORGANISATION_NOUNS.has(w) || w === 'of');
  if (!titled) {
    const nameLike = plain.every(
      (w) => (isCapitalised(w) || w.length <= 3) && !DOMAIN_WORDS.has(w),
    );
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
export function trimLower(words: readonly Word[]): Word[] {
  let i = 0;
  while (i < words.length && !isCapitalised(bare(words[i]!.text)) && !isLowerTitle(words[i]!.text))
    i++;
  return words.slice(i);
}

/** Index range from the first word's start to the last word's end; null for no words. */
export function rangeOf(words: readonly Word[]): { start: number; end: number } | null {
  if (words.length === 0) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** End of a name word without trailing punctuation ("Raisi," → before the comma). */
export function nameEnd(w: Word): number {
  let e = w.end;
  while (e > w.start && /[.,;:)]/.test(w.text.charAt(e - w.start - 1))) e--;
  return e;
}
