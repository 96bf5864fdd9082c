import type { AppendExtractionInput } from '../src/append-extraction.js';
import { sampleExtraction } from '../src/testing/sample-extraction.js';

/** The workload: `documents` × `eventsPerDocument` events of ~300 B of JSON. */
export function workload(
  documents: number,
  eventsPerDocument: number,
  prefix = 'doc',
): AppendExtractionInput[] {
  return Array.from({ length: documents }, (_, i) =>
    sampleExtraction({
      seed: `${prefix}-${String(i).padStart(5, '0')}`,
      events: eventsPerDocument,
      filler: 'note',
    }),
  );
}

/** Average JSON size of one event of the workload. */
export function averageEventBytes(inputs: readonly AppendExtractionInput[]): number {
  let bytes = 0;
  let n = 0;
  for (const input of inputs) {
    for (const e of input.events) {
      bytes += Buffer.byteLength(JSON.stringify(e));
      n++;
    }
  }
  return Math.round(bytes / n);
}

/** Runs `fn` and returns seconds elapsed. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs `worker` on `items` with `concurrency` loops taking from one queue. */
export async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, lane: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (next < items.length) {
        const item = items[next++]!;
        await worker(item, lane);
      }
    }),
  );
}
