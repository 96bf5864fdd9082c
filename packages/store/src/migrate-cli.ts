/**
 * `npm run migrate [-- --database-url URL | --data-dir DIR] [--schema NAME]`: applies the store's
 * migrations and says which ran. Without flags: `DATABASE_URL`, else `./.stenogram/data` (PGlite).
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openStore } from './open-store.js';
import { redact } from './redact.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('usage: migrate [--database-url URL | --data-dir DIR] [--schema NAME]\n');
    return 0;
  }
  const databaseUrl =
    values['database-url'] ?? (values['data-dir'] ? undefined : process.env['DATABASE_URL']);
  const schema = values.schema ?? 'stenogram';
  const dataDir = values['data-dir'] ?? '.stenogram/data';
  const store = databaseUrl
    ? await openStore({ databaseUrl, schema })
    : await openStore({ dataDir, schema });
  try {
    const applied = await sql<{ name: string }>`
      SELECT name FROM ${sql.id(schema, 'kysely_migration')} ORDER BY name`.execute(store.db);
    const where = databaseUrl ? redact(databaseUrl) : `pglite ${dataDir}`;
    process.stdout.write(
      `store schema "${schema}" at ${where} is up to date: ${applied.rows.map((r) => r.name).join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const e = error as { code?: unknown; message?: unknown };
    process.stderr.write(
      `migrate: ${typeof e.message === 'string' ? e.message : String(error)}${typeof e.code === 'string' ? ` (${e.code})` : ''}\n`,
    );
    process.exitCode = 1;
  },
);
