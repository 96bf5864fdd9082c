import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes a file only if its content differs; true when written. */
export async function writeIfChanged(path: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === content) return false;
  } catch {
    // absent: write it
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return true;
}
