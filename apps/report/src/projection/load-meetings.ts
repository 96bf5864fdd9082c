import type {
  ChairIdentified,
  ExtractionCompleted,
  ExtractionStarted,
  MeetingOpened,
  NoteRecorded,
  OrganisationReferenced,
  ParticipantListed,
  PersonMentioned,
  SectionStarted,
  SourceRegistered,
  StatementMade,
} from '@stenogram/schema';
import { sql, type Kysely } from 'kysely';
import { unknownSource } from '../model/fold-meetings.js';
import type { MeetingModel } from '../model/meeting-model.js';
import { textArray } from './insert-rows.js';
import { json, STATEMENT_DATA } from './report-projection.js';
import { tbl, type FactTable } from './report-tables.js';

interface ExtractionRow {
  extraction_id: string;
  document_id: string;
  source: SourceRegistered | string | null;
  started: ExtractionStarted | string;
  completed: ExtractionCompleted | string;
  completed_at: string | null;
}

async function factsOf<T>(
  db: Kysely<unknown>,
  schema: string,
  table: FactTable,
  ids: readonly string[],
): Promise<Map<string, T[]>> {
  const r = await sql<{ extraction_id: string; data: T | string }>`
    SELECT extraction_id, ${table === 'report_statements' ? STATEMENT_DATA : sql`data`} AS data
    FROM ${tbl(schema, table)}
    WHERE extraction_id = ANY(${textArray(ids)})
    ORDER BY extraction_id, stream_position`.execute(db);
  const out = new Map<string, T[]>();
  for (const row of r.rows) {
    const list = out.get(row.extraction_id);
    if (list) list.push(json(row.data));
    else out.set(row.extraction_id, [json(row.data)]);
  }
  return out;
}

/** The meeting models of completed extractions, from the report tables, in the order of `ids`. */
export async function loadMeetings(
  db: Kysely<unknown>,
  schema: string,
  ids: readonly string[],
): Promise<MeetingModel[]> {
  if (ids.length === 0) return [];
  const x = await sql<ExtractionRow>`
    SELECT extraction_id, document_id, source, started, completed, completed_at
    FROM ${tbl(schema, 'report_extractions')}
    WHERE extraction_id = ANY(${textArray(ids)}) AND completed IS NOT NULL`.execute(db);
  const meetings = await factsOf<MeetingOpened>(db, schema, 'report_meetings', ids);
  const participants = await factsOf<ParticipantListed>(db, schema, 'report_participants', ids);
  const chairs = await factsOf<ChairIdentified>(db, schema, 'report_chairs', ids);
  const organisations = await factsOf<OrganisationReferenced>(
    db,
    schema,
    'report_organisations',
    ids,
  );
  const sections = await factsOf<SectionStarted>(db, schema, 'report_sections', ids);
  const statements = await factsOf<StatementMade>(db, schema, 'report_statements', ids);
  const notes = await factsOf<NoteRecorded>(db, schema, 'report_notes', ids);
  const mentions = await factsOf<PersonMentioned>(db, schema, 'report_mentions', ids);
  const byId = new Map(x.rows.map((r) => [r.extraction_id, r]));
  const out: MeetingModel[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const started = json(row.started);
    out.push({
      documentId: row.document_id,
      source: row.source === null ? unknownSource(started) : json(row.source),
      started,
      completed: json(row.completed),
      completedAt: row.completed_at,
      meeting: meetings.get(id)?.at(-1) ?? null,
      participants: participants.get(id) ?? [],
      chairs: chairs.get(id) ?? [],
      organisations: organisations.get(id) ?? [],
      sections: sections.get(id) ?? [],
      statements: statements.get(id) ?? [],
      notes: notes.get(id) ?? [],
      mentions: mentions.get(id) ?? [],
    });
  }
  return out;
}
