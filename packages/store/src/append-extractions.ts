import {
  appendCheckedExtraction,
  type AppendExtractionInput,
  type AppendExtractionResult,
} from './append-extraction.js';
import { InvalidExtractionError } from './errors.js';
import type { QueryRunner } from './query-runner.js';
import { inTransaction, runner, type StoreContext } from './store-context.js';
import { appendExtractionBatch, fitsOneStatement } from './append-extraction-batch.js';
import { validateExtraction, type ExtractionSummary } from './validate-extraction.js';

/** The outcome of one extraction in bulk mode: stored, already there, or refused with its error. */
export type BulkAppendResult =
  | (AppendExtractionResult & { readonly index: number })
  | {
      readonly status: 'failed';
      readonly index: number;
      readonly extractionId: string;
      readonly error: Error;
    };

/** Options of {@link appendExtractions}. */
export interface AppendExtractionsOptions {
  /** Extractions per transaction (default 100). */
  readonly batchSize?: number;
  /** Called for each input once its outcome is durable (after its transaction committed). */
  readonly onResult?: (result: BulkAppendResult) => void;
}

/**
 * Bulk mode: many extractions, many per transaction, with the guarantees of `appendExtraction`
 * for each one (whole or nothing, idempotent). Inputs are validated first, so an invalid document
 * is reported as `failed` and never reaches the database. A batch whose documents are distinct
 * streams (the usual case) goes in as one statement; otherwise its extractions go one statement
 * each in one transaction. Should the database refuse the batch anyway, it is replayed with a
 * savepoint around each extraction, so only the guilty one fails. Results come back in input order.
 *
 * On PostgreSQL two batches run at once (on two connections), unless they share a stream: the
 * next batch is validated and serialised, and the server works on it, while the one before commits.
 * A stream's extractions still go in in input order, since a batch waits for every running batch
 * that holds one of its streams.
 *
 * @throws the error of a batch that could not be written at all (the connection lost, say). Batches
 * that were running beside it are waited for, and what they stored is reported to `onResult`
 * first; no batch after it starts.
 */
export async function appendExtractions(
  ctx: StoreContext,
  inputs: readonly AppendExtractionInput[],
  options: AppendExtractionsOptions = {},
): Promise<readonly BulkAppendResult[]> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  // PGlite runs one statement at a time whatever the client does.
  const depth = ctx.pool ? MAX_BATCHES_IN_FLIGHT : 1;
  const results: BulkAppendResult[] = [];
  const running: Running[] = [];
  // The first batch that could not be written at all (set by finishOldest, a closure).
  let failure = null as { error: unknown } | null;
  // The oldest running batch, waited for and its outcomes delivered in input order.
  const finishOldest = async () => {
    const { from, to, outcomes, done } = running.shift()!;
    const error = await done;
    if (error) {
      failure ??= error;
      return;
    }
    for (let index = from; index < to; index++) {
      const outcome = outcomes.get(index);
      if (!outcome) continue;
      results.push(outcome);
      options.onResult?.(outcome);
    }
  };
  for (let from = 0; from < inputs.length && !failure; from += batchSize) {
    const to = Math.min(inputs.length, from + batchSize);
    const outcomes = new Map<number, BulkAppendResult>();
    const batch = validBatch(inputs, from, to, outcomes);
    const streams = new Set(batch.map((item) => item.input.streamId));
    while (
      running.length >= depth ||
      running.some((r) => r.batch.some((item) => streams.has(item.input.streamId)))
    )
      await finishOldest();
    if (failure) break;
    // Settled into a value at once: a failure is never an unhandled rejection while we wait.
    const done = writeBatch(ctx, batch, outcomes).then(
      () => null,
      (error: unknown) => ({ error }),
    );
    running.push({ from, to, batch, outcomes, done });
  }
  while (running.length > 0) await finishOldest();
  if (failure) throw failure.error;
  return results;
}

/**
 * Batches running at once on PostgreSQL. Two: the client validates and serialises the next batch,
 * and the server runs it, while the last one commits. The store benchmark's bulk case (2,000
 * documents × 50 events, batches of 100), alternating with one batch at a time: 43.3k / 44.4k /
 * 34.2k against 67.9k / 70.3k / 49.9k events/s.
 */
const MAX_BATCHES_IN_FLIGHT = 2;

interface Running {
  readonly from: number;
  readonly to: number;
  readonly batch: readonly Item[];
  readonly outcomes: Map<number, BulkAppendResult>;
  /** Null once written (each outcome is in `outcomes`), or the error that stopped the batch. */
  readonly done: Promise<{ error: unknown } | null>;
}

/** The valid inputs of `inputs[from, to)`; the invalid ones get their outcome at once. */
function validBatch(
  inputs: readonly AppendExtractionInput[],
  from: number,
  to: number,
  outcomes: Map<number, BulkAppendResult>,
): Item[] {
  const batch: Item[] = [];
  for (let index = from; index < to; index++) {
    const input = inputs[index]!;
    const { problems, summary } = validateExtraction(input);
    if (problems.length > 0 || !summary) {
      outcomes.set(
        index,
        failed(index, input, new InvalidExtractionError(input.extractionId, problems)),
      );
    } else {
      batch.push({ index, input, summary });
    }
  }
  return batch;
}

/** Writes one batch, each chunk as one statement where it can, else in a transaction. */
async function writeBatch(
  ctx: StoreContext,
  batch: readonly Item[],
  outcomes: Map<number, BulkAppendResult>,
): Promise<void> {
  for (const chunk of byPayload(batch)) {
    if (await appendAsOneStatement(ctx, chunk, outcomes)) continue;
    try {
      await inTransaction(ctx, async (run) => {
        for (const { index, input, summary } of chunk) {
          outcomes.set(index, {
            ...(await appendCheckedExtraction(ctx, run, input, summary)),
            index,
          });
        }
      });
    } catch {
      // One of them broke the transaction: replay the chunk, each behind a savepoint.
      await replayWithSavepoints(ctx, chunk, outcomes);
    }
  }
}

type Item = { index: number; input: AppendExtractionInput; summary: ExtractionSummary };

/** Source bytes per statement at most (one document may exceed it alone). */
const MAX_STATEMENT_BYTES = 16 * 1024 * 1024;

/** Splits a batch so that no statement carries more than {@link MAX_STATEMENT_BYTES} of sources. */
function byPayload(batch: readonly Item[]): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let bytes = 0;
  for (const item of batch) {
    const size = item.input.source.byteLength;
    if (current.length > 0 && bytes + size > MAX_STATEMENT_BYTES) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The fast path: a batch of distinct streams as one statement. False when it does not apply or the
 * database refused the statement (which, being one statement, left nothing behind).
 */
async function appendAsOneStatement(
  ctx: StoreContext,
  batch: readonly Item[],
  outcomes: Map<number, BulkAppendResult>,
): Promise<boolean> {
  if (!fitsOneStatement(batch)) return false;
  let results;
  try {
    results = await appendExtractionBatch(ctx, runner(ctx), batch);
  } catch {
    return false;
  }
  results.forEach((result, k) => {
    const { index, input } = batch[k]!;
    outcomes.set(
      index,
      result instanceof Error ? failed(index, input, result) : { ...result, index },
    );
  });
  return true;
}

async function replayWithSavepoints(
  ctx: StoreContext,
  batch: readonly Item[],
  outcomes: Map<number, BulkAppendResult>,
): Promise<void> {
  await inTransaction(ctx, async (run) => {
    for (const { index, input, summary } of batch) {
      outcomes.set(index, await withSavepoint(ctx, run, index, input, summary));
    }
  });
}

async function withSavepoint(
  ctx: StoreContext,
  run: QueryRunner,
  index: number,
  input: AppendExtractionInput,
  summary: ExtractionSummary,
): Promise<BulkAppendResult> {
  await run.query('SAVEPOINT stenogram_bulk', []);
  try {
    const result = await appendCheckedExtraction(ctx, run, input, summary);
    await run.query('RELEASE SAVEPOINT stenogram_bulk', []);
    return { ...result, index };
  } catch (error) {
    await run.query('ROLLBACK TO SAVEPOINT stenogram_bulk', []);
    return failed(index, input, error instanceof Error ? error : new Error(String(error)));
  }
}

function failed(index: number, input: AppendExtractionInput, error: Error): BulkAppendResult {
  return { status: 'failed', index, extractionId: input.extractionId, error };
}
