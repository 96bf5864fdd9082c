import { createHash, hash as oneShotHash } from 'node:crypto';
import { canonicalEventJson, type SharedJson } from './event-json.js';

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'null';
}

/**
 * The value with object keys in sorted order (UTF-16 code-unit order, JavaScript's default sort)
 * and undefined members dropped. Subtrees already in that form are returned as they are, not
 * copied: the parser builds its hot objects (statements, notes, spans, envelopes) with sorted keys
 * so that digesting them costs one native `JSON.stringify`.
 */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const c = canonical(v);
      if (c !== v && copy === null) copy = value.slice(0, i) as unknown[];
      if (copy !== null) copy.push(c);
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Already canonical (the parser's own events) costs no allocation: children are collected only
  // from the first one that changes, and each child is made canonical once.
  let sorted = true;
  let children: unknown[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i - 1]! >= keys[i]!) sorted = false;
    const v = record[keys[i]!];
    const c = canonical(v);
    if (children === null && (c !== v || v === undefined))
      children = keys.slice(0, i).map((k) => record[k]);
    children?.push(c);
  }
  if (sorted && children === null) return value;
  children ??= keys.map((k) => record[k]);
  const out: Record<string, unknown> = {};
  const order = keys
    .map((k, i) => [k, children[i]] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, v] of order) if (v !== undefined) out[k] = v;
  return out;
}

/** Hex sha256 of a string's UTF-8 bytes or of raw bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  // One call, no Hash object: a third of `createHash(…).update(…).digest(…)` for a short input,
  // and a document takes three of these.
  return oneShotHash('sha256', input, 'hex');
}

/**
 * The digest an `extraction-completed` event carries: sha256 of the canonical JSON array of the
 * extraction's events before it (from `extraction-started` on). An audit recomputes it from the
 * stored events.
 *
 * @example
 * const started = events.findIndex((e) => e.type === 'extraction-started');
 * const done = events[events.length - 1];
 * digestEvents(events.slice(started, -1)) === done.data.digest; // true
 */
export function digestEvents(events: readonly unknown[]): string {
  // Hashed event by event: the same bytes as hashing `canonicalJson(events)`, without building
  // one string the size of the whole extraction.
  const hash = createHash('sha256');
  hash.update('[');
  for (let i = 0; i < events.length; i++) {
    if (i > 0) hash.update(',');
    hash.update(canonicalJson(events[i]));
  }
  hash.update(']');
  return hash.digest('hex');
}

/** Characters of JSON gathered before they are hashed (see `digestCanonicalEvents`). */
const HASH_CHUNK = 16_384;

/**
 * `digestEvents` for events known to be in canonical form already (the parser builds them so):
 * the same digest without the key-order check, statements' JSON written by `canonicalEventJson`.
 * Tests recompute every digest with `digestEvents`, so a key out of order shows as a mismatch
 * there, never as a silent change.
 */
export function digestCanonicalEvents(
  events: ReadonlyArray<Parameters<typeof canonicalEventJson>[0]>,
): string {
  const hash = createHash('sha256');
  const shared: SharedJson = new Map();
  // Hashed in chunks of a few events: one call per event, and one per comma, cost more than the
  // hashing of a small event.
  let chunk = '[';
  for (let i = 0; i < events.length; i++) {
    if (i > 0) chunk += ',';
    chunk += canonicalEventJson(events[i]!, shared);
    if (chunk.length >= HASH_CHUNK) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(`${chunk}]`);
  return hash.digest('hex');
}
