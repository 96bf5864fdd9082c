/** jsonb comes back parsed from pg and PGlite alike; a string is parsed, to be safe. */
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
