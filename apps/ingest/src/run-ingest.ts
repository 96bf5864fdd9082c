import { parseTranscript, type ParseResult } from '@stenogram/parser';
import {
  openStore,
  StoreLockedError,
  StoreUnavailableError,
  type EventStore,
} from '@stenogram/store';
import type { Writable } from 'node:stream';
import type { CliOptions } from './cli-options.js';
import { ExitCode } from './exit-codes.js';
import { expandInputs, type InputItem } from './expand-inputs.js';
import { BatchWriter, type Entry } from './batch-writer.js';
import { readDocument } from './read-document.js';
import { Reporter } from './reporter.js';
import { isConnectionLost } from './connection-lost.js';

/** Ingests (or re-extracts) and prints the per-document lines and summary; returns the exit code. */
export async function runIngest(
  options: CliOptions,
  out: Writable,
  err: Writable,
): Promise<ExitCode> {
  const color = !process.env.NO_COLOR && (out as { isTTY?: boolean }).isTTY === true;
  const progress = !options.quiet && !options.json && (err as { isTTY?: boolean }).isTTY === true;
  const reporter = new Reporter(out, err, {
    json: options.json,
    quiet: options.quiet,
    color,
    progress,
  });
  let store: EventStore;
  try {
    store = await openStore(
      options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir },
    );
  } catch (error) {
    if (error instanceof StoreUnavailableError || error instanceof StoreLockedError) {
      err.write(`stenogram-ingest: ${error.message}\n`);
      return ExitCode.databaseUnavailable;
    }
    throw error;
  }
  try {
    if (progress && !options.reextract) {
      let total = 0;
      for await (const _ of expandInputs(options.inputs, options.stdinName)) total++;
      reporter.setTotal(total);
    }
    if (options.reextract) await reextractAll(store, reporter);
    else await ingestAll(store, expandInputs(options.inputs, options.stdinName), options, reporter);
  } catch (error) {
    if (isConnectionLost(error)) {
      reporter.finish();
      err.write(
        `stenogram-ingest: database connection lost (${describe(error)}); ` +
          'documents not reported above were not stored — run the same command again to resume\n',
      );
      await store.close().catch(() => undefined);
      return ExitCode.databaseUnavailable;
    }
    await store.close().catch(() => undefined);
    throw error;
  }
  const summary = reporter.finish();
  await store.close();
  return summary.rejected > 0 ? ExitCode.rejected : ExitCode.ok;
}

async function ingestAll(
  store: EventStore,
  items: AsyncIterable<InputItem>,
  options: CliOptions,
  reporter: Reporter,
): Promise<void> {
  const writer = new BatchWriter(store, reporter);
  for await (const item of items) {
    const read = await readDocument(item, options.maxBytes);
    if (!read.ok) {
      const { displayName, code, reason } = read;
      await writer.add({
        kind: 'rejected',
        name: displayName,
        fileName: null,
        sha256: null,
        code,
        reason,
      });
      continue;
    }
    const { bytes, fileName, displayName } = read.document;
    await writer.add(
      toEntry(displayName, fileName, bytes, parseTranscript({ bytes, fileName }), null),
    );
  }
  await writer.close();
}

async function reextractAll(store: EventStore, reporter: Reporter): Promise<void> {
  const writer = new BatchWriter(store, reporter);
  for (const source of await store.listSources()) {
    const stored = await store.getSource(source.sha256);
    if (!stored) continue;
    const { fileName, bytes } = stored;
    const parsed = parseTranscript({ bytes, fileName });
    const previous = parsed.accepted ? await store.latestExtractionFor(parsed.documentId) : null;
    const previousEvents =
      previous && previous.id !== parsed.extractionId
        ? (await store.readExtraction(previous.id)).map((e) => ({ type: e.type, data: e.data }))
        : null;
    await writer.add(
      toEntry(fileName ?? source.sha256.slice(0, 12), fileName, bytes, parsed, previousEvents),
    );
  }
  await writer.close();
}

function toEntry(
  name: string,
  fileName: string | null,
  bytes: Uint8Array,
  parsed: ParseResult,
  previousEvents: readonly unknown[] | null,
): Entry {
  if (parsed.accepted) return { kind: 'parsed', name, fileName, bytes, parsed, previousEvents };
  const issue = parsed.issues.find((i) => i.severity === 'error');
  return {
    kind: 'rejected',
    name,
    fileName,
    sha256: parsed.sha256,
    code: issue?.code ?? 'rejected',
    reason: issue?.message ?? 'not accepted by the parser',
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
