import { createHash } from 'node:crypto';

/**
 * The normal form of a name for comparison: letters and digits only, lower case, accents
 * dropped, so that "VladimirPutin", "Vladimir Putin" and "VLADIMIR PUTIN" meet.
 */
export function nameKey(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Any character outside ASCII: only such text can change under NFKD or carry accents. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Compatibility forms decomposed and accents dropped; ASCII text (most names) is returned as it is. */
function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
}

/** "Mr Morsi", "Ms Abramchenko": an honorific is how the page addresses a person, not their name. */
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr)\.? (?=\S)/;

/**
 * A person's id, the same in every meeting and from both readers: the slug of the normalised
 * name ("Nikol Pashinyan" → "nikol-pashinyan", "Sauli Niinistö" → "sauli-niinisto"). A name with
 * no Latin letters gets a hash-based slug so the id stays a valid slug.
 */
export function personIdOf(name: string): string {
  return slugOf(name.replace(HONORIFIC, ''), 'person', name);
}

/** The slug of an organisation's full name: "Collective Security Treaty Organisation" → "collective-security-treaty-organisation". */
export function orgIdOf(name: string): string {
  return slugOf(name, 'org', name);
}

/**
 * Lower-case ASCII words of `text` joined by hyphens, accents and apostrophes dropped; a text
 * with no Latin letters or digits gets `<prefix>-<hash of original>` so the id stays a valid slug.
 */
function slugOf(text: string, prefix: string, original: string): string {
  const slug = foldAccents(text)
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0
    ? slug
    : `${prefix}-${createHash('sha256').update(original).digest('hex').slice(0, 12)}`;
}
