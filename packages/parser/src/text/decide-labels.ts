import type { PersonRef } from '../document.js';
import { isGenericLabel } from './generic-label.js';
import { labelShape, type LabelShape } from './label-shape.js';
import { isCapitalised } from './words.js';
import type { LabelCandidate } from './parse-label.js';

/** What the label decision needs to know of one body block. */
export interface LabelInput {
  readonly candidate: LabelCandidate | null;
  /** Person links of the block, as index ranges of its text. */
  readonly persons: readonly PersonRef[];
}

/** Opening quotation marks: a generic word before a quotation is a quoted question, not a turn. */
const QUOTE_OPEN = /^["“«‘'„]/;

/**
 * Decides which label candidates open a turn, using the document's own evidence, since a copy
 * loses the bold face that marks a label on the page:
 * 1. firm labels — a generic role ("Question:"), a label holding a person link (its card came
 *    along), or words shaped like a speaker (a name, a position then a name);
 * 2. then labels the firm ones vouch for — the same label again, a short form whose last words are
 *    a known speaker's or a card's name ("Vladimir Putin" after "President of Russia Vladimir
 *    Putin"), a known name followed by a position ("Sergei Mironov, Leader of …"), a name typed
 *    without its space ("VladimirPutin").
 * Never labels: prose ("There are many such areas: they include …"), enumerations ("Second: Ms
 * Abramchenko said …"), list entries ("Minister of Defence: Sergei Shoigu.").
 * Returns, for each input, whether its candidate is a label.
 */
export function decideLabels(blocks: readonly LabelInput[]): boolean[] {
  const shapes: Shapes = new Map();
  const uses = new Map<string, number>();
  // Each candidate's normal form, computed once: every step below compares labels by it.
  const normals = blocks.map((b) => (b.candidate ? normal(b.candidate.text) : ''));
  // Whether each candidate's body is only a name (see `isListEntry`).
  const nameBodies = blocks.map((b) => !!b.candidate && NAME_BODY.test(b.candidate.body));
  // Speakers seen with a turn of their own, not a name after them: never list entries.
  const speakers = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const c = blocks[i]!.candidate;
    if (!c) continue;
    const label = normals[i]!;
    uses.set(label, (uses.get(label) ?? 0) + 1);
    if (!nameBodies[i] && shapeOf(shapes, c.text).speakerLike) speakers.add(label);
  }
  const firm = blocks.map(
    (b, i) =>
      isFirm(b, normals[i]!, uses, shapes) &&
      !isListEntry(blocks, i, nameBodies, normals, shapes, speakers),
  );
  const knownLabels = new Set<string>();
  const knownNames = new Set<string>();
  blocks.forEach((b, i) => {
    for (const p of b.persons) {
      addName(knownNames, normal(p.visible));
      if (p.cardName) addName(knownNames, normal(p.cardName.split(' ').reverse().join(' ')));
    }
    if (firm[i] && b.candidate && !isGenericLabel(b.candidate.text)) {
      knownLabels.add(normals[i]!);
      addName(knownNames, normals[i]!);
    }
  });
  const glued = new Set([...knownNames].map((n) => n.replace(/ /g, '')));
  const surnames = new Set([...knownNames].map((n) => n.slice(n.lastIndexOf(' ') + 1)));
  return blocks.map((b, i) => {
    if (firm[i]) return true;
    const c = b.candidate;
    if (
      !c ||
      isListEntry(blocks, i, nameBodies, normals, shapes, speakers) ||
      c.text.startsWith('(')
    )
      return false;
    const label = normals[i]!;
    if (knownLabels.has(label)) return true;
    const shape = shapeOf(shapes, c.text);
    if ((shape.prose || shape.wordy) && !hasNameThenComma(label, knownNames)) return false;
    const words = label.split(' ');
    if (words.length >= 2 && knownNames.has(words.slice(-2).join(' '))) return true;
    // "VladimirPutin", or a known speaker's surname alone ("Medvedev" after "Dmitry Medvedev").
    if (words.length === 1 && (glued.has(label) || (surnames.has(label) && isCapitalised(c.text))))
      return true;
    return hasNameThenComma(label, knownNames);
  });
}

/** Each label's shape, computed once per document. */
type Shapes = Map<string, LabelShape>;

// A module function, not a closure made per call: under tsx (the bench, `npm run ingest`) every
// named closure is also given its name by a `defineProperty` call.
function shapeOf(shapes: Shapes, label: string): LabelShape {
  let shape = shapes.get(label);
  if (!shape) shapes.set(label, (shape = labelShape(label)));
  return shape;
}

function isFirm(
  block: LabelInput,
  label: string,
  uses: ReadonlyMap<string, number>,
  shapes: Shapes,
): boolean {
  const c = block.candidate;
  if (!c || c.text.startsWith('(')) return false;
  if (isGenericLabel(c.text)) {
    if (!QUOTE_OPEN.test(c.body)) return true;
    // "Question: “…”" inside a statement quotes a question; an interview has many such labels.
    return (uses.get(label) ?? 0) > 1;
  }
  // The bold label held a person link: its card debris ends the label ("… Vladimir Vasilyev Vasilyev VladimirHead of …:").
  const labelEnd = c.text.length;
  // However many lower-case words its position holds, unless it reads as prose ("We met Nikol Pashinyan: …").
  const shape = shapeOf(shapes, c.text);
  if (
    block.persons.some(
      (p) => p.end <= labelEnd + 1 && (p.end >= labelEnd - 1 || c.text.charAt(p.end) === ','),
    )
  ) {
    return !shape.prose;
  }
  return shape.speakerLike;
}

/** A body that is only a name: "Sergei Shoigu.", "Sergei Shoigu;". */
const NAME_BODY = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}[.;,]?$/u;

/**
 * "Minister of Defence: Sergei Shoigu." — a list of who is who, not a turn: the body is a name, and
 * the label is no speaker or the next or previous line is another such entry. A label seen with a
 * turn of its own elsewhere is a speaker ("Vladimir Putin: Mr Shoigu." / "Sergei Shoigu: Comrade
 * Supreme Commander-in-Chief." is a dialogue).
 */
function isListEntry(
  blocks: readonly LabelInput[],
  i: number,
  nameBodies: readonly boolean[],
  normals: readonly string[],
  shapes: Shapes,
  speakers: ReadonlySet<string>,
): boolean {
  const c = blocks[i]?.candidate;
  if (!c || !nameBodies[i] || speakers.has(normals[i]!)) return false;
  return !shapeOf(shapes, c.text).speakerLike || !!nameBodies[i - 1] || !!nameBodies[i + 1];
}

/** A known name just before a comma: "Sergei Mironov, Leader of A Just Russia Faction …", "CNBC TV anchor Geoff Cutmore, moderator …". */
function hasNameThenComma(label: string, names: ReadonlySet<string>): boolean {
  for (let comma = label.indexOf(','); comma > 0; comma = label.indexOf(',', comma + 1)) {
    // The last two space-separated words before the comma, found from the end, not by a split.
    const last = label.lastIndexOf(' ', comma - 1);
    if (last < 0) continue;
    const from = last === 0 ? 0 : label.lastIndexOf(' ', last - 1) + 1;
    if (names.has(label.slice(from, comma))) return true;
  }
  return false;
}

/** Adds the last two words of a name already in normal form. */
function addName(names: Set<string>, normalText: string): void {
  const last = normalText.lastIndexOf(' ');
  if (last < 0) return;
  // (`lastIndexOf(' ', -1)` would look at index 0 again.)
  names.add(last === 0 ? normalText : normalText.slice(normalText.lastIndexOf(' ', last - 1) + 1));
}

function normal(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
