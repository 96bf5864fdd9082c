import { PGlite, types } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database.js';
import { StoreUnavailableError } from './errors.js';
import { EventStore, type StoreBackend } from './event-store.js';
import { DEFAULT_SCHEMA, migrateStore } from './migrate.js';
import { lockDataDir } from './pglite-lock.js';
import { redact } from './redact.js';

/** Where the store lives: a PostgreSQL server, or a PGlite data folder (the embedded default). */
export type OpenStoreOptions =
  | {
      /** `postgres://user@host:port/database` */
      readonly databaseUrl: string;
      /** PostgreSQL schema for the store's tables (default `stenogram`). */
      readonly schema?: string;
      /** Connections in the pool (default 10). */
      readonly poolSize?: number;
      /** Apply migrations on open (default true). */
      readonly migrate?: boolean;
    }
  | {
      /** A folder for PGlite's files; created if absent, locked while open. */
      readonly dataDir: string;
      readonly schema?: string;
      readonly migrate?: boolean;
    };

/**
 * Opens the event store and brings its schema to the latest migration.
 *
 * - `{ databaseUrl }`: a pooled `pg` connection to PostgreSQL. Connection failures raise
 *   {@link StoreUnavailableError} (code `store_unavailable`).
 * - `{ dataDir }`: PGlite in this process. The folder is locked: a second process gets
 *   {@link StoreLockedError} ("database in use by process N"); a stale lock is taken over.
 *
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL! });
 * try { await store.appendExtraction(input); } finally { await store.close(); }
 */
export async function openStore(options: OpenStoreOptions): Promise<EventStore> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const { root, backend, release, target, pool } =
    'databaseUrl' in options
      ? await connectPostgres(options.databaseUrl, options.poolSize ?? 10)
      : await connectPglite(options.dataDir);
  try {
    if (options.migrate ?? true) await migrateStore(root, schema);
  } catch (error) {
    await root.destroy().catch(() => undefined);
    release();
    if (isConnectionError(error)) throw new StoreUnavailableError(target, { cause: error });
    throw error;
  }
  return new EventStore({
    root,
    db: root.withSchema(schema) as Kysely<Database>,
    schema,
    backend,
    pool,
    release,
  });
}

interface Connected {
  readonly root: Kysely<unknown>;
  readonly backend: StoreBackend;
  readonly target: string;
  readonly pool: pg.Pool | null;
  readonly release: () => void;
}

async function connectPostgres(databaseUrl: string, poolSize: number): Promise<Connected> {
  const target = redact(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // A client losing its server must not crash the process with an unhandled 'error' event, idle
  // in the pool or checked out between two queries of a transaction: the next query reports it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const root = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`SELECT 1`.execute(root);
  } catch (error) {
    await root.destroy().catch(() => undefined);
    throw new StoreUnavailableError(target, { cause: error });
  }
  return { root, backend: 'postgres', target, pool, release: () => undefined };
}

async function connectPglite(dataDir: string): Promise<Connected> {
  const lock = lockDataDir(dataDir);
  try {
    // Same shapes as pg: bigint as a decimal string (PGlite would give a number).
    const client = await PGlite.create(dataDir, {
      parsers: { [types.INT8]: (value: string) => value },
    });
    const root = new Kysely<unknown>({ dialect: new PGliteDialect(client) });
    return { root, backend: 'pglite', target: dataDir, pool: null, release: () => lock.release() };
  } catch (error) {
    lock.release();
    throw new StoreUnavailableError(dataDir, { cause: error });
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // Node socket errors, and PostgreSQL classes 08 (connection), 28 (auth), 3D (no database), 57P (shutdown).
  return /^(E[A-Z]+|08...|28...|3D000|57P0\d)$/.test(code);
}
