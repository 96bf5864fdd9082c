import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  // Rebuild with sorted keys, then let the native serializer do the string work (several times
  // faster than concatenating the pieces here).
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units: the same order everywhere.
  const keys = Object.keys(record).sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined) out[k] = sortedCopy(v);
  }
  return out;
}

/** Hex sha256 of a string's UTF-8 bytes or of raw bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
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
