import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFsError, type InputItem } from './expand-inputs.js';

/** A document's bytes and the names it is known by. */
export interface DocumentBytes {
  /** What the user named: the path as given, or "-" with its name. */
  readonly displayName: string;
  /** The base name, as the events record it. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type ReadOutcome =
  | { readonly ok: true; readonly document: DocumentBytes }
  | {
      readonly ok: false;
      readonly displayName: string;
      readonly code: string;
      readonly reason: string;
    };

/**
 * Reads one document whole, refusing more than `maxBytes` without reading them: a 100 MB file is
 * not a transcript page, and reading it would only cost memory.
 */
export async function readDocument(
  item: InputItem,
  maxBytes: number,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<ReadOutcome> {
  if (item.kind === 'error') {
    return { ok: false, displayName: item.path, code: 'unreadable', reason: item.reason };
  }
  if (item.kind === 'stdin') {
    const displayName = `- (${item.name})`;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) return tooLarge(displayName, maxBytes);
      chunks.push(buf);
    }
    return {
      ok: true,
      document: { displayName, fileName: basename(item.name), bytes: Buffer.concat(chunks) },
    };
  }
  let handle;
  try {
    handle = await open(item.path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      return { ok: false, displayName: item.path, code: 'unreadable', reason: 'is a directory' };
    }
    if (info.size > maxBytes) return tooLarge(item.path, maxBytes, info.size);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return tooLarge(item.path, maxBytes, bytes.length);
    return { ok: true, document: { displayName: item.path, fileName: basename(item.path), bytes } };
  } catch (error) {
    return {
      ok: false,
      displayName: item.path,
      code: 'unreadable',
      reason: describeFsError(error),
    };
  } finally {
    await handle?.close();
  }
}

function tooLarge(displayName: string, maxBytes: number, size?: number): ReadOutcome {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    ok: false,
    displayName,
    code: 'too_large',
    reason: `${size === undefined ? 'more than' : mb(size) + ', over'} the ${mb(maxBytes)} limit (--max-bytes)`,
  };
}
