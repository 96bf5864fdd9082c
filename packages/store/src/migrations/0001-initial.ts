import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The first schema: sources, extractions, rejections, streams, the append-only events table with
 * its guard trigger, and projection checkpoints. Every name is qualified with `schema`.
 */
export function initialMigration(schema: string): Migration {
  const t = (name: string) => sql.id(schema, name);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
      await sql`
        CREATE TABLE ${t('sources')} (
          sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
          media_type text NOT NULL,
          byte_length integer NOT NULL CHECK (byte_length >= 0),
          bytes bytea NOT NULL,
          file_name text,
          first_seen timestamptz NOT NULL DEFAULT now()
        )`.execute(db);
      await sql`
        CREATE TABLE ${t('streams')} (
          id text PRIMARY KEY,
          version integer NOT NULL CHECK (version >= 0)
        )`.execute(db);
      await sql`
        CREATE TABLE ${t('extractions')} (
          id text PRIMARY KEY,
          source_sha256 text NOT NULL REFERENCES ${t('sources')} (sha256),
          stream_id text NOT NULL REFERENCES ${t('streams')} (id),
          parser_version text NOT NULL,
          status text NOT NULL,
          counts jsonb NOT NULL,
          digest text NOT NULL,
          warnings jsonb NOT NULL DEFAULT '[]',
          supersedes text REFERENCES ${t('extractions')} (id),
          event_count integer NOT NULL,
          started_at timestamptz NOT NULL DEFAULT now(),
          completed_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (source_sha256, parser_version)
        )`.execute(db);
      await sql`CREATE INDEX ON ${t('extractions')} (stream_id, completed_at)`.execute(db);
      await sql`
        CREATE TABLE ${t('rejections')} (
          id bigserial PRIMARY KEY,
          sha256 text,
          file_name text,
          code text NOT NULL,
          reason text NOT NULL,
          rejected_at timestamptz NOT NULL DEFAULT now()
        )`.execute(db);
      await sql`CREATE INDEX ON ${t('rejections')} (sha256)`.execute(db);
      await sql`
        CREATE TABLE ${t('events')} (
          global_position bigserial PRIMARY KEY,
          tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
          stream_id text NOT NULL,
          stream_position integer NOT NULL CHECK (stream_position > 0),
          event_id text NOT NULL UNIQUE,
          extraction_id text,
          type text NOT NULL,
          schema_version integer NOT NULL,
          data jsonb NOT NULL,
          metadata jsonb NOT NULL,
          recorded_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (stream_id, stream_position)
        )`.execute(db);
      // The readers' order: (tx_id, global_position), below the oldest running transaction.
      await sql`CREATE INDEX ON ${t('events')} (tx_id, global_position)`.execute(db);
      await sql`CREATE INDEX ON ${t('events')} (extraction_id)`.execute(db);
      await sql`
        CREATE TABLE ${t('checkpoints')} (
          name text PRIMARY KEY,
          tx_id xid8 NOT NULL,
          position bigint NOT NULL,
          updated_at timestamptz NOT NULL DEFAULT now()
        )`.execute(db);
      // Append-only by the database itself: whatever the client, UPDATE/DELETE/TRUNCATE fail.
      await sql`
        CREATE FUNCTION ${t('refuse_event_change')}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'stenogram events are append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'P0001', HINT = 'append a new event (a correction or a new extraction) instead';
        END
        $$`.execute(db);
      await sql`
        CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${t('events')}
        FOR EACH STATEMENT EXECUTE FUNCTION ${t('refuse_event_change')}()`.execute(db);
      await sql`
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${t('events')}
        FOR EACH STATEMENT EXECUTE FUNCTION ${t('refuse_event_change')}()`.execute(db);
    },
  };
}
