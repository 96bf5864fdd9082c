/**
 * Where a link's hidden text really ends. The link's closing markup leaves a space before the
 * punctuation that follows it ("Sargsyan Serzh , and"); that space goes with the tooltip, so the
 * cleaned text reads "Serzh Sargsyan, and". Returns `end`, or `end + 1` to take the stray space.
 */
export function strayEnd(text: string, end: number): number {
  return text.charAt(end) === ' ' && /[,.:;!?)\]]/.test(text.charAt(end + 1)) ? end + 1 : end;
}
