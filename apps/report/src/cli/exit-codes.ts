/** The exit codes of `stenogram-report`. */
export const EXIT = {
  ok: 0,
  /** `audit verify` found a mismatch, or a search or audit found nothing. */
  mismatchOrNotFound: 1,
  usage: 2,
  databaseUnavailable: 3,
  /** A bug: an error nobody expected (EX_SOFTWARE). */
  internal: 70,
} as const;
