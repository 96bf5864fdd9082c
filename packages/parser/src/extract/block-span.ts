import type { Span } from '@stenogram/schema';
import type { Block } from '../document.js';

/**
 * The source span of `block.text[from, to)`: from the first character's offset to just after the
 * last one's. An empty range gives an empty span at its position.
 */
export function spanIn(block: Block, from: number, to: number): Span {
  const offsets = block.offsets;
  const n = offsets.length;
  if (n === 0) return { end: block.span.start, start: block.span.start };
  const a = Math.max(0, Math.min(from, n - 1));
  const b = Math.max(a, Math.min(to, n));
  const start = offsets.startOf(a);
  if (b <= from || b === a) return { end: start, start };
  const end = Math.max(start + 1, offsets.endOf(b - 1));
  // Keys in sorted order: the canonical form the digest hashes.
  return { end, start };
}
