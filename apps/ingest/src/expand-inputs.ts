import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { compileGlob, isGlob } from './glob.js';

const TRANSCRIPT_EXTENSIONS = new Set(['.html', '.htm', '.txt']);

/** One document to ingest, or a path that could not be listed. */
export type InputItem =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin'; readonly name: string }
  | { readonly kind: 'error'; readonly path: string; readonly reason: string };

/**
 * Expands the command line's arguments into documents, lazily and in a stable order (directory
 * entries sorted by name), so that a directory of a million files is never held in memory.
 */
export async function* expandInputs(
  args: readonly string[],
  stdinName: string | null,
): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', name: stdinName ?? 'stdin' };
      continue;
    }
    if (isGlob(arg)) {
      const glob = compileGlob(arg);
      let found = false;
      for await (const item of walk(glob.base, true, glob.maxDepth)) {
        if (item.kind !== 'file' || glob.matches(item.path)) {
          found ||= item.kind === 'file';
          yield item;
        }
      }
      if (!found) yield { kind: 'error', path: arg, reason: 'no file matches this pattern' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      yield { kind: 'error', path: arg, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walk(arg, false, Infinity);
    else yield { kind: 'file', path: arg };
  }
}

async function* walk(
  dir: string,
  anyExtension: boolean,
  maxDepth: number,
): AsyncGenerator<InputItem> {
  let names: { name: string; isDirectory: boolean }[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) {
      names.push({ name: entry.name, isDirectory: entry.isDirectory() });
    }
  } catch (error) {
    yield { kind: 'error', path: dir, reason: describeFsError(error) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) {
      const descend = maxDepth > 0 && !entry.name.startsWith('.') && entry.name !== 'node_modules';
      if (descend) yield* walk(path, anyExtension, maxDepth - 1);
    } else if (anyExtension || TRANSCRIPT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      yield { kind: 'file', path };
    }
  }
}

/** A one-line reason for a file-system error, without the stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
