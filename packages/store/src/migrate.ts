import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { storeMigrations } from './migrations/migrations.js';

/** The PostgreSQL schema the store uses unless told otherwise. */
export const DEFAULT_SCHEMA = 'stenogram';

/** Raised when the store's migrations fail; `cause` is the database's error. */
export class MigrationFailedError extends Error {
  readonly code = 'migration_failed';
  constructor(
    readonly migration: string | null,
    options?: { cause?: unknown },
  ) {
    super(`store migration ${migration ?? '(setup)'} failed`, options);
    this.name = 'MigrationFailedError';
  }
}

/**
 * Brings the store's schema to the latest migration. Safe to call from several processes at once:
 * Kysely's migrator takes an advisory lock, and the race to create the migration tables themselves
 * is retried.
 *
 * @returns the names of the migrations this call applied (empty when up to date).
 */
export async function migrateStore(
  db: Kysely<unknown>,
  schema: string = DEFAULT_SCHEMA,
): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(storeMigrations(schema)) },
    migrationTableSchema: schema,
  });
  let result: MigrationResultSet | undefined;
  for (let attempt = 1; ; attempt++) {
    result = await migrator.migrateToLatest();
    // Two processes creating the migration tables at once collide on pg_type (23505/42P07).
    if (!result.error || attempt >= 5 || !isCreateRace(result.error)) break;
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
  }
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName ?? null, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function isCreateRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '42P07' || code === '42P06';
}
