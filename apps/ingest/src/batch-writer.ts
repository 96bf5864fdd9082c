import { PARSER_VERSION, type ParseResult } from '@stenogram/parser';
import type { EventStore } from '@stenogram/store';
import { countChangedFacts } from './count-changed-facts.js';
import type { DocumentResult, Reporter } from './reporter.js';

/** Documents parsed ahead of the store and appended in one bulk transaction. */
const BATCH_SIZE = 32;

/** A parsed document on its way to the store. */
export interface ParsedEntry {
  readonly kind: 'parsed';
  readonly name: string;
  readonly fileName: string | null;
  readonly bytes: Uint8Array;
  readonly parsed: ParseResult;
  /** For --reextract: the events of the extraction this one replaces. */
  readonly previousEvents: readonly unknown[] | null;
}

/** A document refused before the store: recorded as a rejection in its place in the batch. */
export interface RejectedEntry {
  readonly kind: 'rejected';
  readonly name: string;
  readonly fileName: string | null;
  /** Null when the path could not be read: there are no bytes to hash. */
  readonly sha256: string | null;
  readonly code: string;
  readonly reason: string;
}

export type Entry = ParsedEntry | RejectedEntry;

/**
 * Collects documents into batches for the store's bulk mode and keeps one batch in flight while
 * the caller reads and parses the next, so the database and the parser work side by side. Batches
 * are written and reported strictly in order; a batch's failure surfaces at the next `add` or at
 * `close`, and nothing after it is written.
 */
export class BatchWriter {
  readonly #store: EventStore;
  readonly #reporter: Reporter;
  #batch: Entry[] = [];
  #parsedInBatch = 0;
  #inFlight: Promise<{ error: unknown } | undefined> | null = null;

  constructor(store: EventStore, reporter: Reporter) {
    this.#store = store;
    this.#reporter = reporter;
  }

  async add(entry: Entry): Promise<void> {
    this.#batch.push(entry);
    if (entry.kind === 'parsed') this.#parsedInBatch++;
    if (this.#parsedInBatch >= BATCH_SIZE) await this.#dispatch();
  }

  /** Writes what is left and waits for it. */
  async close(): Promise<void> {
    await this.#dispatch();
    await this.#settle();
  }

  async #dispatch(): Promise<void> {
    await this.#settle();
    const batch = this.#batch;
    this.#batch = [];
    this.#parsedInBatch = 0;
    if (batch.length === 0) return;
    // Settled into a value at once, so a failure is never an unhandled rejection while we parse.
    this.#inFlight = this.#write(batch).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
  }

  async #settle(): Promise<void> {
    const outcome = await this.#inFlight;
    this.#inFlight = null;
    if (outcome) throw outcome.error;
  }

  async #write(batch: readonly Entry[]): Promise<void> {
    const parsed = batch.filter((e): e is ParsedEntry => e.kind === 'parsed');
    // The look-ups of a batch go out together: on PostgreSQL the pool runs them side by side.
    const known = await Promise.all(parsed.map((p) => this.#lookUp(p)));
    const results =
      parsed.length === 0
        ? []
        : await this.#store.appendExtractions(
            parsed.map((p, i) => ({
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
              supersedes: known[i]?.supersedes ?? null,
            })),
          );
    let i = 0;
    for (const entry of batch) {
      if (entry.kind === 'rejected') {
        await this.#reject(entry);
        continue;
      }
      const r = results[i];
      const k = known[i];
      i++;
      if (!r || !k || r.status === 'failed') {
        const reason = r?.status === 'failed' ? r.error.message : 'no result from the store';
        await this.#reject({
          ...entry,
          kind: 'rejected',
          sha256: entry.parsed.sha256,
          code: 'store_refused',
          reason,
        });
        continue;
      }
      const appended = r.status === 'appended';
      this.#reporter.add({
        name: entry.name,
        status: !appended ? 'unchanged' : k.sourceKnown ? 'updated' : 'new',
        code: null,
        reason: null,
        sha256: entry.parsed.sha256,
        documentId: entry.parsed.documentId,
        extractionId: entry.parsed.extractionId,
        supersedes: appended ? k.supersedes : null,
        eventsAppended: appended ? entry.parsed.events.length : 0,
        factsChanged:
          entry.previousEvents === null
            ? null
            : appended
              ? countChangedFacts(entry.previousEvents, entry.parsed.events)
              : 0,
      });
    }
  }

  /** Whether the source was seen before, and which extraction the new one replaces. */
  async #lookUp(p: ParsedEntry): Promise<{ sourceKnown: boolean; supersedes: string | null }> {
    const [extractions, latest] = await Promise.all([
      this.#store.listExtractions({ sha256: p.parsed.sha256 }),
      this.#store.latestExtractionFor(p.parsed.documentId),
    ]);
    return {
      sourceKnown: extractions.length > 0,
      supersedes: latest && latest.id !== p.parsed.extractionId ? latest.id : null,
    };
  }

  async #reject(entry: RejectedEntry): Promise<void> {
    const { name, fileName, sha256, code, reason } = entry;
    await this.#store.recordRejection({ sha256, fileName: fileName ?? name, code, reason });
    const result: DocumentResult = {
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
    };
    this.#reporter.add(result);
  }
}
