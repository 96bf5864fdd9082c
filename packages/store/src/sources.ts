import type { StoreContext } from './store-context.js';
import { fromBytea, toIso } from './store-context.js';
import type { SourceRow } from './tables/source.table.js';

/** A stored source without its bytes. */
export interface SourceInfo {
  readonly sha256: string;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly fileName: string | null;
  /** ISO time the bytes were first stored. */
  readonly firstSeen: string;
}

/** A stored source with its bytes. */
export interface StoredSource extends SourceInfo {
  readonly bytes: Uint8Array;
}

/** Every stored source, oldest first (no bytes: use {@link getSource}). */
export async function listSources(ctx: StoreContext): Promise<readonly SourceInfo[]> {
  const rows = await ctx.db
    .selectFrom('sources')
    .select(['sha256', 'media_type', 'byte_length', 'file_name', 'first_seen'])
    .orderBy('first_seen')
    .orderBy('sha256')
    .execute();
  return rows.map(toSourceInfo);
}

/** One source with its bytes, or null when no source has this hash. */
export async function getSource(ctx: StoreContext, sha256: string): Promise<StoredSource | null> {
  const row = await ctx.db
    .selectFrom('sources')
    .selectAll()
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? { ...toSourceInfo(row), bytes: fromBytea(row.bytes) } : null;
}

function toSourceInfo(row: Omit<SourceRow, 'bytes'>): SourceInfo {
  return {
    sha256: row.sha256,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    fileName: row.file_name,
    firstSeen: toIso(row.first_seen),
  };
}
