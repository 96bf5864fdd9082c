import pg from 'pg';
import { redact } from '../redact.js';

/** Where the test run's databases live. */
export type TestBackend =
  | { readonly kind: 'postgres'; readonly url: string; readonly from: 'DATABASE_URL' | 'container' }
  | { readonly kind: 'pglite' };

/** The backend switch: forces one backend, and fails loudly when it is not there. */
export type TestBackendSwitch = 'pglite' | 'postgres' | 'container';

/** A resolved backend and how to stop what was started for it. */
export interface ResolvedTestBackend {
  readonly backend: TestBackend;
  /** One line for the run's output. */
  readonly label: string;
  stop(): Promise<void>;
}

const DEFAULT_LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Chooses the backend once per test run: `STENOGRAM_TEST_DB=pglite|postgres|container` forces one
 * (and throws when it is unavailable); otherwise `DATABASE_URL` if set, else a PostgreSQL
 * testcontainer if a container runtime answers, else PGlite.
 */
export async function resolveTestBackend(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedTestBackend> {
  const forced = env['STENOGRAM_TEST_DB'];
  const url = env['DATABASE_URL'];
  if (
    forced !== undefined &&
    forced !== '' &&
    !['pglite', 'postgres', 'container'].includes(forced)
  ) {
    throw new Error(`STENOGRAM_TEST_DB=${forced}: expected pglite, postgres or container`);
  }
  if (forced === 'pglite') return pglite();
  if (forced === 'postgres')
    return postgres(url ?? DEFAULT_LOCAL_URL, 'STENOGRAM_TEST_DB=postgres');
  if (forced === 'container') return container(true);
  if (url) return postgres(url, 'DATABASE_URL');
  return (await container(false)) ?? pglite();
}

function pglite(): ResolvedTestBackend {
  return { backend: { kind: 'pglite' }, label: 'pglite', stop: () => Promise.resolve() };
}

async function postgres(url: string, why: string): Promise<ResolvedTestBackend> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (cause) {
    throw new Error(
      `stenogram tests: ${why} asks for PostgreSQL at ${redact(url)}, which does not answer`,
      { cause },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  return {
    backend: { kind: 'postgres', url, from: 'DATABASE_URL' },
    label: `postgres (${redact(url)})`,
    stop: () => Promise.resolve(),
  };
}

async function container(forced: true): Promise<ResolvedTestBackend>;
async function container(forced: false): Promise<ResolvedTestBackend | null>;
async function container(forced: boolean): Promise<ResolvedTestBackend | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (cause) {
    if (forced)
      throw new Error(
        'stenogram tests: STENOGRAM_TEST_DB=container but no container runtime answers',
        { cause },
      );
    return null;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const started = await new PostgreSqlContainer('postgres:15-alpine').start();
  const url = started.getConnectionUri();
  return {
    backend: { kind: 'postgres', url, from: 'container' },
    label: `postgres (testcontainer ${redact(url)})`,
    stop: async () => {
      await started.stop();
    },
  };
}
