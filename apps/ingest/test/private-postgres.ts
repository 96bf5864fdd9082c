import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.STENOGRAM_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A throwaway PostgreSQL server of the test's own, so that it can be stopped mid-run. */
export interface PrivatePostgres {
  readonly url: string;
  start(): Promise<void>;
  /** Stops at once, as a crash or a lost server would: open connections are cut. */
  stopNow(): Promise<void>;
  destroy(): Promise<void>;
}

/** Why a private server cannot be made here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!existsSync(join(BIN, 'initdb'))) return `no PostgreSQL binaries in ${BIN}`;
  if (process.platform !== 'linux') return 'needs Linux';
  return null;
}

/**
 * initdb into a temporary folder and run the server on a free port. initdb refuses to run as root,
 * so as root the cluster belongs to the `postgres` user and the commands run through runuser.
 */
export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'stenogram-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? await uidOf('postgres') : null;
  if (pgUser) {
    await chown(dir, pgUser.uid, pgUser.gid);
    await chmod(dir, 0o700);
  }
  const exec = (cmd: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args])
      : run(join(BIN, cmd), args);
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgctl = (...args: string[]) => exec('pg_ctl', ['-D', data, '-w', '-t', '30', ...args]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      await pgctl('-o', options, '-l', join(dir, 'server.log'), 'start');
    },
    stopNow: async () => {
      await pgctl('-m', 'immediate', 'stop');
    },
    destroy: async () => {
      await pgctl('-m', 'immediate', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function uidOf(user: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', user]);
  const { stdout: g } = await run('id', ['-g', user]);
  return { uid: Number(stdout.trim()), gid: Number(g.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
