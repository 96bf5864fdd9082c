import type { NoteKind } from '@stenogram/schema';

/** A note found inside a block's text: index range and kind. */
export interface FoundNote {
  readonly kind: NoteKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The transcribers' marks inside a turn: an omission `<…>` (also `‹…>`, `<...>`) and a
 * parenthesised stage note: "(Applause.)", "(Laughter)", "(In English.)", "(To Veronika
 * Skvortsova)", "(Sighs.)". Bounded classes only — no nested quantifiers, so no backtracking.
 */
const MARK = /[<‹](?:…|\.\.\.)[>›]|\(([^()]{1,120})\)/g;

/** "(In English.)", "(in Russian)": the language a passage was spoken in. */
const LANGUAGE = /^in [A-Z][a-z]+\.?$/i;
/** "(To Veronika Skvortsova)", "(addressing the Governor)": who a remark is addressed to. */
const ADDRESSEE = /^(?:to|addressing) \S/i;

/**
 * Finds the notes of a block of text. A parenthesis counts as a note only when it reads as one:
 * applause, laughter, a language, an addressee, or a sentence of its own ("(Sighs.)") — never an
 * abbreviation "(CSTO)" or an aside "(I want to underscore this)".
 */
export function findNotes(text: string): FoundNote[] {
  const out: FoundNote[] = [];
  // Most paragraphs have no mark at all: three native searches spare them the regex.
  if (text.indexOf('(') < 0 && text.indexOf('<') < 0 && text.indexOf('‹') < 0) return out;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const inner = m[1];
    const start = m.index;
    const end = start + m[0].length;
    if (inner === undefined) {
      out.push({ kind: 'omission', text: m[0], start, end });
      continue;
    }
    const kind = noteKind(inner.trim());
    if (kind) out.push({ kind, text: m[0], start, end });
  }
  return out;
}

/** The kind of a parenthesised note, or null when the parenthesis is ordinary text. */
export function noteKind(inner: string): NoteKind | null {
  const lower = inner.toLowerCase();
  if (lower.includes('applause')) return 'applause';
  if (lower.includes('laughter') || lower.includes('laughs')) return 'laughter';
  if (LANGUAGE.test(inner)) return 'language';
  if (ADDRESSEE.test(inner) && inner.length <= 80) return 'addressee';
  // A sentence of its own, closed by a full stop inside the parentheses: "(Sighs.)",
  // "(Shows the paperwork.)", "(A minute of silence.)".
  if (/^[A-Z]/.test(inner) && /[.!]$/.test(inner)) return 'stage';
  return null;
}
