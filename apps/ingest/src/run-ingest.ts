import { PARSER_VERSION, parseTranscript, type ParseResult } from '@stenogram/parser';
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
import { countChangedFacts } from './count-changed-facts.js';
import { readDocument } from './read-document.js';
import { Reporter, type DocumentResult } from './reporter.js';
import { isConnectionLost } from './connection-lost.js';

/** Documents parsed ahead of the store and appended in one bulk transaction. */
const BATCH_SIZE = 32;

/** A parsed document waiting for its batch. */
interface Parsed {
  readonly name: string;
  readonly fileName: string | null;
  readonly bytes: Uint8Array;
  readonly parsed: ParseResult;
  /** For --reextract: the events of the extraction this one replaces. */
  readonly previousEvents: readonly unknown[] | null;
}

/** A parsed document and what the store already knows of it. */
interface Pending extends Parsed {
  readonly sourceKnown: boolean;
  readonly supersedes: string | null;
}

/** Ingests (or re-extracts) and prints the per-document lines and summary; returns the exit code. */
export async function runIngest(options: CliOptions, out: Writable, err: Writable): Promise<ExitCode> {
  const color = !process.env.NO_COLOR && (out as { isTTY?: boolean }).isTTY === true;
  const progress = !options.quiet && !options.json && (err as { isTTY?: boolean }).isTTY === true;
  const reporter = new Reporter(out, err, { json: options.json, quiet: options.quiet, color, progress });
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
  let batch: Parsed[] = [];
  for await (const item of items) {
    const read = await readDocument(item, options.maxBytes);
    if (!read.ok) {
      await reject(store, reporter, read.displayName, null, null, read.code, read.reason);
      continue;
    }
    const { bytes, fileName, displayName } = read.document;
    const parsed = parseTranscript({ bytes, fileName });
    if (!parsed.accepted) {
      const issue = parsed.issues.find((i) => i.severity === 'error');
      await reject(store, reporter, displayName, fileName, parsed.sha256, issue?.code ?? 'rejected', issue?.message ?? 'not accepted by the parser');
      continue;
    }
    batch.push({ name: displayName, fileName, bytes, parsed, previousEvents: null });
    if (batch.length >= BATCH_SIZE) {
      await flush(store, batch, reporter);
      batch = [];
    }
  }
  await flush(store, batch, reporter);
}

async function reextractAll(store: EventStore, reporter: Reporter): Promise<void> {
  let batch: Parsed[] = [];
  for (const source of await store.listSources()) {
    const stored = await store.getSource(source.sha256);
    if (!stored) continue;
    const fileName = stored.fileName;
    const parsed = parseTranscript({ bytes: stored.bytes, fileName });
    const name = fileName ?? source.sha256.slice(0, 12);
    if (!parsed.accepted) {
      const issue = parsed.issues.find((i) => i.severity === 'error');
      await reject(store, reporter, name, fileName, parsed.sha256, issue?.code ?? 'rejected', issue?.message ?? 'not accepted by the parser');
      continue;
    }
    const previous = await store.latestExtractionFor(parsed.documentId);
    const previousEvents =
      previous && previous.id !== parsed.extractionId
        ? (await store.readExtraction(previous.id)).map((e) => ({ type: e.type, data: e.data }))
        : null;
    batch.push({ name, fileName, bytes: stored.bytes, parsed, previousEvents });
    if (batch.length >= BATCH_SIZE) {
      await flush(store, batch, reporter);
      batch = [];
    }
  }
  await flush(store, batch, reporter);
}

/** Looks up whether the source was seen before and which extraction the new one replaces. */
async function lookUp(store: EventStore, p: Parsed): Promise<Pending> {
  const [known, latest] = await Promise.all([
    store.listExtractions({ sha256: p.parsed.sha256 }),
    store.latestExtractionFor(p.parsed.documentId),
  ]);
  return {
    ...p,
    sourceKnown: known.length > 0,
    supersedes: latest && latest.id !== p.parsed.extractionId ? latest.id : null,
  };
}

async function flush(store: EventStore, parsed: readonly Parsed[], reporter: Reporter): Promise<void> {
  if (parsed.length === 0) return;
  // The look-ups of a batch go out together: on PostgreSQL the pool runs them side by side.
  const batch = await Promise.all(parsed.map((p) => lookUp(store, p)));
  const results = await store.appendExtractions(
    batch.map((p) => ({
      streamId: p.parsed.documentId,
      source: {
        sha256: p.parsed.sha256,
        mediaType: p.parsed.mediaType,
        byteLength: p.parsed.byteLength,
        bytes: p.bytes,
        fileName: p.fileName,
      },
      extractionId: p.parsed.extractionId,
      parserVersion: PARSER_VERSION,
      events: p.parsed.events,
      supersedes: p.supersedes,
    })),
  );
  for (const [i, p] of batch.entries()) {
    const r = results[i];
    if (!r || r.status === 'failed') {
      const reason = r ? r.error.message : 'no result from the store';
      await reject(store, reporter, p.name, p.fileName, p.parsed.sha256, 'store_refused', reason);
      continue;
    }
    const appended = r.status === 'appended';
    const result: DocumentResult = {
      name: p.name,
      status: !appended ? 'unchanged' : p.sourceKnown ? 'updated' : 'new',
      code: null,
      reason: null,
      sha256: p.parsed.sha256,
      documentId: p.parsed.documentId,
      extractionId: p.parsed.extractionId,
      supersedes: appended ? p.supersedes : null,
      eventsAppended: appended ? p.parsed.events.length : 0,
      factsChanged:
        p.previousEvents === null ? null : appended ? countChangedFacts(p.previousEvents, p.parsed.events) : 0,
    };
    reporter.add(result);
  }
}

async function reject(
  store: EventStore,
  reporter: Reporter,
  name: string,
  fileName: string | null,
  sha256: string | null,
  code: string,
  reason: string,
): Promise<void> {
  // A path that could not be read has no bytes and so no hash to file the rejection under.
  if (sha256 !== null) await store.recordRejection({ sha256, fileName: fileName ?? name, code, reason });
  reporter.add({
    name,
    status: 'rejected',
    code,
    reason,
    sha256,
    documentId: null,
    extractionId: null,
    supersedes: null,
    eventsAppended: 0,
    factsChanged: null,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
