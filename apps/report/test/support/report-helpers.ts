import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EventStore } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import { REPORT_TABLES, tbl } from '../../src/projection/report-tables.js';

/** Every report table's rows, ordered, without the build counter (which a rebuild moves on). */
export async function dumpReportTables(store: EventStore): Promise<Record<string, unknown[]>> {
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const out: Record<string, unknown[]> = {};
  for (const table of REPORT_TABLES) {
    const r = await sql<Record<string, unknown>>`SELECT * FROM ${tbl(store.schema, table)}`.execute(
      db,
    );
    out[table] = r.rows
      .map((row) => {
        const { changed_seq: _seq, ...rest } = row;
        return JSON.stringify(rest);
      })
      .sort();
  }
  return out;
}

/** Whether the statements' full-text index exists (a rebuild drops it, the first search builds it). */
export async function searchIndexExists(store: EventStore): Promise<boolean> {
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const r = await sql<{
    i: string | null;
  }>`SELECT to_regclass(${`"${store.schema}".report_statements_tsv`})::text AS i`.execute(db);
  return r.rows[0]?.i != null;
}

/** Every file under a folder, by relative path. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** A report's Markdown with the store's completion time made stable for snapshots. */
export function stableMarkdown(markdown: string): string {
  return markdown.replace(/completed \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'completed <time>');
}

/**
 * Catches the projection up until it has handled `events` more events. The store hands out only
 * events below the cluster's oldest running transaction (its safe global order), so on a shared
 * server a write of another test or process can hold new events back for a moment.
 */
export async function catchUpBy(
  store: EventStore,
  events: number,
  timeoutMs = 30_000,
): Promise<void> {
  const { updateProjections } = await import('../../src/projection/update-projections.js');
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  for (;;) {
    seen += (await updateProjections(store)).events;
    if (seen >= events) return;
    if (Date.now() > deadline)
      throw new Error(`caught up ${seen} of ${events} events in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
