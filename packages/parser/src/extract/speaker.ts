import type { BlockLabel, PersonRef } from '../document.js';
import { nameKey, personIdOf } from './person-id.js';
import { nameStartOf } from './split-position.js';
import { GENERIC_LABEL_WORDS } from './vocabulary.js';
import { wordsOf } from './words.js';

/** A speaker as the statement event carries it. */
export interface ResolvedSpeaker {
  readonly label: string;
  readonly personId: string | null;
  readonly name: string | null;
  readonly position: string | null;
  readonly kind: 'person' | 'role' | 'generic';
  readonly kremlinPersonId: number | null;
}

/** A person seen in a label or a participant list, to resolve later short labels to. */
export interface KnownPerson {
  readonly personId: string;
  readonly name: string;
  readonly position: string | null;
  readonly kremlinPersonId: number | null;
}

/**
 * Remembers the people of one meeting by the normal form of their name and of their surname, so
 * that "Vladimir Putin" (and the typo "VladimirPutin") after "President of Russia Vladimir
 * Putin" is the same person.
 */
export class PersonRegistry {
  private readonly byName = new Map<string, KnownPerson>();
  /** Labels already resolved to a person or as generic: a meeting repeats its short labels. */
  readonly resolvedLabels = new Map<string, ResolvedSpeaker>();
  /** By surname; null when two people of the meeting share it. */
  private readonly bySurname = new Map<string, KnownPerson | null>();
  /**
   * What a label's words alone say (see `readLabel`), by label: unlike `resolvedLabels`, never
   * out of date, since it does not depend on the people seen.
   */
  readonly labelReadings = new Map<string, LabelReading>();
  /** `nameKey` of the names and labels looked up: a meeting looks up the same few again and again. */
  private readonly keys = new Map<string, string>();
  /** `personIdOf` of the names met, for the same reason. */
  private readonly ids = new Map<string, string>();

  /** `personIdOf(name)`, computed once per name. */
  personIdOf(name: string): string {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = personIdOf(name)));
    return id;
  }

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  /** Adds a person; the first sighting with a position wins (the long label comes first). */
  remember(person: KnownPerson): void {
    const key = this.keyOf(person.name);
    if (key.length === 0) return;
    const known = this.byName.get(key);
    if (!known || (known.position === null && person.position !== null)) {
      this.byName.set(key, person);
      // A new or better-known person may change what earlier labels resolve to.
      this.resolvedLabels.clear();
    }
    const words = person.name.split(' ');
    if (words.length < 2) return;
    const surname = this.keyOf(words[words.length - 1]!);
    const other = this.bySurname.get(surname);
    if (other === undefined) this.bySurname.set(surname, person);
    else if (other !== null && other.personId !== person.personId)
      this.bySurname.set(surname, null);
  }

  /** The person of a full name ("Vladimir Putin", "VladimirPutin"). */
  find(name: string): KnownPerson | null {
    return this.byName.get(this.keyOf(name)) ?? null;
  }

  /** The one person of the meeting with this surname ("Putin", "Mr Putin"), if exactly one. */
  findSurname(label: string): KnownPerson | null {
    const bare = label.replace(/^(?:Mr|Ms|Mrs|Dr)\.? /, '');
    if (bare.includes(' ')) return null;
    return this.bySurname.get(this.keyOf(bare)) ?? null;
  }
}

/** "Sergei Mironov, Leader of A Just Russia Faction in the State Duma": name first, then the position. */
const NAME_COMMA_POSITION = /^((?:[A-Z][\p{L}.'’-]*\s){1,3}[A-Z][\p{L}.'’-]*), (\S.*)$/u;

/**
 * Resolves a turn's label to a speaker: generic labels ("Question", "Remark from the audience")
 * name no one; a person link in the label gives the name exactly; otherwise the name is split
 * from the position by the words (see `nameStartOf`), and a bare name is looked up among the
 * people seen before.
 */
export function resolveSpeaker(
  label: BlockLabel,
  labelPersons: readonly PersonRef[],
  registry: PersonRegistry,
): ResolvedSpeaker {
  const link = labelPersons.find((p) => p.start < label.text.length);
  if (!link) {
    const cached = registry.resolvedLabels.get(label.text);
    if (cached) return cached;
  }
  const speaker = resolveUncached(label, link ?? null, registry);
  // Only settled answers are kept: a role may still become a person once someone is introduced.
  if (!link && speaker.kind !== 'role') registry.resolvedLabels.set(label.text, speaker);
  return speaker;
}

/** A label read by its words alone: generic, or the name and position they split into. */
interface LabelReading {
  readonly generic: boolean;
  /** The name the words end or start with, if any (see `nameStartOf`). */
  readonly name: string | null;
  readonly position: string | null;
}

/**
 * What a label's words say without the people of the meeting: whether it is generic ("Question",
 * "Remark from the audience") and where the name splits from the position. A meeting repeats its
 * labels, and the registry keeps each reading (`labelReadings`).
 */
function readLabel(text: string, readings: Map<string, LabelReading>): LabelReading {
  const cached = readings.get(text);
  if (cached) return cached;
  const first = (wordsOf(text)[0]?.text ?? '').toLowerCase().replace(/[^a-z-]/g, '');
  let reading: LabelReading = {
    generic: GENERIC_LABEL_WORDS.has(first),
    name: null,
    position: null,
  };
  if (!reading.generic) {
    const nc = NAME_COMMA_POSITION.exec(text);
    if (nc) reading = { generic: false, name: nc[1]!, position: nc[2]! };
    else {
      // "CNBC TV anchor Geoff Cutmore, moderator of the plenary session": the name closes the
      // part before a comma when what follows is a lower-case apposition.
      const comma = text.indexOf(', ');
      const head =
        comma > 0 && /^\p{Ll}/u.test(text.slice(comma + 2)) ? text.slice(0, comma) : text;
      const words = wordsOf(head);
      const from = nameStartOf(words);
      if (from !== null && words.length - from <= 5) {
        const before = from > 0 ? text.slice(0, words[from - 1]!.end).replace(/,$/, '') : '';
        const after = head.length < text.length ? text.slice(head.length + 2) : '';
        reading = {
          generic: false,
          name: head.slice(words[from]!.start),
          position: [before, after].filter((p) => p.length > 0).join(', ') || null,
        };
      }
    }
  }
  readings.set(text, reading);
  return reading;
}

function resolveUncached(
  label: BlockLabel,
  link: PersonRef | null,
  registry: PersonRegistry,
): ResolvedSpeaker {
  const text = label.text;
  const reading = readLabel(text, registry.labelReadings);
  if (reading.generic) {
    return speakerOf(text, 'generic', null, null);
  }
  let name: string | null = null;
  let position: string | null = null;
  let kremlinPersonId: number | null = null;
  if (link) {
    // A link may take the label's colon with it ("Mikhail Babich:").
    name = link.visible.replace(/[\s:,;]+$/, '');
    kremlinPersonId = link.kremlinPersonId;
    const before = text.slice(0, link.start).replace(/[\s,]+$/, '');
    const after = text.slice(Math.min(link.end, text.length)).replace(/^[\s,]+/, '');
    position = before || after || null;
  } else {
    const known = registry.find(text) ?? registry.findSurname(text);
    if (known) return speakerOf(text, 'person', known, known.position);
    name = reading.name;
    position = reading.position;
  }
  if (name === null || !looksLikeName(name)) {
    return speakerOf(text, 'role', null, text);
  }
  const known = registry.find(name);
  if (known && position === null) return speakerOf(text, 'person', known, known.position);
  const person: KnownPerson = {
    personId: known?.personId ?? registry.personIdOf(name),
    name,
    position,
    kremlinPersonId: kremlinPersonId ?? known?.kremlinPersonId ?? null,
  };
  registry.remember(person);
  return speakerOf(text, 'person', person, person.position);
}

/** A speaker with its keys in sorted order (the digest's canonical form). */
function speakerOf(
  label: string,
  kind: ResolvedSpeaker['kind'],
  person: KnownPerson | null,
  position: string | null,
): ResolvedSpeaker {
  return {
    kind,
    kremlinPersonId: person?.kremlinPersonId ?? null,
    label,
    name: person?.name ?? null,
    personId: person?.personId ?? null,
    position,
  };
}

/** Two or more words, or one glued pair ("VladimirPutin"), starting with a capital. */
function looksLikeName(name: string): boolean {
  const words = name.split(' ');
  if (!/^\p{Lu}/u.test(name)) return false;
  if (words.length >= 2) return true;
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(name);
}
