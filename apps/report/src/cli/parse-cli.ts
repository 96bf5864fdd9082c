import { parseArgs } from 'node:util';

/** A command line that cannot be run, with the reason; `main` prints it with the usage. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface StoreOptions {
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly schema: string | null;
}

export type Command =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'build';
      readonly outDir: string;
      readonly rebuild: boolean;
      readonly full: boolean;
    }
  | {
      readonly kind: 'search';
      readonly query: string;
      readonly speaker?: string;
      readonly from?: string;
      readonly to?: string;
      readonly limit: number;
      readonly json: boolean;
    }
  | { readonly kind: 'audit'; readonly target: string | null; readonly json: boolean }
  | { readonly kind: 'audit-diff'; readonly a: string; readonly b: string; readonly json: boolean }
  | { readonly kind: 'audit-verify'; readonly json: boolean };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the command line (without `node` and the script). */
export function parseCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { command: Command; store: StoreOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        schema: { type: 'string' },
        out: { type: 'string' },
        rebuild: { type: 'boolean' },
        full: { type: 'boolean' },
        speaker: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        all: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals: p } = parsed;
  const store: StoreOptions = {
    databaseUrl: v['database-url'] ?? (env['DATABASE_URL'] || null),
    dataDir: v['data-dir'] ?? './.stenogram',
    schema: v.schema ?? null,
  };
  const json = v.json ?? false;
  const [name, ...rest] = p;
  if (v.help || name === undefined || name === 'help') return { command: { kind: 'help' }, store };
  switch (name) {
    case 'build':
      if (rest.length > 0) throw new UsageError(`build takes no arguments, got ${rest.join(' ')}`);
      return {
        command: {
          kind: 'build',
          outDir: v.out ?? 'reports',
          rebuild: v.rebuild ?? false,
          full: v.full ?? false,
        },
        store,
      };
    case 'search': {
      if (rest.length !== 1 || rest[0]!.trim() === '')
        throw new UsageError('search takes one query, quoted');
      for (const [flag, value] of [
        ['--from', v.from],
        ['--to', v.to],
      ] as const) {
        if (value !== undefined && !DATE.test(value))
          throw new UsageError(`${flag} wants YYYY-MM-DD, got ${value}`);
      }
      const limit = v.limit === undefined ? 20 : Number(v.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit wants a positive integer, got ${v.limit}`);
      return {
        command: {
          kind: 'search',
          query: rest[0]!,
          ...(v.speaker === undefined ? {} : { speaker: v.speaker }),
          ...(v.from === undefined ? {} : { from: v.from }),
          ...(v.to === undefined ? {} : { to: v.to }),
          limit,
          json,
        },
        store,
      };
    }
    case 'audit': {
      const [sub, ...args] = rest;
      if (sub === 'diff') {
        if (args.length !== 2) throw new UsageError('audit diff takes two extraction ids');
        return { command: { kind: 'audit-diff', a: args[0]!, b: args[1]!, json }, store };
      }
      if (sub === 'verify') {
        if (args.length > 0) throw new UsageError('audit verify takes no arguments');
        return { command: { kind: 'audit-verify', json }, store };
      }
      if (rest.length > 1) throw new UsageError('audit takes at most one target');
      if (sub === undefined && !v.all)
        throw new UsageError('audit needs a target (a file, sha256 or id) or --all');
      if (sub !== undefined && v.all)
        throw new UsageError('audit takes a target or --all, not both');
      return { command: { kind: 'audit', target: sub ?? null, json }, store };
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  }
}
