import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
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
  return sha256Hex(canonicalJson(events));
}
