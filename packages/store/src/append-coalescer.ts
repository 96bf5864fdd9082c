import {
  appendCheckedExtraction,
  checkedSummary,
  type AppendExtractionInput,
  type AppendExtractionResult,
} from './append-extraction.js';
import { appendExtractionBatch, type BatchItem } from './append-extraction-batch.js';
import { runner, type StoreContext } from './store-context.js';

interface Waiting extends BatchItem {
  resolve(result: AppendExtractionResult): void;
  reject(error: unknown): void;
}

/** Extractions per shared statement at most, and source bytes per statement at most. */
const MAX_ITEMS = 64;
/**
 * Shared statements running at once on PostgreSQL. With one, the server sat idle while the client
 * answered the last group and sent the next; two overlap that, and PostgreSQL flushes both
 * commits together. Four concurrent writers, 2,000 documents: 27–29k events/s with one, 33–39k
 * with two, no better with three or four (2 cores).
 */
const MAX_IN_FLIGHT = 2;
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Client-side group commit for `appendExtraction`. A call made while fewer than
 * {@link MAX_IN_FLIGHT} statements of this store are running goes at once. Calls made while they
 * run wait, then go together in one statement (extractions of distinct streams only), so
 * concurrent writers share WAL flushes instead of queueing for one each. An extraction of a stream
 * that has one in a running statement waits for it, so one stream's appends keep their order. Every caller still gets its own result only after its extraction is
 * committed, and each extraction is still whole or absent. Should a shared statement fail, its
 * extractions are retried one by one, so each caller gets its own error.
 */
export class AppendCoalescer {
  readonly #ctx: StoreContext;
  readonly #waiting: Waiting[] = [];
  readonly #maxInFlight: number;
  #inFlight = 0;
  /** Streams with an extraction in a running statement: their next one waits for it. */
  readonly #busy = new Set<string>();

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    // PGlite runs one statement at a time whatever the client does.
    this.#maxInFlight = ctx.pool ? MAX_IN_FLIGHT : 1;
  }

  /** Validates (throwing at once if invalid), then appends with the next statement. */
  append(input: AppendExtractionInput): Promise<AppendExtractionResult> {
    let summary;
    try {
      summary = checkedSummary(input);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve, reject) => {
      this.#waiting.push({ input, summary, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#inFlight < this.#maxInFlight && this.#waiting.length > 0) {
      const group = this.#takeGroup();
      if (group.length === 0) return;
      this.#inFlight += 1;
      for (const item of group) this.#busy.add(item.input.streamId);
      void this.#run(group).finally(() => {
        this.#inFlight -= 1;
        for (const item of group) this.#busy.delete(item.input.streamId);
        this.#pump();
      });
    }
  }

  /** The oldest waiting calls, one per stream, within the statement's limits, in arrival order. */
  #takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    const streams = new Set<string>();
    let bytes = 0;
    for (let i = 0; i < this.#waiting.length && group.length < MAX_ITEMS;) {
      const item = this.#waiting[i]!;
      const size = item.input.source.byteLength;
      const stream = item.input.streamId;
      if (
        streams.has(stream) ||
        this.#busy.has(stream) ||
        (group.length > 0 && bytes + size > MAX_BYTES)
      ) {
        i++;
        continue;
      }
      streams.add(stream);
      bytes += size;
      group.push(item);
      this.#waiting.splice(i, 1);
    }
    return group;
  }

  async #run(group: readonly Waiting[]): Promise<void> {
    if (group.length > 1) {
      try {
        const results = await appendExtractionBatch(this.#ctx, runner(this.#ctx), group);
        results.forEach((result, k) => {
          const item = group[k]!;
          if (result instanceof Error) item.reject(result);
          else item.resolve(result);
        });
        return;
      } catch {
        // The shared statement stored nothing: each one alone, to give each caller its own answer.
      }
    }
    for (const item of group) {
      try {
        item.resolve(
          await appendCheckedExtraction(this.#ctx, runner(this.#ctx), item.input, item.summary),
        );
      } catch (error) {
        item.reject(error);
      }
    }
  }
}
