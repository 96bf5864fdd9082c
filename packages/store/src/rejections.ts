import type { StoreContext } from './store-context.js';
import { toIso } from './store-context.js';

/** A document ingest refused, as given to {@link recordRejection}. */
export interface RejectionInput {
  /** The document's hash; null when it could not be read at all (missing, no permission). */
  readonly sha256: string | null;
  readonly fileName: string | null;
  /** A stable machine code (`not_a_transcript`, `unreadable`, …). */
  readonly code: string;
  /** The message a person reads. */
  readonly reason: string;
}

/** A stored rejection. */
export interface Rejection extends RejectionInput {
  readonly id: string;
  readonly rejectedAt: string;
}

/** Records that ingest refused a document, so the audit can show it. Every call adds a row. */
export async function recordRejection(
  ctx: StoreContext,
  input: RejectionInput,
): Promise<Rejection> {
  const row = await ctx.db
    .insertInto('rejections')
    .values({
      sha256: input.sha256,
      file_name: input.fileName,
      code: input.code,
      reason: input.reason,
    })
    .returning(['id', 'rejected_at'])
    .executeTakeFirstOrThrow();
  return { ...input, id: String(row.id), rejectedAt: toIso(row.rejected_at) };
}

/** Recorded rejections, oldest first, optionally of one hash. */
export async function listRejections(
  ctx: StoreContext,
  options: { readonly sha256?: string } = {},
): Promise<readonly Rejection[]> {
  let query = ctx.db.selectFrom('rejections').selectAll();
  if (options.sha256 !== undefined) query = query.where('sha256', '=', options.sha256);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => ({
    id: String(row.id),
    sha256: row.sha256,
    fileName: row.file_name,
    code: row.code,
    reason: row.reason,
    rejectedAt: toIso(row.rejected_at),
  }));
}
