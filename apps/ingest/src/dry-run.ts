import { parseTranscript } from '@stenogram/parser';
import type { Writable } from 'node:stream';
import { expandInputs } from './expand-inputs.js';
import { readDocument } from './read-document.js';

export interface DryRunResult {
  readonly documents: number;
  readonly rejected: number;
}

/**
 * Parses every input and prints its events as NDJSON (`{"type","schemaVersion","data","metadata"}`
 * a line, each document starting with its `source-registered`); issues go to `err`, one line each.
 * Nothing is stored.
 */
export async function dryRun(
  inputs: readonly string[],
  options: { readonly stdinName: string | null; readonly maxBytes: number },
  out: Writable,
  err: Writable,
): Promise<DryRunResult> {
  let documents = 0;
  let rejected = 0;
  for await (const item of expandInputs(inputs, options.stdinName)) {
    documents++;
    const read = await readDocument(item, options.maxBytes);
    if (!read.ok) {
      rejected++;
      err.write(`${read.displayName}: rejected: ${read.reason}\n`);
      continue;
    }
    const result = parseTranscript({
      bytes: read.document.bytes,
      fileName: read.document.fileName,
    });
    let lines = '';
    for (const event of result.events) lines += `${JSON.stringify(event)}\n`;
    if (!out.write(lines)) await new Promise((resolve) => out.once('drain', resolve));
    for (const issue of result.issues) {
      err.write(
        `${read.document.displayName}: ${issue.severity} ${issue.code}: ${issue.message}\n`,
      );
    }
    if (!result.accepted) rejected++;
  }
  return { documents, rejected };
}
