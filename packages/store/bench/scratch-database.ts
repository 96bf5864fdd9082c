import pg from 'pg';

/** A throw-away database on the benchmark's server. */
export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

let counter = 0;

/** `CREATE DATABASE stenogram_bench_<pid>_<n>` on the server of `baseUrl`. */
export async function createScratchDatabase(baseUrl: string): Promise<ScratchDatabase> {
  const name = `stenogram_bench_${process.pid}_${++counter}`;
  await admin(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
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
