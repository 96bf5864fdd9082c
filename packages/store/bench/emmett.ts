import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import type { AppendExtractionInput } from '../src/append-extraction.js';
import { inParallel, timed } from './workload.js';

/** (f) Emmett's PostgreSQL event store appending the same documents, one stream per document. */
export async function emmettAppend(
  url: string,
  inputs: readonly AppendExtractionInput[],
  writers: number,
): Promise<number> {
  const store = getPostgreSQLEventStore(url);
  try {
    await store.schema.migrate();
    return await timed(() =>
      inParallel(inputs, writers, (input) =>
        store.appendToStream(
          input.streamId,
          input.events.map((e) => ({ type: e.type, data: e.data, metadata: e.metadata })),
        ),
      ),
    );
  } finally {
    await store.close();
  }
}

/** (g) Emmett's consumer reading every event from the beginning until none is left. */
export async function emmettConsume(
  url: string,
  expected: number,
): Promise<{ seconds: number; events: number }> {
  const store = getPostgreSQLEventStore(url);
  let events = 0;
  try {
    const consumer = store.consumer({
      stopWhen: { noMessagesLeft: true },
      pulling: { batchSize: 1000 },
    });
    consumer.reactor({
      processorId: `bench-${Date.now()}`,
      startFrom: 'BEGINNING',
      eachMessage: () => {
        events++;
        return Promise.resolve();
      },
      stopAfter: () => events >= expected,
    });
    const seconds = await timed(() => consumer.start());
    await consumer.close();
    return { seconds, events };
  } finally {
    await store.close();
  }
}
