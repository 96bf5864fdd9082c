import { sql, type Kysely } from 'kysely';
import {
  appendCheckedExtraction,
  type AppendExtractionInput,
  type AppendExtractionResult,
} from './append-extraction.js';
import { InvalidExtractionError } from './errors.js';
import type { StoreContext } from './store-context.js';
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
 * is reported as `failed` and never reaches the database. Should the database refuse one anyway,
 * its batch is rolled back and replayed with a savepoint around each extraction, so only that one
 * fails. Results come back in input order.
 */
export async function appendExtractions(
  ctx: StoreContext,
  inputs: readonly AppendExtractionInput[],
  options: AppendExtractionsOptions = {},
): Promise<readonly BulkAppendResult[]> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const results: BulkAppendResult[] = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch: { index: number; input: AppendExtractionInput; summary: ExtractionSummary }[] = [];
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
    if (batch.length > 0) {
      try {
        await ctx.root.transaction().execute(async (trx) => {
          for (const { index, input, summary } of batch) {
            outcomes.set(index, {
              ...(await appendCheckedExtraction(ctx, trx, input, summary)),
              index,
            });
          }
        });
      } catch {
        // One of them broke the transaction: replay the batch, each behind a savepoint.
        await ctx.root.transaction().execute(async (trx) => {
          for (const { index, input, summary } of batch) {
            outcomes.set(index, await withSavepoint(ctx, trx, index, input, summary));
          }
        });
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

async function withSavepoint(
  ctx: StoreContext,
  trx: Kysely<unknown>,
  index: number,
  input: AppendExtractionInput,
  summary: ExtractionSummary,
): Promise<BulkAppendResult> {
  await sql`SAVEPOINT stenogram_bulk`.execute(trx);
  try {
    const result = await appendCheckedExtraction(ctx, trx, input, summary);
    await sql`RELEASE SAVEPOINT stenogram_bulk`.execute(trx);
    return { ...result, index };
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT stenogram_bulk`.execute(trx);
    return failed(index, input, error instanceof Error ? error : new Error(String(error)));
  }
}

function failed(index: number, input: AppendExtractionInput, error: Error): BulkAppendResult {
  return { status: 'failed', index, extractionId: input.extractionId, error };
}
