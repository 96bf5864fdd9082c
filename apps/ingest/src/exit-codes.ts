/** The exit codes of `stenogram-ingest`, as documented in `--help` and the README. */
export const ExitCode = {
  /** Every document was stored (or was already there). */
  ok: 0,
  /** Some documents were rejected; the others went in. */
  rejected: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The database could not be reached or was lost during the run. */
  databaseUnavailable: 3,
  /** A bug: an error stenogram did not expect (EX_SOFTWARE, as stenogram-report uses). */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A command-line mistake: printed with a pointer to `--help`, exit 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
