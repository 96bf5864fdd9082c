/**
 * A child process for the crash and lock tests. Argument: JSON
 * `{ options: OpenStoreOptions, action: 'hold' | 'append' | 'bulk', seeds?: string[], streamIds? }`.
 * Prints `opened <pid>` once the store is open, `done <json>` when its action returns, and
 * `error <code> <message>` if opening fails.
 */
import { openStore, type OpenStoreOptions } from '../../src/index.js';
import { sampleExtraction } from '../../src/testing/index.js';

interface ChildArgs {
  readonly options: OpenStoreOptions;
  readonly action: 'hold' | 'append' | 'bulk';
  readonly seeds?: readonly string[];
  /** Stream of each seed (default `doc-<seed>`). */
  readonly streamIds?: readonly (string | null)[];
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
try {
  const store = await openStore(args.options);
  process.stdout.write(`opened ${process.pid}\n`);
  const inputs = (args.seeds ?? []).map((seed, i) => {
    const streamId = args.streamIds?.[i];
    return sampleExtraction({ seed, events: 20, ...(streamId ? { streamId } : {}) });
  });
  process.stdout.write(`appending ${inputs.length}\n`);
  if (args.action === 'append' && inputs[0]) {
    process.stdout.write(`done ${JSON.stringify(await store.appendExtraction(inputs[0]))}\n`);
  } else if (args.action === 'bulk') {
    process.stdout.write(`done ${JSON.stringify(await store.appendExtractions(inputs))}\n`);
  }
  // Hold the store (and its lock) until killed.
  setInterval(() => undefined, 1 << 30);
} catch (error) {
  const e = error as { code?: unknown; message?: unknown };
  process.stdout.write(`error ${String(e.code)} ${String(e.message)}\n`);
  process.exit(1);
}
