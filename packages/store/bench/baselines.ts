import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { AppendExtractionInput } from '../src/append-extraction.js';
import { timed } from './workload.js';

/**
 * The events table's columns, collations and indexes, without the store around it: the physical
 * reference.
 */
export const BARE_TABLE = `
  CREATE TABLE bare_events (
    global_position bigserial PRIMARY KEY,
    tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id text COLLATE "C" NOT NULL,
    stream_position integer NOT NULL,
    event_id text COLLATE "C" NOT NULL UNIQUE,
    extraction_id text COLLATE "C",
    type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (stream_id, stream_position)
  );
  CREATE INDEX ON bare_events (tx_id, global_position);`;

const COLUMNS =
  'stream_id, stream_position, event_id, extraction_id, type, schema_version, data, metadata';

/** (d) every row by COPY … FROM STDIN (psql's \copy), in one go. Null when psql is absent. */
export async function copyIntoBareTable(
  url: string,
  inputs: readonly AppendExtractionInput[],
): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(BARE_TABLE);
  await client.end();
  const dir = mkdtempSync(join(tmpdir(), 'stenogram-bench-'));
  const file = join(dir, 'events.csv');
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines: string[] = [];
  for (const input of inputs) {
    input.events.forEach((e, i) => {
      lines.push(
        [
          input.streamId,
          i + 1,
          `${input.extractionId}:${i}`,
          input.extractionId,
          e.type,
          e.schemaVersion,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
        ]
          .map((v) => quote(String(v)))
          .join(','),
      );
    });
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    return await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const psql = spawn(
            'psql',
            [
              url,
              '-v',
              'ON_ERROR_STOP=1',
              '-qc',
              `\\copy bare_events (${COLUMNS}) FROM '${file}' WITH (FORMAT csv)`,
            ],
            {
              stdio: ['ignore', 'ignore', 'inherit'],
            },
          );
          psql.on('error', reject);
          psql.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`psql exited ${code}`)),
          );
        }),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** (e) one multi-row INSERT … VALUES per document into the bare table, autocommit. */
export async function insertPerDocument(
  url: string,
  inputs: readonly AppendExtractionInput[],
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(BARE_TABLE);
  try {
    return await timed(async () => {
      for (const input of inputs) {
        const values: unknown[] = [];
        const rows = input.events.map((e, i) => {
          const b = values.length;
          values.push(
            input.streamId,
            i + 1,
            `${input.extractionId}:${i}`,
            input.extractionId,
            e.type,
            e.schemaVersion,
            JSON.stringify(e.data),
            JSON.stringify(e.metadata),
          );
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`;
        });
        await client.query(
          `INSERT INTO bare_events (${COLUMNS}) VALUES ${rows.join(', ')}`,
          values,
        );
      }
    });
  } finally {
    await client.end();
  }
}

/** A plain SELECT of every row in global order, rows/s. */
export async function plainSelect(
  url: string,
  table: string,
): Promise<{ seconds: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows = 0;
    const seconds = await timed(async () => {
      const r = await client.query(`SELECT * FROM ${table} ORDER BY global_position`);
      rows = r.rowCount ?? 0;
    });
    return { seconds, rows };
  } finally {
    await client.end();
  }
}

/**
 * The disk's floor for one durable commit per document: the time of one tiny autocommitted INSERT
 * (a WAL flush), as events/s for documents of `eventsPerDocument` events.
 */
export async function commitFloor(
  url: string,
  eventsPerDocument: number,
  commits = 300,
): Promise<{ msPerCommit: number; eventsPerSecond: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE commit_floor (x int)');
    const seconds = await timed(async () => {
      for (let i = 0; i < commits; i++)
        await client.query('INSERT INTO commit_floor VALUES ($1)', [i]);
    });
    return {
      msPerCommit: (seconds / commits) * 1000,
      eventsPerSecond: (eventsPerDocument * commits) / seconds,
    };
  } finally {
    await client.end();
  }
}
