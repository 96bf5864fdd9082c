import type { StenogramEvent } from '@stenogram/schema';

/** A turn reduced to what both readers must agree on: the label and the start of the text. */
export interface TurnKey {
  readonly label: string;
  readonly head: string;
}

/** Letters and digits, lower case, curly quotes and dashes folded: the scorer's comparison key. */
export function key(s: string, n?: number): string {
  const k = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '');
  return n === undefined ? k : k.slice(0, n);
}

export function turnsOf(events: readonly StenogramEvent[]): TurnKey[] {
  return events.flatMap((e) =>
    e.type === 'statement-made' && key(e.data.text, 30).length > 0
      ? [{ label: key(e.data.speaker.label), head: key(e.data.text, 30) }]
      : [],
  );
}

/** Length of the longest common subsequence (same label and head), O(n·m) like the scorer. */
export function agreeing(a: readonly TurnKey[], b: readonly TurnKey[]): number {
  const m = b.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const same = a[i]!.label === b[j]!.label && a[i]!.head === b[j]!.head;
      cur[j] = same ? prev[j + 1]! + 1 : Math.max(prev[j]!, cur[j + 1]!);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[0]!;
}
