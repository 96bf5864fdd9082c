#!/usr/bin/env node
// stenogram-ingest: the only place that turns errors into messages and exit codes.
import { PARSER_VERSION } from '@stenogram/parser';
import { HELP, parseCliOptions } from './cli-options.js';
import { dryRun } from './dry-run.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { runIngest } from './run-ingest.js';

async function main(argv: readonly string[]): Promise<ExitCode> {
  let options;
  try {
    options = parseCliOptions(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`stenogram-ingest: ${error.message}\nTry 'stenogram-ingest --help'.\n`);
    return ExitCode.usage;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (options.version) {
    process.stdout.write(`stenogram parser ${PARSER_VERSION}\n`);
    return ExitCode.ok;
  }
  if (options.dryRun) {
    const result = await dryRun(options.inputs, options, process.stdout, process.stderr);
    return result.rejected > 0 ? ExitCode.rejected : ExitCode.ok;
  }
  return runIngest(options, process.stdout, process.stderr);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`stenogram-ingest: internal error: ${detail}\n`);
    process.exitCode = ExitCode.internal;
  },
);
