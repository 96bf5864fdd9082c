import type { MeetingModel } from './meeting-model.js';

/** Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * The report's file name without extension: `<date>-<slug of the title>`, `undated-…` without a
 * date, and the document id's slug where the page has no title (a copied body only).
 */
export function meetingFileName(model: {
  readonly documentId: string;
  readonly meeting: Pick<NonNullable<MeetingModel['meeting']>, 'date' | 'title'> | null;
}): string {
  const date = model.meeting?.date ?? 'undated';
  const title = model.meeting?.title ?? null;
  const slug = (title === null ? '' : slugify(title)) || slugify(model.documentId, 40) || 'meeting';
  return `${date}-${slug}`;
}
