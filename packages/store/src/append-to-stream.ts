import { randomUUID } from 'node:crypto';
import { StenogramEventSchema, type StenogramEvent } from '@stenogram/schema';
import { sql, type Kysely } from 'kysely';
import { ExpectedVersionConflictError, InvalidEventError } from './errors.js';
import { table, type StoreContext } from './store-context.js';

/** The version a writer read before deciding to append, or no check at all (`any`). */
export type ExpectedVersion = number | 'no_stream' | 'any';

/** Options of {@link appendToStream}. */
export interface AppendToStreamOptions {
  readonly expectedVersion: ExpectedVersion;
  /** Deterministic ids for the events (default: random UUIDs). Must be unique store-wide. */
  readonly eventIds?: readonly string[];
}

/** Where the events went. */
export interface AppendToStreamResult {
  readonly streamVersion: number;
  /** Global position of the first appended event (decimal string), null when none were given. */
  readonly firstPosition: string | null;
}

/**
 * Appends events to one stream under optimistic concurrency, in one transaction: the stream row
 * is moved with `UPDATE … SET version = version + n WHERE version = $expected` (or inserted for
 * `no_stream`), then the events go in with one statement. The unique (stream_id,
 * stream_position) index is the backstop; its violation is a conflict too.
 *
 * @throws {@link ExpectedVersionConflictError} (code `version_conflict`) when the stream is not at
 * the expected version.
 * @example
 * await store.appendToStream('doc-1', [event], { expectedVersion: 3 });
 */
export async function appendToStream(
  ctx: StoreContext,
  streamId: string,
  events: readonly StenogramEvent[],
  options: AppendToStreamOptions,
): Promise<AppendToStreamResult> {
  const { expectedVersion } = options;
  // Stored as parsed (unknown keys dropped), so it reads back as exactly what was validated.
  const valid = events.map((event, index) => {
    const parsed = StenogramEventSchema.safeParse(event);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidEventError(
        index,
        issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid',
      );
    }
    return parsed.data;
  });
  const ids = options.eventIds ?? events.map(() => randomUUID());
  if (ids.length !== events.length)
    throw new InvalidEventError(ids.length, 'eventIds and events differ in length');
  const n = events.length;
  try {
    return await ctx.root.transaction().execute(async (trx) => {
      // Writers lock events before they get a transaction id (the UPDATE below assigns one): readers
      // rely on it to tell event writers from other transactions (read-horizon.ts).
      await sql`LOCK TABLE ${table(ctx, 'events')} IN ROW EXCLUSIVE MODE`.execute(trx);
      const version = await moveStream(ctx, trx, streamId, n, expectedVersion);
      if (version === null) {
        throw new ExpectedVersionConflictError(
          streamId,
          expectedVersion,
          await currentVersion(ctx, trx, streamId),
        );
      }
      if (n === 0) return { streamVersion: version, firstPosition: null };
      const inserted = await sql<{ first_position: string }>`
        WITH ev AS (
          INSERT INTO ${table(ctx, 'events')} (stream_id, stream_position, event_id, extraction_id, type,
            schema_version, data, metadata)
          SELECT ${streamId}, ${version - n}::int + e.ord::int, i.id, e.v->'metadata'->>'extractionId',
            e.v->>'type', (e.v->>'schemaVersion')::int, e.v->'data', e.v->'metadata'
          FROM jsonb_array_elements(${JSON.stringify(valid)}::jsonb) WITH ORDINALITY AS e(v, ord)
          JOIN jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) WITH ORDINALITY AS i(id, ord) ON i.ord = e.ord
          RETURNING global_position
        )
        SELECT min(global_position)::text AS first_position FROM ev
      `.execute(trx);
      return { streamVersion: version, firstPosition: inserted.rows[0]?.first_position ?? null };
    });
  } catch (error) {
    if (isStreamPositionClash(error)) {
      const actual = await currentVersion(ctx, ctx.root, streamId);
      throw new ExpectedVersionConflictError(streamId, expectedVersion, actual, { cause: error });
    }
    throw error;
  }
}

/** Moves the stream's version by `n` if it is where the caller expects; null when it is not. */
async function moveStream(
  ctx: StoreContext,
  trx: Kysely<unknown>,
  streamId: string,
  n: number,
  expected: ExpectedVersion,
): Promise<number | null> {
  const streams = table(ctx, 'streams');
  if (expected === 'any') {
    const r = await sql<{ version: number }>`
      INSERT INTO ${streams} AS s (id, version) VALUES (${streamId}, ${n})
      ON CONFLICT (id) DO UPDATE SET version = s.version + excluded.version
      RETURNING version`.execute(trx);
    return r.rows[0]?.version ?? null;
  }
  if (expected !== 'no_stream') {
    const r = await sql<{ version: number }>`
      UPDATE ${streams} SET version = version + ${n}::int
      WHERE id = ${streamId} AND version = ${expected}::int
      RETURNING version`.execute(trx);
    if (r.rows[0]) return r.rows[0].version;
    if (expected !== 0) return null;
  }
  const r = await sql<{ version: number }>`
    INSERT INTO ${streams} (id, version) VALUES (${streamId}, ${n})
    ON CONFLICT (id) DO NOTHING
    RETURNING version`.execute(trx);
  return r.rows[0]?.version ?? null;
}

async function currentVersion(
  ctx: StoreContext,
  executor: Kysely<unknown>,
  streamId: string,
): Promise<number | null> {
  const r = await sql<{ version: number }>`
    SELECT version FROM ${table(ctx, 'streams')} WHERE id = ${streamId}`.execute(executor);
  return r.rows[0]?.version ?? null;
}

function isStreamPositionClash(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return (
    e?.code === '23505' &&
    typeof e.constraint === 'string' &&
    e.constraint.includes('stream_position')
  );
}
