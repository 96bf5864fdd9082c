import type { ExtractionCompleted, ExtractionStarted, SourceRegistered } from '@stenogram/schema';
import { sql, type Kysely } from 'kysely';
import { meetingModelOf, unknownSource } from '../model/fold-meetings.js';
import type { MeetingModel } from '../model/meeting-model.js';
import { textArray } from './insert-rows.js';
import { json } from './json.js';
import { readExtractionEvents, type EventReader } from './read-extraction-events.js';
import { tbl } from './report-tables.js';

interface ExtractionRow {
  extraction_id: string;
  document_id: string;
  stream_id: string;
  first_position: number;
  last_position: number;
  source: SourceRegistered | string | null;
  started: ExtractionStarted | string;
  completed: ExtractionCompleted | string;
  completed_at: string | null;
}

/**
 * The meeting models of completed extractions, in the order of `ids`: what the store recorded of
 * each (kept in `report_extractions`) and its fact events, read from the store's log.
 */
export async function loadMeetings(
  reader: EventReader,
  db: Kysely<unknown>,
  schema: string,
  ids: readonly string[],
): Promise<MeetingModel[]> {
  if (ids.length === 0) return [];
  const x = await sql<ExtractionRow>`
    SELECT extraction_id, document_id, stream_id, first_position, last_position, source, started,
      completed, completed_at
    FROM ${tbl(schema, 'report_extractions')}
    WHERE extraction_id = ANY(${textArray(ids)}) AND completed IS NOT NULL`.execute(db);
  const events = await readExtractionEvents(
    reader,
    x.rows.map((r) => ({
      extractionId: r.extraction_id,
      streamId: r.stream_id,
      firstPosition: Number(r.first_position),
      lastPosition: Number(r.last_position),
    })),
  );
  const byId = new Map(x.rows.map((r) => [r.extraction_id, r]));
  const out: MeetingModel[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const started = json(row.started);
    out.push(
      meetingModelOf(
        {
          source: row.source === null ? unknownSource(started) : json(row.source),
          started,
          completed: json(row.completed),
          completedAt: row.completed_at,
        },
        events.get(id) ?? [],
      ),
    );
  }
  return out;
}
