import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileWriter } from './write-if-changed.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stenogram-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FileWriter', () => {
  it('lists the files whose bytes changed, in the order given, however the writes finish', async () => {
    const first = new FileWriter(dir, 4);
    const paths = Array.from({ length: 40 }, (_, i) => `d${i % 3}/f${i}.md`);
    for (const [i, path] of paths.entries()) await first.write(path, `file ${i}\n`);
    await first.flush();
    expect(first.written).toEqual(paths);
    expect(readFileSync(join(dir, 'd1/f7.md'), 'utf8')).toBe('file 7\n');

    // Changed: every tenth file, in size; every tenth from the fifth, in one byte of the same size.
    const second = new FileWriter(dir, 4);
    const next = (i: number) =>
      i % 10 === 0 ? `changed ${i}\n` : i % 10 === 5 ? `File ${i}\n` : `file ${i}\n`;
    for (const [i, path] of paths.entries()) await second.write(path, next(i));
    await second.flush();
    expect(second.written).toEqual(paths.filter((_, i) => i % 5 === 0));
    expect(readFileSync(join(dir, 'd1/f10.md'), 'utf8')).toBe('changed 10\n');
    expect(readFileSync(join(dir, 'd0/f15.md'), 'utf8')).toBe('File 15\n');
  });

  it('throws a failed write, once no other write is running', async () => {
    mkdirSync(join(dir, 'taken.md')); // a folder where a file is to go: its write fails
    const writer = new FileWriter(dir, 8);
    const paths = ['a.md', 'taken.md', ...Array.from({ length: 20 }, (_, i) => `later/${i}.md`)];
    const run = async () => {
      for (const path of paths) await writer.write(path, 'x\n');
      await writer.flush();
    };
    await expect(run()).rejects.toThrow(/EISDIR|illegal operation on a directory/);
    // Every write started before the failure was seen has finished: none lands after this point.
    const started = paths.slice(2, 9).map((p) => join(dir, p));
    for (const path of started) expect(readFileSync(path, 'utf8')).toBe('x\n');
    expect(writer.written).toEqual(['a.md']);
  });
});
