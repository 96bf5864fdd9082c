import { existsSync } from 'node:fs';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventStore } from '@stenogram/store';
import type { Kysely } from 'kysely';
import { buildMeetingReport } from '../model/build-meeting-report.js';
import { meetingTerms } from '../model/corpus-stats.js';
import { resolveFileNames } from '../model/meeting-file.js';
import { loadMeetings } from '../projection/load-meetings.js';
import type { EventReader } from '../projection/read-extraction-events.js';
import {
  currentMeetings,
  loadCorpusStats,
  loadSummaries,
  type CurrentMeeting,
} from '../projection/load-summaries.js';
import { collectionFiles } from './collection-files.js';
import { updateCollections } from './update-collections.js';
import { FileWriter, writeIfChanged } from './write-if-changed.js';
import { meetingFiles } from './report-files.js';

/** What a build remembers in its output folder, to rewrite only what changed next time. */
interface BuildState {
  readonly version: 2;
  /** The highest `changed_seq` written. */
  readonly lastSeq: string;
}

export const STATE_FILE = '.stenogram-report-state.json';

/** The folders and files a build owns in its output folder; anything else there is left alone. */
const OWNED_DIRS = ['meetings', 'index', 'people', 'organisations'] as const;

export interface WriteOptions {
  readonly outDir: string;
  /** Re-render every meeting, not only those changed since the last build into `outDir`. */
  readonly full?: boolean;
  /** Called as the meetings are written: how many so far, of how many to write. */
  readonly onProgress?: (written: number, of: number) => void;
}

export interface WriteResult {
  /** Files whose content changed (written). */
  readonly written: readonly string[];
  /** Meetings rendered, changed or not. */
  readonly meetingsRendered: number;
  readonly meetings: number;
  /** Files deleted: a renamed meeting's old files, a person or year that no longer has meetings. */
  readonly removed: readonly string[];
  readonly milliseconds: number;
  /** Of which the collections (index, people, organisations) took. */
  readonly collectionsMilliseconds: number;
}

async function readState(outDir: string): Promise<BuildState | null> {
  try {
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE), 'utf8')) as BuildState;
    return state.version === 2 ? state : null;
  } catch {
    return null;
  }
}

const CHUNK = 500;
const FEW = 50;

/** Renders meetings (by extraction) under the given file names, writing those whose bytes changed. */
async function writeMeetings(
  reader: EventReader,
  db: Kysely<unknown>,
  schema: string,
  meetings: readonly CurrentMeeting[],
  nameOf: ReadonlyMap<string, string>,
  files: FileWriter,
  onProgress?: (written: number, of: number) => void,
): Promise<void> {
  if (meetings.length === 0) return;
  let stats = meetings.length > FEW ? await loadCorpusStats(db, schema) : null;
  const chunks: CurrentMeeting[][] = [];
  for (let i = 0; i < meetings.length; i += CHUNK) chunks.push(meetings.slice(i, i + CHUNK));
  const load = (chunk: readonly CurrentMeeting[] | undefined) =>
    chunk === undefined
      ? null
      : settled(
          loadMeetings(
            reader,
            db,
            schema,
            chunk.map((m) => m.extractionId),
          ),
        );
  // The next chunk's events are read while this one is rendered and written.
  let next = load(chunks[0]);
  for (let i = 0; next !== null; i++) {
    const models = await next();
    next = load(chunks[i + 1]);
    // A few meetings: the frequencies of their own terms, not the whole table.
    stats ??= await loadCorpusStats(
      db,
      schema,
      new Set(models.flatMap((m) => [...meetingTerms(m)])),
    );
    for (const model of models) {
      const report = buildMeetingReport(
        model,
        stats,
        nameOf.get(model.documentId) ?? model.documentId,
      );
      for (const [path, content] of meetingFiles(report)) await files.write(path, content);
    }
    onProgress?.(Math.min((i + 1) * CHUNK, meetings.length), meetings.length);
  }
}

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

/** Deletes the files under the owned folders that `keep` does not list, and the emptied folders. */
async function sweep(outDir: string, keep: ReadonlySet<string>, removed: string[]): Promise<void> {
  const walk = async (dir: string): Promise<boolean> => {
    let entries;
    try {
      entries = await readdir(join(outDir, dir), { withFileTypes: true });
    } catch {
      return true;
    }
    let empty = true;
    for (const e of entries) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (await walk(path)) await rmdir(join(outDir, path));
        else empty = false;
      } else if (!keep.has(path) && /\.(md|json)$/.test(e.name)) {
        await rm(join(outDir, path));
        removed.push(path);
      } else empty = false;
    }
    return empty;
  };
  for (const dir of OWNED_DIRS) await walk(dir);
}

/**
 * Writes the reports from the projection into `outDir`. The first build (or `full`) renders every
 * meeting and every collection file and deletes the files of the folders it owns that it did not
 * write (an earlier layout's, a person's who no longer appears). Later builds render the meetings
 * whose current extraction changed since the build counter the folder's state records, and only
 * the collection files those meetings touch (`updateCollections`). A file is only rewritten when
 * its bytes change, so unchanged files keep their modification time.
 *
 * Keywords weigh a meeting's terms against every current meeting at the time its report is
 * written; an incremental build does not rewrite the other meetings because document frequencies
 * moved (a `full` build does).
 */
export async function writeReports(store: EventStore, options: WriteOptions): Promise<WriteResult> {
  const started = performance.now();
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const schema = store.schema;
  const outDir = options.outDir;
  const state = options.full ? null : await readState(outDir);
  const files = new FileWriter(outDir);
  const removed: string[] = [];
  let meetingsRendered = 0;
  let meetings = 0;
  let collectionsMilliseconds = 0;
  let lastSeq = state?.lastSeq ?? '0';

  const incremental =
    state === null ? null : await updateCollections(store, db, schema, outDir, state.lastSeq);
  if (incremental !== null) {
    // The meetings first, then the collections that link to them.
    await writeMeetings(
      store,
      db,
      schema,
      incremental.render,
      incremental.nameOf,
      files,
      options.onProgress,
    );
    await files.flush();
    const t = performance.now();
    for (const path of incremental.remove) {
      if (!existsSync(join(outDir, path))) continue;
      await rm(join(outDir, path), { recursive: true, force: true });
      removed.push(path);
    }
    for (const [path, content] of incremental.files) await files.write(path, content);
    await files.flush();
    collectionsMilliseconds = performance.now() - t;
    meetingsRendered = incremental.render.length;
    meetings = incremental.meetings;
    lastSeq = incremental.lastSeq;
  } else {
    const all = await currentMeetings(db, schema);
    const nameOf = resolveFileNames(all.map((m) => ({ documentId: m.documentId, stem: m.stem })));
    // The collections' rows are read while the meetings are rendered.
    const summaries = settled(
      loadSummaries(db, schema, (m) => nameOf.get(m.documentId) ?? m.stem, all),
    );
    await writeMeetings(store, db, schema, all, nameOf, files, options.onProgress);
    const t = performance.now();
    const keep = new Set(
      [...nameOf.values()].flatMap((n) => [`meetings/${n}.md`, `meetings/${n}.json`]),
    );
    for (const [path, content] of collectionFiles(await summaries())) {
      keep.add(path);
      await files.write(path, content);
    }
    await files.flush();
    await sweep(outDir, keep, removed);
    collectionsMilliseconds = performance.now() - t;
    meetingsRendered = all.length;
    meetings = all.length;
    for (const m of all) if (BigInt(m.changedSeq) > BigInt(lastSeq)) lastSeq = m.changedSeq;
  }
  const next: BuildState = { version: 2, lastSeq };
  await writeIfChanged(join(outDir, STATE_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return {
    written: files.written,
    meetingsRendered,
    meetings,
    removed,
    milliseconds: performance.now() - started,
    collectionsMilliseconds,
  };
}
