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
 */
export async function appendExtractions(
  ctx: StoreContext,
  inputs: readonly AppendExtractionInput[],
  options: AppendExtractionsOptions = {},
): Promise<readonly BulkAppendResult[]> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const results: BulkAppendResult[] = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch: Item[] = [];
    const outcomes = new Map<number, BulkAppendResult>();
    inputs.slice(start, start + batchSize).forEach((input, offset) => {
      const index = start + offset;
      const { problems, summary } = validateExtraction(input);
      if (problems.length > 0 || !summary) {
        outcomes.set(
          index,
          failed(index, input, new InvalidExtractionError(input.extractionId, problems)),
        );
      } else {
        batch.push({ index, input, summary });
      }
    });
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
    for (let index = start; index < Math.min(inputs.length, start + batchSize); index++) {
      const outcome = outcomes.get(index);
      if (!outcome) continue;
      results.push(outcome);
      options.onResult?.(outcome);
    }
  }
  return results;
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
