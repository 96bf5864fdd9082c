#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AuditDiffSchema } from '@stenogram/schema';
import {
  openStore,
  StoreLockedError,
  StoreUnavailableError,
  type EventStore,
} from '@stenogram/store';
import { AuditTargetNotFoundError, auditHistory } from './audit/audit-history.js';
import { diffExtractions, IncompleteExtractionError } from './audit/diff-extractions.js';
import { renderDiff, renderHistory, renderVerify } from './audit/render-audit.js';
import { verifyExtractions } from './audit/verify-extractions.js';
import { writeReports } from './build/write-reports.js';
import { EXIT } from './cli/exit-codes.js';
import { parseCli, UsageError, type Command, type StoreOptions } from './cli/parse-cli.js';
import { countOf, StatusLine } from './cli/status-line.js';
import { USAGE } from './cli/usage.js';
import { rebuildProjections, updateProjections } from './projection/update-projections.js';
import { searchStatements } from './search/search-statements.js';

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether `err` is a terminal: long builds draw their progress there. */
  readonly errIsTerminal?: boolean;
}

async function open(options: StoreOptions): Promise<EventStore> {
  const schema = options.schema === null ? {} : { schema: options.schema };
  return options.databaseUrl !== null
    ? openStore({ databaseUrl: options.databaseUrl, ...schema })
    : openStore({ dataDir: options.dataDir, ...schema });
}

async function run(
  command: Exclude<Command, { kind: 'help' }>,
  store: EventStore,
  io: Io,
): Promise<number> {
  switch (command.kind) {
    case 'build': {
      const status = new StatusLine((t) => io.err(t), io.errIsTerminal === true);
      const replay = io.errIsTerminal
        ? {
            onProgress: (events: number, about: number) =>
              status.show(`replaying events: ${countOf(events, about, true)}`),
          }
        : {};
      const update = command.rebuild
        ? await rebuildProjections(store, replay)
        : await updateProjections(store, replay);
      status.clear();
      const rate =
        update.milliseconds > 0 ? Math.round((update.events / update.milliseconds) * 1000) : 0;
      io.err(
        `${command.rebuild ? 'rebuilt' : 'updated'} projections: ${update.events} events in ${Math.round(update.milliseconds)} ms (${rate} events/s)\n`,
      );
      const w = await writeReports(store, {
        outDir: command.outDir,
        full: command.full || command.rebuild,
        onProgress: (written, of) => status.show(`writing meetings: ${countOf(written, of)}`),
      });
      status.clear();
      io.err(
        `${command.outDir}: ${w.meetings} meetings, ${w.meetingsRendered} rendered, ${w.written.length} files written, ${w.removed.length} removed, in ${Math.round(w.milliseconds)} ms\n`,
      );
      return EXIT.ok;
    }
    case 'search': {
      await updateProjections(store);
      const hits = await searchStatements(store, {
        ...command,
        onIndexing: () =>
          io.err(
            'making the statements searchable: their table and full-text index, made once by the first search after a rebuild or on a new store (minutes at a million events) …\n',
          ),
      });
      if (command.json) io.out(`${JSON.stringify(hits, null, 2)}\n`);
      else {
        for (const h of hits) {
          io.out(
            `${h.date ?? 'undated'}  ${h.title ?? h.documentId}\n  ${h.speaker} (statement ${h.ordinal}, rank ${h.rank})\n  ${h.snippet}\n\n`,
          );
        }
        io.err(`${hits.length} statements\n`);
      }
      return hits.length === 0 ? EXIT.mismatchOrNotFound : EXIT.ok;
    }
    case 'audit': {
      const history = await auditHistory(store, command.target);
      io.out(command.json ? `${JSON.stringify(history, null, 2)}\n` : renderHistory(history));
      return history.extractions.length + history.rejections.length === 0
        ? EXIT.mismatchOrNotFound
        : EXIT.ok;
    }
    case 'audit-diff': {
      for (const id of [command.a, command.b]) {
        if (!(await store.getExtraction(id))) throw new AuditTargetNotFoundError(id);
      }
      const diff = diffExtractions(
        { extractionId: command.a, events: await store.readExtraction(command.a) },
        { extractionId: command.b, events: await store.readExtraction(command.b) },
      );
      io.out(
        command.json
          ? `${JSON.stringify(AuditDiffSchema.parse(diff), null, 2)}\n`
          : renderDiff(diff),
      );
      return EXIT.ok;
    }
    case 'audit-verify': {
      const result = await verifyExtractions(store);
      io.out(command.json ? `${JSON.stringify(result, null, 2)}\n` : renderVerify(result));
      return result.mismatches === 0 ? EXIT.ok : EXIT.mismatchOrNotFound;
    }
  }
}

/** Runs the CLI and returns its exit code: the one place where errors become messages. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`stenogram-report: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  let store: EventStore;
  try {
    store = await open(parsed.store);
  } catch (error) {
    if (error instanceof StoreUnavailableError || error instanceof StoreLockedError) {
      io.err(`stenogram-report: database unavailable: ${error.message}\n`);
      return EXIT.databaseUnavailable;
    }
    throw error;
  }
  try {
    return await run(parsed.command, store, io);
  } catch (error) {
    if (error instanceof AuditTargetNotFoundError || error instanceof IncompleteExtractionError) {
      io.err(`stenogram-report: ${error.message}\n`);
      return EXIT.mismatchOrNotFound;
    }
    if (error instanceof StoreUnavailableError) {
      io.err(`stenogram-report: database unavailable: ${error.message}\n`);
      return EXIT.databaseUnavailable;
    }
    io.err(
      `stenogram-report: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  } finally {
    await store.close();
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const code = await main(process.argv.slice(2), process.env, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    errIsTerminal: process.stderr.isTTY,
  });
  process.exitCode = code;
}
