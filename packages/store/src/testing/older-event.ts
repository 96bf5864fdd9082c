import { sql } from 'kysely';
import type { EventStore } from '../event-store.js';

/**
 * Writes a `participant-listed` event at schemaVersion 1 (as the first parser wrote it: the card's
 * name as `cardName`, no country split out) straight into the events table, as the first event of
 * `streamId`, outside any extraction: what a store upgraded from that parser holds. Returns its
 * event id. Reads upcast it to version 2, whose `sortName` is 'Pashinyan Nikol'.
 */
export async function storeParticipantV1(store: EventStore, streamId: string): Promise<string> {
  const data = {
    personId: 'nikol-pashinyan',
    ordinal: 0,
    name: 'Nikol Pashinyan',
    position: 'Prime Minister of Armenia',
    cardName: 'Pashinyan Nikol',
    cardPosition: null,
    span: { start: 0, end: 10 },
  };
  const metadata = {
    extractionId: null,
    parserVersion: '0.1.0',
    correlationId: null,
    causationId: null,
  };
  const eventId = `${streamId}-1`;
  await sql`INSERT INTO ${sql.table(`${store.schema}.events`)}
      (stream_id, stream_position, event_id, type, schema_version, data, metadata)
    VALUES (${streamId}, 1, ${eventId}, 'participant-listed', 1, ${JSON.stringify(data)}::jsonb,
      ${JSON.stringify(metadata)}::jsonb)`.execute(store.db);
  return eventId;
}
