import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EventStore } from '@stenogram/store';
import type { Kysely } from 'kysely';
import { buildMeetingReport } from '../model/build-meeting-report.js';
import { loadMeetings } from '../projection/load-meetings.js';
import {
  currentMeetings,
  loadCorpusStats,
  loadSummaries,
  plainFileName,
  type CurrentMeeting,
} from '../projection/load-summaries.js';
import { claimFileName, collectionFiles, meetingFiles } from './report-files.js';

/** What a build remembers in its output folder, to rewrite only what changed next time. */
interface BuildState {
  readonly version: 1;
  /** The highest `changed_seq` written. */
  readonly lastSeq: string;
  /** Each document's file name. */
  readonly files: Record<string, string>;
  /** sha256 of each collection file as written (index, people, organisations). */
  readonly collections?: Record<string, string>;
}

export const STATE_FILE = '.stenogram-report-state.json';

export interface WriteOptions {
  readonly outDir: string;
  /** Re-render every meeting, not only those changed since the last build into `outDir`. */
  readonly full?: boolean;
}

export interface WriteResult {
  /** Files whose content changed (written). */
  readonly written: readonly string[];
  /** Meetings rendered, changed or not. */
  readonly meetingsRendered: number;
  readonly meetings: number;
  readonly removed: readonly string[];
  readonly milliseconds: number;
  /** Of which index, people and organisations took. */
  readonly collectionsMilliseconds: number;
}

async function readState(outDir: string): Promise<BuildState | null> {
  try {
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE), 'utf8')) as BuildState;
    return state.version === 1 ? state : null;
  } catch {
    return null;
  }
}

/** Writes a file only if its content differs; true when written. */
async function writeIfChanged(path: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === content) return false;
  } catch {
    // absent: write it
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return true;
}

const CHUNK = 500;

/**
 * Starts a promise now and hands back its result later: a rejection is held (not unhandled) until
 * the result is asked for, and then thrown.
 */
function settled<T>(promise: Promise<T>): () => Promise<T> {
  const outcome = promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const r = await outcome;
    if (r.ok) return r.value;
    throw r.error;
  };
}

/**
 * Writes the reports from the projection: the meetings changed since the last build into this
 * folder (all of them on the first build or with `full`), then index, people and organisations.
 * A file is only rewritten when its content changes, so unchanged meetings keep their bytes and
 * their modification time.
 *
 * Keywords weigh a meeting's terms against every current meeting at the time its report is
 * written; an incremental build does not rewrite the other meetings because document frequencies
 * moved (a `full` build does).
 */
export async function writeReports(store: EventStore, options: WriteOptions): Promise<WriteResult> {
  const started = performance.now();
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const schema = store.schema;
  // Independent reads side by side: on PostgreSQL each query has its own connection of the pool.
  const [state, all] = await Promise.all([readState(options.outDir), currentMeetings(db, schema)]);
  const files = new Map(Object.entries(state?.files ?? {}));
  const lastSeq = state?.lastSeq ?? '0';
  const changed =
    state === null || options.full
      ? all
      : all.filter((m) => BigInt(m.changedSeq) > BigInt(lastSeq));

  // File names: keep the unchanged meetings' names, give the changed ones theirs.
  const taken = new Map<string, string>();
  const changedIds = new Set(changed.map((m) => m.documentId));
  for (const [doc, file] of files) if (!changedIds.has(doc)) taken.set(file, doc);
  const removed: string[] = [];
  const nameOf = new Map<string, string>();
  for (const m of changed) {
    const name = claimFileName(plainFileName(m), m.documentId, taken);
    nameOf.set(m.documentId, name);
    const before = files.get(m.documentId);
    if (before !== undefined && before !== name) removed.push(before);
    files.set(m.documentId, name);
  }
  for (const m of all)
    if (!nameOf.has(m.documentId))
      nameOf.set(m.documentId, files.get(m.documentId) ?? plainFileName(m));

  // The collections depend only on the current meetings: nothing changed, nothing to redo.
  const collections: Record<string, string> = { ...(state?.collections ?? {}) };
  const upToDate =
    state !== null &&
    !options.full &&
    changed.length === 0 &&
    removed.length === 0 &&
    Object.keys(collections).length > 0;
  // Their rows are read while the meetings are rendered.
  const summaries = upToDate
    ? null
    : settled(
        loadSummaries(
          db,
          schema,
          (m: CurrentMeeting) => nameOf.get(m.documentId) ?? plainFileName(m),
          all,
        ),
      );

  const written: string[] = [];
  for (const old of removed) {
    for (const ext of ['md', 'json'])
      await rm(join(options.outDir, 'meetings', `${old}.${ext}`), { force: true });
  }
  if (changed.length > 0) {
    const stats = await loadCorpusStats(db, schema);
    for (let i = 0; i < changed.length; i += CHUNK) {
      const chunk = changed.slice(i, i + CHUNK);
      const models = await loadMeetings(
        db,
        schema,
        chunk.map((m) => m.extractionId),
      );
      for (const model of models) {
        const report = buildMeetingReport(
          model,
          stats,
          nameOf.get(model.documentId) ?? model.documentId,
        );
        for (const [path, content] of meetingFiles(report)) {
          if (await writeIfChanged(join(options.outDir, path), content)) written.push(path);
        }
      }
    }
  }
  const collectionsStarted = performance.now();
  if (summaries !== null) {
    for (const [path, content] of collectionFiles(await summaries())) {
      const hash = createHash('sha256').update(content).digest('hex');
      const target = join(options.outDir, path);
      if (collections[path] === hash && existsSync(target)) continue;
      // A different hash means different bytes: no need to read the old file to compare.
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      written.push(path);
      collections[path] = hash;
    }
  }
  const collectionsMilliseconds = performance.now() - collectionsStarted;
  const maxSeq = all.reduce(
    (max, m) => (BigInt(m.changedSeq) > max ? BigInt(m.changedSeq) : max),
    BigInt(lastSeq),
  );
  const next: BuildState = {
    version: 1,
    lastSeq: maxSeq.toString(),
    files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    collections,
  };
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, STATE_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return {
    written,
    meetingsRendered: changed.length,
    meetings: all.length,
    removed,
    milliseconds: performance.now() - started,
    collectionsMilliseconds,
  };
}
