import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./children/store-child.ts', import.meta.url));

/** A running child store process and what it has printed so far. */
export interface StoreChild {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Resolves with the first line starting with one of `prefixes`. */
  waitFor(...prefixes: string[]): Promise<string>;
  /** Every line printed so far. */
  printed(): readonly string[];
  /** SIGKILL, and wait until it is gone. */
  kill(): Promise<void>;
}

/** Starts `test/children/store-child.ts` under tsx with the source condition. */
export function spawnStoreChild(args: unknown): StoreChild {
  const child = spawn(
    process.execPath,
    ['--conditions=@stenogram/source', '--import', 'tsx', CHILD, JSON.stringify(args)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const waiters: { prefixes: string[]; resolve: (line: string) => void }[] = [];
  let buffer = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.prefixes.some((p) => line.startsWith(p))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  return {
    process: child,
    pid: child.pid ?? -1,
    waitFor: (...prefixes) => {
      const seen = lines.find((l) => prefixes.some((p) => l.startsWith(p)));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ prefixes, resolve });
        void exited.then(() =>
          reject(
            new Error(`child exited before printing ${prefixes.join('|')}: ${lines.join(' / ')}`),
          ),
        );
      });
    },
    printed: () => [...lines],
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
