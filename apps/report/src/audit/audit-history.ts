import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { EventStore, ExtractionInfo, Rejection } from '@stenogram/store';

/** One extraction of a document, as the audit shows it. */
export interface AuditAttempt extends ExtractionInfo {
  /** `current` for the stream's latest extraction (the one reports use), else `superseded`. */
  readonly standing: 'current' | 'superseded';
}

export interface AuditHistory {
  readonly streamId: string | null;
  readonly sha256s: readonly string[];
  readonly extractions: readonly AuditAttempt[];
  readonly rejections: readonly Rejection[];
}

/** Raised when an audit target names nothing the store knows. */
export class AuditTargetNotFoundError extends Error {
  readonly code = 'not_found';
  constructor(readonly target: string) {
    super(
      `nothing in the store matches ${JSON.stringify(target)} (a file, a sha256, a document, meeting or extraction id)`,
    );
    this.name = 'AuditTargetNotFoundError';
  }
}

async function withStanding(
  store: EventStore,
  list: readonly ExtractionInfo[],
): Promise<AuditAttempt[]> {
  const latest = new Map<string, string | null>();
  for (const x of list) {
    if (!latest.has(x.streamId))
      latest.set(x.streamId, (await store.latestExtractionFor(x.streamId))?.id ?? null);
  }
  return list.map((x) => ({
    ...x,
    standing: latest.get(x.streamId) === x.id ? 'current' : 'superseded',
  }));
}

/**
 * Every attempt on a document: its extractions (time, parser version, counts, digest, standing)
 * and the rejected ingests of its bytes. `target` is a file (hashed), a sha256, or a document,
 * meeting or extraction id; null means every stream.
 */
export async function auditHistory(
  store: EventStore,
  target: string | null,
): Promise<AuditHistory> {
  if (target === null) {
    const extractions = await withStanding(store, await store.listExtractions());
    const rejections = await store.listRejections();
    return {
      streamId: null,
      sha256s: [...new Set(extractions.map((x) => x.sourceSha256))].sort(),
      extractions,
      rejections,
    };
  }
  let sha256: string | null = null;
  if (/^[0-9a-f]{64}$/.test(target)) sha256 = target;
  else if (existsSync(target))
    sha256 = createHash('sha256')
      .update(await readFile(target))
      .digest('hex');

  let streamId: string | null = null;
  if (sha256 !== null) {
    streamId = (await store.listExtractions({ sha256 }))[0]?.streamId ?? null;
  } else {
    const byId = await store.getExtraction(target);
    if (byId) streamId = byId.streamId;
    else if ((await store.listExtractions({ streamId: target })).length > 0) streamId = target;
  }
  if (streamId === null) {
    const rejections = sha256 === null ? [] : await store.listRejections({ sha256 });
    if (rejections.length === 0) throw new AuditTargetNotFoundError(target);
    return { streamId: null, sha256s: [sha256!], extractions: [], rejections };
  }
  const extractions = await withStanding(store, await store.listExtractions({ streamId }));
  const sha256s = [
    ...new Set([...extractions.map((x) => x.sourceSha256), ...(sha256 ? [sha256] : [])]),
  ].sort();
  const rejections = (
    await Promise.all(sha256s.map((s) => store.listRejections({ sha256: s })))
  ).flat();
  return { streamId, sha256s, extractions, rejections };
}
