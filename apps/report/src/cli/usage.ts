export const USAGE = `stenogram-report — reports, search and audit over the stenogram event log

Usage:
  stenogram-report build [--out DIR] [--rebuild] [--full]
      Bring the report tables up to date and write DIR (default reports/):
      meetings/<date>-<slug>.md/.json, index, people and organisations (.md and .json).
      Only meetings changed since the last build into DIR are rewritten.
      --rebuild  truncate the report tables and replay every event first
      --full     re-render every meeting (keywords against today's corpus)
  stenogram-report search "<query>" [--speaker NAME] [--from DATE] [--to DATE] [--limit N] [--json]
      Full-text search over the current statements (web-search syntax: "a phrase", or, -word).
  stenogram-report audit [<file|sha256|document, meeting or extraction id>] [--all] [--json]
      Every attempt on a document: extractions (time, parser version, counts, digest, current or
      superseded) and rejected ingests.
  stenogram-report audit diff <extraction A> <extraction B> [--json]
      Facts added, removed and changed from A to B.
  stenogram-report audit verify [--json]
      Recompute every digest from the stored events; re-parse the sources whose parser version is
      the current one. Exits 1 on any mismatch.

Database (every command):
  --database-url URL   PostgreSQL (default: $DATABASE_URL)
  --data-dir DIR       embedded PGlite folder when no URL is given (default ./.stenogram)
  --schema NAME        the store's schema (default stenogram)

Exit codes: 0 ok, 1 verify mismatch or nothing found, 2 usage, 3 database unavailable,
70 internal error.
`;
