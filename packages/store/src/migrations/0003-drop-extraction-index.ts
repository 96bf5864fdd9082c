import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Drops the index on `events.extraction_id`. An extraction's events lie in its own stream, which
 * the `(stream_id, stream_position)` index already finds, and a document's stream holds only its
 * few extractions: the readers look there (extractions.ts). Keeping the index up cost ~9 % of the
 * server's CPU on the benchmark's appends, sequential and concurrent, for reads that did not
 * need it.
 */
export function dropExtractionIndexMigration(schema: string): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`DROP INDEX IF EXISTS ${sql.id(schema, 'events_extraction_id_idx')}`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`CREATE INDEX IF NOT EXISTS events_extraction_id_idx ON ${sql.id(schema, 'events')} (extraction_id)`.execute(
        db,
      );
    },
  };
}
