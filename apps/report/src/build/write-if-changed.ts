import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Folders known to exist: a build writes thousands of files into a few of them.
const made = new Set<string>();

/**
 * Writes a file only if its content differs; true when written. The bytes are compared, and not
 * read at all when the sizes differ: an incremental build rewrites a few files of megabytes (the
 * year's index, a frequent speaker's year), which decoding to compare as text made slower.
 */
export async function writeIfChanged(path: string, content: string): Promise<boolean> {
  const bytes = Buffer.from(content, 'utf8');
  try {
    if ((await stat(path)).size === bytes.length && (await readFile(path)).equals(bytes)) {
      return false;
    }
  } catch {
    // absent: write it
  }
  const dir = dirname(path);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  try {
    await writeFile(path, bytes);
  } catch (error) {
    // The folder went away since it was made (a person's folder deleted): make it again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeFile(path, bytes);
  }
  return true;
}

type Outcome =
  | { readonly ok: true; readonly changed: boolean }
  | { readonly ok: false; readonly error: unknown };

/**
 * Writes files under a folder with {@link writeIfChanged}, several at a time (a build writes tens
 * of thousands, and each is a few file-system calls that wait on the thread pool), and lists in
 * `written` those whose bytes changed, in the order they were given. `flush` before relying on
 * the files being there.
 */
export class FileWriter {
  /** Paths (relative to the folder) written so far, in the order given. */
  readonly written: string[] = [];
  readonly #dir: string;
  readonly #limit: number;
  readonly #pending: { readonly path: string; readonly outcome: Promise<Outcome> }[] = [];

  constructor(dir: string, limit = 16) {
    this.#dir = dir;
    this.#limit = limit;
  }

  /** Starts writing `path`; waits first if `limit` writes are under way. */
  async write(path: string, content: string): Promise<void> {
    if (this.#pending.length >= this.#limit) await this.#settleOldest();
    const outcome = writeIfChanged(join(this.#dir, path), content).then(
      (changed): Outcome => ({ ok: true, changed }),
      (error: unknown): Outcome => ({ ok: false, error }),
    );
    this.#pending.push({ path, outcome });
  }

  /** Waits for every write started; throws the first failure (once every other write is done). */
  async flush(): Promise<void> {
    while (this.#pending.length > 0) await this.#settleOldest();
  }

  async #settleOldest(): Promise<void> {
    const { path, outcome } = this.#pending.shift()!;
    const r = await outcome;
    if (!r.ok) {
      // Nothing left running behind the failure: a caller cleaning up after it would race it.
      await Promise.all(this.#pending.splice(0).map((p) => p.outcome));
      throw r.error;
    }
    if (r.changed) this.written.push(path);
  }
}
