import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';

/** What the command line asked for. */
export interface CliOptions {
  readonly inputs: readonly string[];
  readonly stdinName: string | null;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly dryRun: boolean;
  readonly reextract: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly maxBytes: number;
  readonly help: boolean;
  readonly version: boolean;
}

/** Documents larger than this are rejected unread: no real transcript page comes near it. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const HELP = `Usage: stenogram-ingest [options] <file|directory|glob|-> ...

Adds transcripts (saved kremlin.ru pages as .html/.htm, or copied text as .txt) to the event store.
Directories are searched recursively for .html, .htm and .txt files; quote a glob ("pages/**/*.html")
to let stenogram expand it; "-" reads one document from standard input.

Options:
  --database-url URL  PostgreSQL to use (default: $DATABASE_URL; else the embedded store)
  --data-dir DIR      folder of the embedded PGlite store (default: ./.stenogram)
  --name NAME         file name of the document read from "-" (standard input)
  --dry-run           parse only: print the events as NDJSON on stdout, store nothing
  --reextract         run the current parser over every stored source
  --json              print the per-document results and the summary as JSON
  --quiet             print only rejections and the summary
  --max-bytes N       reject documents larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  -h, --help          show this help
  --version           print the parser version

Each document gets one line: new, unchanged, updated (a new extraction of a source whose earlier
extraction was made by another parser version) or rejected: <reason>.

Exit codes:
  0  every document stored (or already there)
  1  some documents rejected; the others were stored
  2  usage error
  3  database unavailable (nothing of an unfinished document is stored; run again to resume)
  70 internal error (a bug: please report it with the message)
`;

/** Parses `argv` (without node and the script), or throws a `UsageError`. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        name: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        reextract: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const maxBytes =
    values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(`--max-bytes must be a positive integer, got "${values['max-bytes']}"`);
  }
  const options: CliOptions = {
    inputs: positionals,
    stdinName: values.name ?? null,
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || null),
    dataDir: values['data-dir'] ?? '.stenogram',
    dryRun: values['dry-run'],
    reextract: values.reextract,
    json: values.json,
    quiet: values.quiet,
    maxBytes,
    help: values.help,
    version: values.version,
  };
  if (options.help || options.version) return options;
  if (options.dryRun && options.reextract) {
    throw new UsageError('--dry-run and --reextract cannot be combined');
  }
  if (options.reextract && options.inputs.length > 0) {
    throw new UsageError('--reextract takes no files: it re-reads every stored source');
  }
  if (!options.reextract && options.inputs.length === 0) {
    throw new UsageError('no input: give files, directories, globs or - for standard input');
  }
  if (options.inputs.filter((i) => i === '-').length > 1) {
    throw new UsageError('"-" (standard input) can be given once');
  }
  if (options.stdinName !== null && !options.inputs.includes('-')) {
    throw new UsageError('--name names the document read from "-", which is not among the inputs');
  }
  return options;
}
