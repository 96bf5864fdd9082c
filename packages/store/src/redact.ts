/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages and logs. */
export function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = '';
    return url.toString();
  } catch {
    return '(unparseable database url)';
  }
}
