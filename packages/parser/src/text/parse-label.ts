/** A line that could open a turn: its words before the first colon, read as a speaker label. */
export interface LabelCandidate {
  /** The label without annotations, as displayed: "Prime Minister of Israel Benjamin Netanyahu". */
  readonly text: string;
  /** Parenthesised notes of the label, without parentheses: ["retranslated"]. */
  readonly annotations: readonly string[];
  /** Index in the line where the turn's own text starts, after the colon and spaces. */
  readonly bodyStart: number;
  /** The turn's own text. */
  readonly body: string;
}

/** The longest label in the corpus has 25 words (~200 characters); anything longer is prose. */
const MAX_LABEL_LENGTH = 250;

/**
 * Splits a line at its first colon into a label candidate, e.g.
 * "Prime Minister of Israel Benjamin Netanyahu (retranslated): Thank you very much" →
 * {text: "Prime Minister of Israel Benjamin Netanyahu", annotations: ["retranslated"]}.
 * Only the syntax is checked here (a colon followed by a space or the end of the line); whether
 * the words are a speaker is for the document-level decision.
 */
export function parseLabel(line: string): LabelCandidate | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  // The colon is followed by a space, or by the turn's first word when the page lost the space
  // ("Rostec State Corporation CEO Sergei Chemezov:Mr President, …").
  const after = line.charAt(colon + 1);
  if (after !== '' && after !== ' ' && !/[\p{Lu}"“«]/u.test(after)) return null;
  let raw = line.slice(0, colon).trim();
  const annotations: string[] = [];
  // Annotations close the label: "Question (retranslated):", "Romano Prodi (translated from Russian):".
  while (raw.endsWith(')')) {
    const open = raw.lastIndexOf('(');
    if (open <= 0) break;
    const inner = raw.slice(open + 1, -1).trim();
    if (inner.includes(')') || inner === '') break;
    annotations.unshift(inner);
    raw = raw.slice(0, open).trim();
  }
  if (raw === '') return null;
  let bodyStart = colon + 1;
  while (line.charAt(bodyStart) === ' ') bodyStart++;
  return { text: raw, annotations, bodyStart, body: line.slice(bodyStart) };
}
