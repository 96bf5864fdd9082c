import type { PersonRef } from '../document.js';

/**
 * The full name of a linked person. The link's text may be the whole name ("Nikol Pashinyan"), a
 * surname ("Lukashenko"), or carry a title ("Mr Morsi"); the card's "Surname Given" order
 * ("Pashinyan Nikol", but "Xi Jinping" as written) settles it. Where the link shows every word of
 * the card, its own order is the name; otherwise the card is turned round, surname last.
 */
export function mentionedName(ref: PersonRef): string {
  const visible = ref.visible.trim();
  const card = ref.cardName?.trim().split(/\s+/) ?? [];
  if (card.length === 0) return visible;
  const shown = visible.split(/\s+/);
  if (card.every((w) => shown.includes(w))) return shown.filter((w) => card.includes(w)).join(' ');
  return card.length === 1 ? card[0]! : [...card.slice(1), card[0]!].join(' ');
}
