import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnStoreChild, type StoreChild } from '../test/spawn-child.js';
import { StoreLockedError } from './errors.js';
import { openStore } from './open-store.js';
import { LOCK_FILE } from './pglite-lock.js';

// PGlite runs inside the test process whatever the run's backend, so this file always runs.
const dirs: string[] = [];
const children: StoreChild[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stenogram-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the PGlite data folder lock', () => {
  it('refuses a second process while the first holds the folder', async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    try {
      const child = spawnStoreChild({ options: { dataDir }, action: 'hold' });
      children.push(child);
      const line = await child.waitFor('opened', 'error');
      expect(line).toBe(
        `error store_locked database in use by process ${process.pid} (${dataDir})`,
      );
    } finally {
      await store.close();
    }
  });

  it('refuses this process while a child holds the folder, then takes the lock over once the child is killed', async () => {
    const dataDir = tempDir();
    const child = spawnStoreChild({ options: { dataDir }, action: 'hold' });
    children.push(child);
    expect(await child.waitFor('opened', 'error')).toBe(`opened ${child.pid}`);

    const refused = await openStore({ dataDir }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreLockedError);
    expect(refused).toMatchObject({
      code: 'store_locked',
      pid: child.pid,
      message: `database in use by process ${child.pid} (${dataDir})`,
    });

    await child.kill();
    // The dead child's lock file is still there: stale, so it is taken over.
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(child.pid));
    const store = await openStore({ dataDir });
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  });

  it('refuses a second open in the same process, and frees the folder on close', async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    await expect(openStore({ dataDir })).rejects.toMatchObject({
      code: 'store_locked',
      pid: process.pid,
    });
    await store.close();
    const again = await openStore({ dataDir });
    await again.close();
  });

  it('takes over a lock file naming a process that no longer exists', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK_FILE), '2147483646\n');
    const store = await openStore({ dataDir });
    expect(store.backend).toBe('pglite');
    await store.close();
  });
});
