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

/** The year the collections file a meeting under: `2021`, or `undated`. */
export function periodOf(date: string | null): string {
  return date === null ? 'undated' : date.slice(0, 4);
}

/**
 * The file name of a person or organisation: its id, which the parser makes a slug
 * (`vladimir-putin`); anything else (an id of another origin) becomes a slug with a hash of the id.
 */
export function entityFileName(id: string): string {
  return /^[a-z0-9][a-z0-9-]{0,119}$/.test(id) ? id : `${slugify(id, 80) || 'id'}-${shortHash(id)}`;
}

/** 32-bit FNV-1a of a text, as 8 hex digits. */
export function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Each meeting's file name from the stems of every current meeting (`meetingFileName`): the stem
 * itself for the lowest document id among the meetings sharing it, the stem with a hash of the
 * document id for the others. A function of the current meetings only, whatever the order they
 * were built in. Meetings sharing a stem share its date, so the meetings of one year suffice.
 */
export function resolveFileNames(
  meetings: Iterable<{ readonly documentId: string; readonly stem: string }>,
): Map<string, string> {
  const first = new Map<string, string>();
  const all: { documentId: string; stem: string }[] = [];
  for (const m of meetings) {
    all.push(m);
    const f = first.get(m.stem);
    if (f === undefined || m.documentId < f) first.set(m.stem, m.documentId);
  }
  return new Map(
    all.map((m) => [
      m.documentId,
      first.get(m.stem) === m.documentId ? m.stem : `${m.stem}-${shortHash(m.documentId)}`,
    ]),
  );
}
