import type { StenogramEvent } from '@stenogram/schema';
import type { EventStore } from '@stenogram/store';
import type { Kysely } from 'kysely';

/** Where an extraction's events are in its stream: after `firstPosition`, before `lastPosition`. */
export interface ExtractionRange {
  readonly extractionId: string;
  readonly streamId: string;
  /** The stream position of its `extraction-started`. */
  readonly firstPosition: number;
  /** The stream position of its `extraction-completed`; null: to the end of the stream. */
  readonly lastPosition: number | null;
}

/** What reads the log for the report: the store. */
export type EventReader = Pick<EventStore, 'readStreamRanges'>;

/**
 * The fact events of several extractions (what lies between their `extraction-started` and
 * `extraction-completed`), read from the store in one query, upcast as the store reads them: what
 * a meeting report is made from, so that the projection need not keep a copy of every event's
 * data. Events that name another extraction in their metadata are left out, as the projection
 * leaves them out. Keyed by extraction id in id order; an extraction without fact events has no
 * entry. `executor`: the projection's transaction, when called from inside one.
 */
export async function readExtractionEvents(
  reader: EventReader,
  ranges: readonly ExtractionRange[],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction of the caller's
  executor?: Kysely<any>,
): Promise<Map<string, StenogramEvent[]>> {
  const out = new Map<string, StenogramEvent[]>();
  if (ranges.length === 0) return out;
  const slices = await reader.readStreamRanges(
    ranges.map((r) => ({ streamId: r.streamId, after: r.firstPosition, before: r.lastPosition })),
    executor ? { executor } : {},
  );
  const order = ranges
    .map((range, i) => ({ range, events: slices[i] ?? [] }))
    .sort((a, b) => (a.range.extractionId < b.range.extractionId ? -1 : 1));
  for (const { range, events } of order) {
    const list: StenogramEvent[] = [];
    for (const { position: _position, ...event } of events) {
      const owner = event.metadata.extractionId;
      if (owner === null || owner === range.extractionId) list.push(event);
    }
    if (list.length > 0) out.set(range.extractionId, list);
  }
  return out;
}
