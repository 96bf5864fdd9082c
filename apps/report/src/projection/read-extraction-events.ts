import { parseEvent, type StenogramEvent } from '@stenogram/schema';
import { StoredEventInvalidError } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import { arrayLiteral } from './insert-rows.js';
import { json } from './json.js';

/** Where an extraction's events are in its stream: after `firstPosition`, before `lastPosition`. */
export interface ExtractionRange {
  readonly extractionId: string;
  readonly streamId: string;
  /** The stream position of its `extraction-started`. */
  readonly firstPosition: number;
  /** The stream position of its `extraction-completed`; null: to the end of the stream. */
  readonly lastPosition: number | null;
}

/**
 * The fact events of several extractions (what lies between their `extraction-started` and
 * `extraction-completed`), read from the store's events table in one query and upcast like the
 * store's own reads (`parseEvent`): what a meeting report is made from, so that the projection
 * need not keep a copy of every event's data. Events that name another extraction in their
 * metadata are left out, as the projection leaves them out.
 *
 * Plain SQL on the store's table because the store offers one extraction per call
 * (`readExtraction`, by the metadata's id) and outside the caller's transaction.
 */
export async function readExtractionEvents(
  db: Kysely<unknown>,
  schema: string,
  ranges: readonly ExtractionRange[],
): Promise<Map<string, StenogramEvent[]>> {
  const out = new Map<string, StenogramEvent[]>();
  if (ranges.length === 0) return out;
  const ids = arrayLiteral(
    ranges.map((r) => r.extractionId),
    'text',
  );
  const streams = arrayLiteral(
    ranges.map((r) => r.streamId),
    'text',
  );
  const firsts = arrayLiteral(
    ranges.map((r) => r.firstPosition),
    'integer',
  );
  const lasts = arrayLiteral(
    ranges.map((r) => r.lastPosition),
    'integer',
  );
  const r = await sql<{
    extraction_id: string;
    global_position: string;
    type: string;
    schema_version: number;
    data: unknown;
    metadata: unknown;
  }>`
    SELECT r.extraction_id, ev.global_position::text AS global_position, ev.type, ev.schema_version,
      ev.data, ev.metadata
    FROM unnest(${ids}::text[], ${streams}::text[], ${firsts}::integer[], ${lasts}::integer[])
      AS r(extraction_id, stream_id, first_position, last_position)
    JOIN ${sql.table(`${schema}.events`)} ev ON ev.stream_id = r.stream_id
      AND ev.stream_position > r.first_position
      AND (r.last_position IS NULL OR ev.stream_position < r.last_position)
    WHERE ev.extraction_id IS NULL OR ev.extraction_id = r.extraction_id
    ORDER BY r.extraction_id, ev.stream_position`.execute(db);
  for (const row of r.rows) {
    const parsed = parseEvent({
      type: row.type,
      schemaVersion: Number(row.schema_version),
      data: json(row.data),
      metadata: json(row.metadata),
    });
    if (!parsed.success) throw new StoredEventInvalidError(row.global_position, parsed.message);
    const list = out.get(row.extraction_id);
    if (list) list.push(parsed.event);
    else out.set(row.extraction_id, [parsed.event]);
  }
  return out;
}
