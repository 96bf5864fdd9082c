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
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Client-side group commit for `appendExtraction`. A call made while no statement of this store is
 * running goes alone, at once. Calls made while one is running wait for it, then go together in one
 * statement (extractions of distinct streams only), so concurrent writers share WAL flushes instead
 * of queueing for one each. Every caller still gets its own result only after its extraction is
 * committed, and each extraction is still whole or absent. Should a shared statement fail, its
 * extractions are retried one by one, so each caller gets its own error.
 */
export class AppendCoalescer {
  readonly #ctx: StoreContext;
  readonly #waiting: Waiting[] = [];
  #running = false;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
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
    if (this.#running || this.#waiting.length === 0) return;
    this.#running = true;
    const group = this.#takeGroup();
    void this.#run(group).finally(() => {
      this.#running = false;
      this.#pump();
    });
  }

  /** The oldest waiting calls, one per stream, within the statement's limits, in arrival order. */
  #takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    const streams = new Set<string>();
    let bytes = 0;
    for (let i = 0; i < this.#waiting.length && group.length < MAX_ITEMS;) {
      const item = this.#waiting[i]!;
      const size = item.input.source.byteLength;
      if (streams.has(item.input.streamId) || (group.length > 0 && bytes + size > MAX_BYTES)) {
        i++;
        continue;
      }
      streams.add(item.input.streamId);
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
