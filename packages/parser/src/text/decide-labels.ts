import type { PersonRef } from '../document.js';
import { isGenericLabel } from './generic-label.js';
import { labelShape } from './label-shape.js';
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
  const firm = blocks.map((b, i) => isFirm(b, blocks) && !isListEntry(blocks, i));
  const knownLabels = new Set<string>();
  const knownNames = new Set<string>();
  blocks.forEach((b, i) => {
    for (const p of b.persons) {
      addName(knownNames, p.visible);
      if (p.cardName) addName(knownNames, p.cardName.split(' ').reverse().join(' '));
    }
    if (firm[i] && b.candidate && !isGenericLabel(b.candidate.text)) {
      knownLabels.add(normal(b.candidate.text));
      addName(knownNames, b.candidate.text);
    }
  });
  return blocks.map((b, i) => {
    if (firm[i]) return true;
    const c = b.candidate;
    if (!c || isListEntry(blocks, i) || c.text.startsWith('(')) return false;
    const label = normal(c.text);
    if (knownLabels.has(label)) return true;
    const shape = labelShape(c.text);
    if (shape.sentenceLike && !hasNameThenComma(label, knownNames)) return false;
    const words = label.split(' ');
    if (words.length >= 2 && knownNames.has(words.slice(-2).join(' '))) return true;
    if (words.length === 1 && [...knownNames].some((n) => n.replace(/ /g, '') === label)) return true;
    return hasNameThenComma(label, knownNames);
  });
}

function isFirm(block: LabelInput, all: readonly LabelInput[]): boolean {
  const c = block.candidate;
  if (!c || c.text.startsWith('(')) return false;
  if (isGenericLabel(c.text)) {
    if (!QUOTE_OPEN.test(c.body)) return true;
    // "Question: “…”" inside a statement quotes a question; an interview has many such labels.
    const word = normal(c.text);
    return all.filter((b) => b !== block && b.candidate && normal(b.candidate.text) === word).length > 0;
  }
  // The bold label held a person link: its card debris ends the label ("… Vladimir Vasilyev Vasilyev VladimirHead of …:").
  const labelEnd = c.text.length;
  if (block.persons.some((p) => p.end <= labelEnd + 1 && (p.end >= labelEnd - 1 || c.text.charAt(p.end) === ','))) {
    return !labelShape(c.text).sentenceLike || block.persons.some((p) => p.end >= labelEnd - 1);
  }
  const shape = labelShape(c.text);
  return shape.speakerLike && !shape.sentenceLike;
}

/** A body that is only a name: "Sergei Shoigu.", "Sergei Shoigu;". */
const NAME_BODY = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}[.;,]?$/u;

/**
 * "Minister of Defence: Sergei Shoigu." — a list of who is who, not a turn: the body is a name, and
 * the label is no speaker or the next or previous line is another such entry.
 */
function isListEntry(blocks: readonly LabelInput[], i: number): boolean {
  const entry = (b: LabelInput | undefined): boolean => !!b?.candidate && NAME_BODY.test(b.candidate.body);
  const c = blocks[i]?.candidate;
  if (!c || !entry(blocks[i])) return false;
  return !labelShape(c.text).speakerLike || entry(blocks[i - 1]) || entry(blocks[i + 1]);
}

function hasNameThenComma(label: string, names: ReadonlySet<string>): boolean {
  for (const name of names) {
    const at = label.indexOf(name);
    if (at >= 0 && name.includes(' ') && label.charAt(at + name.length) === ',' && (at === 0 || label.charAt(at - 1) === ' ')) return true;
  }
  return false;
}

function addName(names: Set<string>, text: string): void {
  const words = normal(text).split(' ');
  if (words.length >= 2) names.add(words.slice(-2).join(' '));
}

function normal(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
