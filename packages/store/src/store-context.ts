import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './database.js';

/** Which engine serves the store. */
export type StoreBackend = 'postgres' | 'pglite';

/** What every store operation needs: the database, bound and unbound to the store's schema. */
export interface StoreContext {
  /** Not bound to a schema: for raw SQL, which names tables through {@link table}. */
  readonly root: Kysely<unknown>;
  /** Bound to the store's schema. */
  readonly db: Kysely<Database>;
  readonly schema: string;
  readonly backend: StoreBackend;
}

/** `"schema"."name"` for raw SQL. */
export function table(
  ctx: Pick<StoreContext, 'schema'>,
  name: keyof Database | 'refuse_event_change',
): RawBuilder<unknown> {
  return sql.id(ctx.schema, name);
}

/** bytea parameters as pg wants them (a Buffer view, no copy). */
export function toBytea(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** bytea results as one shape on both backends: a plain Uint8Array. */
export function fromBytea(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** timestamptz results as ISO strings, whichever shape the driver gave. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
