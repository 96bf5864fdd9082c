import { sql, type Kysely, type Transaction } from 'kysely';
import { REPORT_TABLES, tbl } from './report-tables.js';

/**
 * The report projection's tables, created beside the store's in its schema. Static and idempotent
 * (`IF NOT EXISTS`): the projection is rebuilt from events, so a layout change is a new statement
 * here and a `build --rebuild`, never a data migration.
 *
 * The fact tables keep only the columns queries need (search, the collections, the counts): the
 * meeting reports are made from the extraction's events, read from the store when rendering
 * (`load-meetings.ts`), so a replay writes a fraction of what the log holds. Facts are keyed by
 * extraction; only rows of an extraction whose `report_extractions.status` is `current` count.
 */
export function reportDdl(schema: string): string {
  const s = `"${schema.replace(/"/g, '""')}"`;
  // The type of the columns that keys, indexes and joins compare (see KEY_TEXT).
  const ID = KEY_TEXT;
  const fact = (name: string, columns: string) => `
    CREATE TABLE IF NOT EXISTS ${s}.${name} (
      extraction_id ${ID} NOT NULL,
      stream_position integer NOT NULL,
      ${columns},
      PRIMARY KEY (extraction_id, stream_position)
    );`;
  return `
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE SEQUENCE IF NOT EXISTS ${s}.report_seq;
    CREATE TABLE IF NOT EXISTS ${s}.report_extractions (
      extraction_id ${ID} PRIMARY KEY,
      stream_id ${ID} NOT NULL,
      document_id ${ID} NOT NULL,
      source_sha256 ${ID} NOT NULL,
      parser_version ${ID} NOT NULL,
      input_kind text NOT NULL,
      source jsonb,
      started jsonb NOT NULL,
      status ${ID} NOT NULL CHECK (status IN ('started', 'current', 'superseded')),
      completed jsonb,
      completed_at text,
      superseded_by ${ID},
      statements integer NOT NULL DEFAULT 0,
      words integer NOT NULL DEFAULT 0,
      -- Raised (from report_seq) whenever the extraction becomes current: what an incremental build rewrites.
      changed_seq bigint NOT NULL DEFAULT 0,
      -- Where its events are in the stream: extraction-started and extraction-completed.
      first_position integer NOT NULL,
      last_position integer,
      -- Set when it becomes current: the meeting as its last meeting-opened states it, the year
      -- the collections file it under ('undated' without a date), the stem of its file name
      -- (meetingFileName) and how many people took part.
      title text,
      date text,
      place text,
      period ${ID},
      file_stem ${ID},
      participants integer NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS report_extractions_document ON ${s}.report_extractions (document_id, status);
    CREATE INDEX IF NOT EXISTS report_extractions_stream ON ${s}.report_extractions (stream_id, status);
    CREATE INDEX IF NOT EXISTS report_extractions_changed ON ${s}.report_extractions (changed_seq) WHERE status = 'current';
    CREATE INDEX IF NOT EXISTS report_extractions_period ON ${s}.report_extractions (period) WHERE status = 'current';
    CREATE INDEX IF NOT EXISTS report_extractions_stem ON ${s}.report_extractions (file_stem) WHERE status = 'current';
    ${fact('report_meetings', `meeting_id ${ID} NOT NULL, title text, date text, place text`)}
    ${fact('report_participants', `person_id ${ID} NOT NULL, name text NOT NULL, position text`)}
    ${fact('report_chairs', `person_id ${ID} NOT NULL, name text NOT NULL`)}
    ${fact('report_organisations', `org_id ${ID} NOT NULL, name text NOT NULL, abbreviation text`)}
    ${fact('report_sections', `section_id ${ID} NOT NULL, ordinal integer NOT NULL, heading text`)}
    ${fact(
      'report_statements',
      `statement_id ${ID} NOT NULL, ordinal integer NOT NULL, speaker_label text NOT NULL,
      person_id ${ID}, speaker_name text, speaker_kind text NOT NULL, word_count integer NOT NULL,
      text text NOT NULL,
      tsv tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('english', text)) STORED`,
    )}
    ${fact('report_notes', `note_id ${ID} NOT NULL, kind text NOT NULL, statement_id ${ID}`)}
    ${fact('report_mentions', `person_id ${ID} NOT NULL, name text NOT NULL, statement_id ${ID} NOT NULL`)}
    -- Who took part in each current meeting (listed or speaking), with turns and words, and the
    -- meeting's document, title, year and date: a person's meetings of a year, and their latest
    -- meeting, are read from here alone, without a look-up in report_extractions for each.
    CREATE TABLE IF NOT EXISTS ${s}.report_attendance (
      extraction_id ${ID} NOT NULL,
      document_id ${ID} NOT NULL,
      title text,
      person_id ${ID} NOT NULL,
      name text NOT NULL,
      position text,
      listed boolean NOT NULL,
      statements integer NOT NULL,
      words integer NOT NULL,
      period ${ID} NOT NULL,
      date ${ID},
      PRIMARY KEY (extraction_id, person_id)
    );
    CREATE INDEX IF NOT EXISTS report_attendance_person ON ${s}.report_attendance (person_id, period, date);
    CREATE INDEX IF NOT EXISTS report_organisations_org ON ${s}.report_organisations (org_id);
    -- Each person across the current meetings.
    CREATE TABLE IF NOT EXISTS ${s}.report_people (
      person_id ${ID} PRIMARY KEY,
      meetings integer NOT NULL,
      statements integer NOT NULL,
      words integer NOT NULL
    );
    -- Each person's current meetings, statements and words by year, and the names and positions
    -- they were written with (position '' where none), in how many meetings: people/<person>.
    CREATE TABLE IF NOT EXISTS ${s}.report_person_years (
      person_id ${ID} NOT NULL,
      period ${ID} NOT NULL,
      meetings integer NOT NULL,
      statements integer NOT NULL,
      words integer NOT NULL,
      PRIMARY KEY (person_id, period)
    );
    CREATE TABLE IF NOT EXISTS ${s}.report_person_names (
      person_id ${ID} NOT NULL,
      name ${ID} NOT NULL,
      position ${ID} NOT NULL,
      meetings integer NOT NULL,
      PRIMARY KEY (person_id, name, position)
    );
    -- The current meetings, statements and words by year: index.
    CREATE TABLE IF NOT EXISTS ${s}.report_years (
      period ${ID} PRIMARY KEY,
      meetings integer NOT NULL,
      statements integer NOT NULL,
      words integer NOT NULL
    );
    -- In how many current meetings each term occurs: the IDF of the keywords.
    CREATE TABLE IF NOT EXISTS ${s}.report_term_df (
      term ${ID} PRIMARY KEY,
      df integer NOT NULL
    );
  `;
}

/**
 * The type of every text column a key, index or join compares: ids, slugs, statuses, years, ISO
 * dates, terms, and the names and positions keying `report_person_names`. PostgreSQL compares text in any collation but
 * C through the C library, even `C.UTF-8` whose order is the same as bytes; the incremental
 * build's look-ups of a year's meetings by extraction id (9,522 of them for the people pages of
 * the benchmark) took 60–68 ms with the database's collation and 18–19 ms with "C". Equality is
 * the same; the few ORDER BYs on ids give byte order on every server.
 */
const KEY_TEXT = 'text COLLATE "C"';

/**
 * The layout of the tables above. A projection of another layout (or of none recorded: the layouts
 * before this one) is dropped and replayed from the start by the next catch-up.
 */
export const REPORT_LAYOUT = 6;

/**
 * Creates the report tables if needed, under an advisory lock so two processes do not race. Where
 * they have another layout, drops them and resets the projection's checkpoint (`reset`), so that
 * the catch-up replays the log into the new ones.
 */
export async function migrateReport(
  db: Kysely<unknown>,
  schema: string,
  reset: (trx: Transaction<unknown>) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stenogram-report:${schema}`}, 0))`.execute(
      trx,
    );
    const s = sql.table(`${schema}.report_layout`);
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS ${s} (layout integer NOT NULL)`.execute(trx);
    const r = await sql<{ layout: number }>`SELECT layout FROM ${s}`.execute(trx);
    if (r.rows[0]?.layout !== REPORT_LAYOUT) {
      for (const table of REPORT_TABLES) {
        await sql`DROP TABLE IF EXISTS ${tbl(schema, table)}`.execute(trx);
      }
      await reset(trx);
      await sql`DELETE FROM ${s}`.execute(trx);
      await sql`INSERT INTO ${s} (layout) VALUES (${REPORT_LAYOUT})`.execute(trx);
    }
    // One statement at a time: PGlite's extended protocol takes a single statement per query.
    for (const statement of reportDdl(schema).split(/;\s*\n/)) {
      if (statement.replace(/--.*$/gm, '').trim() !== '') await sql.raw(statement).execute(trx);
    }
  });
}
