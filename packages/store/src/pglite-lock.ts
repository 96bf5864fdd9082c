import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreLockedError } from './errors.js';

/** The lock file's name inside a PGlite data folder. */
export const LOCK_FILE = 'stenogram.lock';

/** A held lock on a data folder; `release` is idempotent. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the lock on a PGlite data folder. PGlite is one connection inside one process and does not
 * lock its folder itself: two processes on one folder silently lose writes. The lock file holds the
 * owner's pid; a lock whose process is gone is taken over, a live one raises
 * {@link StoreLockedError} ("database in use by process N").
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return heldLock(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(path);
    if (owner !== null && isAlive(owner)) throw new StoreLockedError(dataDir, owner);
    // Stale (dead owner) or half-written: remove it and race for it again with O_EXCL.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const owner = readOwner(path);
  throw new StoreLockedError(dataDir, owner ?? -1);
}

function heldLock(path: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (readOwner(path) === process.pid) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return { path, release };
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
