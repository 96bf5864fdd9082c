import type {
  AuditChange,
  AuditDiff,
  NoteRecorded,
  PersonMentioned,
  StatementMade,
  StenogramEvent,
} from '@stenogram/schema';
import { foldMeetings } from '../model/fold-meetings.js';
import type { MeetingModel } from '../model/meeting-model.js';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

function speakerOf(s: StatementMade): string {
  return s.speaker.personId ?? s.speaker.label;
}

function keyed<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}

/** Added, removed and changed members of two keyed sets; `same` says when two are equal. */
function diffSets<T>(
  fact: AuditChange['fact'],
  a: ReadonlyMap<string, T>,
  b: ReadonlyMap<string, T>,
  same: (x: T, y: T) => boolean,
): AuditChange[] {
  const out: AuditChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y === undefined) out.push({ fact, change: 'removed', key, before: x, after: null });
    else if (!same(x, y)) out.push({ fact, change: 'changed', key, before: x, after: y });
  }
  for (const [key, y] of b)
    if (!a.has(key)) out.push({ fact, change: 'added', key, before: null, after: y });
  return out;
}

const brief = (s: StatementMade) => ({
  ordinal: s.ordinal,
  speaker: s.speaker.label,
  text: s.text,
});

/**
 * Aligns two statement sequences: equal texts match (a different speaker is `speaker-changed`);
 * one statement whose text is the join of several consecutive ones on the other side is `split` or
 * `merged`; a statement found a little further on marks the ones skipped as added or removed; what
 * is left pairs up in order as `text-changed` (same speaker) or removed + added.
 */
export function diffStatements(
  a: readonly StatementMade[],
  b: readonly StatementMade[],
): AuditChange[] {
  const out: AuditChange[] = [];
  const joined = (list: readonly StatementMade[], from: number, to: number) =>
    norm(
      list
        .slice(from, to + 1)
        .map((s) => s.text)
        .join(' '),
    );
  const findRun = (one: StatementMade, many: readonly StatementMade[], start: number): number => {
    const target = norm(one.text);
    for (let k = start + 1; k < many.length; k++) {
      const text = joined(many, start, k);
      if (text === target) return k;
      if (text.length > target.length || !target.startsWith(text)) return -1;
    }
    return -1;
  };
  const LOOKAHEAD = 8;
  const indexIn = (text: string, list: readonly StatementMade[], from: number) => {
    for (let k = from; k < Math.min(list.length, from + LOOKAHEAD); k++)
      if (norm(list[k]!.text) === text) return k;
    return -1;
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (norm(x.text) === norm(y.text)) {
      if (speakerOf(x) !== speakerOf(y) || x.speaker.label !== y.speaker.label) {
        out.push({
          fact: 'statement',
          change: 'speaker-changed',
          key: String(x.ordinal),
          before: brief(x),
          after: brief(y),
        });
      }
      i++;
      j++;
      continue;
    }
    const split = findRun(x, b, j);
    if (split >= 0) {
      out.push({
        fact: 'statement',
        change: 'split',
        key: String(x.ordinal),
        before: brief(x),
        after: b.slice(j, split + 1).map(brief),
      });
      i++;
      j = split + 1;
      continue;
    }
    const merged = findRun(y, a, i);
    if (merged >= 0) {
      out.push({
        fact: 'statement',
        change: 'merged',
        key: String(y.ordinal),
        before: a.slice(i, merged + 1).map(brief),
        after: brief(y),
      });
      i = merged + 1;
      j++;
      continue;
    }
    const xLater = indexIn(norm(x.text), b, j + 1);
    const yLater = indexIn(norm(y.text), a, i + 1);
    if (xLater >= 0 && (yLater < 0 || xLater - j <= yLater - i)) {
      for (; j < xLater; j++)
        out.push({
          fact: 'statement',
          change: 'added',
          key: String(b[j]!.ordinal),
          before: null,
          after: brief(b[j]!),
        });
      continue;
    }
    if (yLater >= 0) {
      for (; i < yLater; i++)
        out.push({
          fact: 'statement',
          change: 'removed',
          key: String(a[i]!.ordinal),
          before: brief(a[i]!),
          after: null,
        });
      continue;
    }
    if (speakerOf(x) === speakerOf(y)) {
      out.push({
        fact: 'statement',
        change: 'text-changed',
        key: String(x.ordinal),
        before: brief(x),
        after: brief(y),
      });
    } else {
      out.push({
        fact: 'statement',
        change: 'removed',
        key: String(x.ordinal),
        before: brief(x),
        after: null,
      });
      out.push({
        fact: 'statement',
        change: 'added',
        key: String(y.ordinal),
        before: null,
        after: brief(y),
      });
    }
    i++;
    j++;
  }
  for (; i < a.length; i++)
    out.push({
      fact: 'statement',
      change: 'removed',
      key: String(a[i]!.ordinal),
      before: brief(a[i]!),
      after: null,
    });
  for (; j < b.length; j++)
    out.push({
      fact: 'statement',
      change: 'added',
      key: String(b[j]!.ordinal),
      before: null,
      after: brief(b[j]!),
    });
  return out;
}

/** How many times each key occurs, keeping a value for it (the first one's). */
function tally<T, V>(
  items: readonly T[],
  key: (t: T) => string,
  value: (t: T) => V,
): Map<string, { count: number; value: V }> {
  const out = new Map<string, { count: number; value: V }>();
  for (const item of items) {
    const k = key(item);
    const seen = out.get(k);
    if (seen) seen.count += 1;
    else out.set(k, { count: 1, value: value(item) });
  }
  return out;
}

/**
 * Notes compared as a multiset of (kind, text): their ids and the statements they hang on follow
 * the statements' numbering, which the statement diff already reports. A note whose count differs
 * is `changed` (before and after carry the counts).
 */
export function diffNotes(a: readonly NoteRecorded[], b: readonly NoteRecorded[]): AuditChange[] {
  const key = (n: NoteRecorded) => `${n.kind}: ${norm(n.text)}`;
  return diffSets(
    'note',
    tally(a, key, () => null),
    tally(b, key, () => null),
    (x, y) => x.count === y.count,
  ).map((c) => ({ ...c, before: countOf(c.before), after: countOf(c.after) }));
}

/** Mentions compared per person: the name and how many times the statements name them. */
export function diffMentions(
  a: readonly PersonMentioned[],
  b: readonly PersonMentioned[],
): AuditChange[] {
  const side = (list: readonly PersonMentioned[]) =>
    new Map(
      [
        ...tally(
          list,
          (m) => m.personId,
          (m) => m.name,
        ),
      ].map(([k, { count, value }]) => [k, { name: value, mentions: count }]),
    );
  return diffSets(
    'mention',
    side(a),
    side(b),
    (x, y) => x.name === y.name && x.mentions === y.mentions,
  );
}

function countOf(value: unknown): number | null {
  return value === null ? null : (value as { count: number }).count;
}

const MEETING_FIELDS = ['title', 'lead', 'date', 'time', 'place', 'kremlinId', 'url'] as const;

/** The facts of two meeting models that differ. */
export function diffModels(a: MeetingModel, b: MeetingModel): AuditChange[] {
  const out: AuditChange[] = [];
  for (const field of MEETING_FIELDS) {
    const x = a.meeting?.[field] ?? null;
    const y = b.meeting?.[field] ?? null;
    if (x !== y) out.push({ fact: 'meeting', change: 'changed', key: field, before: x, after: y });
  }
  const participant = (p: MeetingModel['participants'][number]) => ({
    name: p.name,
    position: p.position,
    country: p.country,
    organisation: p.organisation,
  });
  out.push(
    ...diffSets(
      'participant',
      new Map([...keyed(a.participants, (p) => p.personId)].map(([k, p]) => [k, participant(p)])),
      new Map([...keyed(b.participants, (p) => p.personId)].map(([k, p]) => [k, participant(p)])),
      (x, y) => JSON.stringify(x) === JSON.stringify(y),
    ),
    ...diffSets(
      'chair',
      new Map(a.chairs.map((c) => [c.personId, { name: c.name, position: c.position }])),
      new Map(b.chairs.map((c) => [c.personId, { name: c.name, position: c.position }])),
      (x, y) => JSON.stringify(x) === JSON.stringify(y),
    ),
    ...diffSets(
      'organisation',
      new Map(
        a.organisations.map((o) => [o.orgId, { name: o.name, abbreviation: o.abbreviation }]),
      ),
      new Map(
        b.organisations.map((o) => [o.orgId, { name: o.name, abbreviation: o.abbreviation }]),
      ),
      (x, y) => JSON.stringify(x) === JSON.stringify(y),
    ),
    ...diffSets(
      'section',
      new Map(a.sections.map((s) => [String(s.ordinal), s.heading])),
      new Map(b.sections.map((s) => [String(s.ordinal), s.heading])),
      (x, y) => x === y,
    ),
    ...diffStatements(
      [...a.statements].sort((x, y) => x.ordinal - y.ordinal),
      [...b.statements].sort((x, y) => x.ordinal - y.ordinal),
    ),
    ...diffNotes(a.notes, b.notes),
    ...diffMentions(a.mentions, b.mentions),
  );
  return out;
}

/** Raised when an extraction's events do not make a completed meeting. */
export class IncompleteExtractionError extends Error {
  readonly code = 'incomplete_extraction';
  constructor(readonly extractionId: string) {
    super(`extraction ${extractionId} has no completed events to compare`);
    this.name = 'IncompleteExtractionError';
  }
}

/** `audit diff`: the facts that differ between two extractions, given each one's events. */
export function diffExtractions(
  a: { readonly extractionId: string; readonly events: readonly StenogramEvent[] },
  b: { readonly extractionId: string; readonly events: readonly StenogramEvent[] },
): AuditDiff {
  const [ma] = foldMeetings(a.events);
  const [mb] = foldMeetings(b.events);
  if (!ma) throw new IncompleteExtractionError(a.extractionId);
  if (!mb) throw new IncompleteExtractionError(b.extractionId);
  return {
    a: { extractionId: a.extractionId, parserVersion: ma.started.parserVersion },
    b: { extractionId: b.extractionId, parserVersion: mb.started.parserVersion },
    changes: diffModels(ma, mb),
  };
}
