import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { EventStore } from '../event-store.js';
import { openStore, type OpenStoreOptions } from '../open-store.js';
import type {} from './provided-context.js';
import { resolveTestBackend, type TestBackend } from './resolve-test-backend.js';

/** A fresh, empty database for one test file. */
export interface TestDatabase {
  readonly backend: 'postgres' | 'pglite';
  /** How to open it: `{ databaseUrl }` or `{ dataDir }`. */
  readonly options: OpenStoreOptions;
  /** Opens a store on it (migrating it on first open). */
  open(options?: { readonly schema?: string }): Promise<EventStore>;
  /** Drops the database (`DROP DATABASE … WITH (FORCE)`) or removes the PGlite folder. */
  drop(): Promise<void>;
}

let fallback: Promise<TestBackend> | undefined;

/**
 * The run's backend: the one the global setup chose, else chosen here by the same rules (without
 * starting a container per file).
 */
export async function testBackend(): Promise<TestBackend> {
  const provided = injected();
  if (provided) return provided;
  fallback ??= resolveTestBackend({
    ...process.env,
    ...(process.env['STENOGRAM_TEST_DB']
      ? {}
      : process.env['DATABASE_URL']
        ? {}
        : { STENOGRAM_TEST_DB: 'pglite' }),
  }).then((r) => r.backend);
  return fallback;
}

/**
 * Which kind of backend this run uses, synchronously (for `describe.skipIf` at collection time).
 */
export function testBackendKind(): 'postgres' | 'pglite' {
  const provided = injected();
  if (provided) return provided.kind;
  const forced = process.env['STENOGRAM_TEST_DB'];
  if (forced === 'pglite') return 'pglite';
  if (forced === 'postgres' || forced === 'container' || process.env['DATABASE_URL'])
    return 'postgres';
  return 'pglite';
}

function injected(): TestBackend | undefined {
  try {
    return inject('stenogramTestBackend');
  } catch {
    return undefined;
  }
}

/**
 * Creates a fresh database on the run's backend: `CREATE DATABASE test_<uuid>` on PostgreSQL, a new
 * temporary data folder on PGlite. Call `drop()` when the file is done (`afterAll`).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const backend = await testBackend();
  if (backend.kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'stenogram-test-'));
    return {
      backend: 'pglite',
      options: { dataDir },
      open: (o) => openStore({ dataDir, ...(o?.schema ? { schema: o.schema } : {}) }),
      drop: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await admin(backend.url, `CREATE DATABASE ${name}`);
  const url = new URL(backend.url);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    backend: 'postgres',
    options: { databaseUrl },
    open: (o) => openStore({ databaseUrl, ...(o?.schema ? { schema: o.schema } : {}) }),
    drop: () => admin(backend.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A store on a fresh database, and how to throw both away. */
export interface TestStore {
  readonly store: EventStore;
  readonly database: TestDatabase;
  /** Closes the store and drops its database. */
  cleanup(): Promise<void>;
}

/**
 * A migrated store on a fresh database of the run's backend.
 *
 * @example
 * let t: TestStore;
 * beforeAll(async () => { t = await createTestStore(); });
 * afterAll(() => t.cleanup());
 */
export async function createTestStore(options?: { readonly schema?: string }): Promise<TestStore> {
  const database = await createTestDatabase();
  const store = await database.open(options);
  return {
    store,
    database,
    cleanup: async () => {
      await store.close();
      await database.drop();
    },
  };
}
