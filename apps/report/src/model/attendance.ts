import type { ParticipantListed, StatementMade } from '@stenogram/schema';

/** One person at one meeting: listed at the opening, or a person who spoke. */
export interface Attendance {
  readonly personId: string;
  readonly name: string;
  readonly position: string | null;
  readonly country: string | null;
  readonly organisation: string | null;
  readonly listed: boolean;
  readonly turns: number;
  readonly words: number;
}

export type AttendanceParticipant = Pick<
  ParticipantListed,
  'personId' | 'ordinal' | 'name' | 'position' | 'country' | 'organisation'
>;
export interface AttendanceStatement {
  readonly ordinal: number;
  readonly wordCount: number;
  readonly speaker: Pick<StatementMade['speaker'], 'personId' | 'name' | 'label' | 'position'>;
}

/**
 * Who took part in a meeting: the listed participants in list order (each person once), then the
 * persons who spoke without being listed, in the order they first spoke; with turns and words.
 * A listed person without a position gets the one of their speaker label.
 * The one rule behind the participants table, people.json and the attendance projection.
 */
export function computeAttendance(
  participants: readonly AttendanceParticipant[],
  statements: readonly AttendanceStatement[],
): Attendance[] {
  const tally = new Map<string, { turns: number; words: number }>();
  const speakers: AttendanceStatement['speaker'][] = [];
  for (const s of [...statements].sort((a, b) => a.ordinal - b.ordinal)) {
    const id = s.speaker.personId;
    if (id === null) continue;
    const t = tally.get(id);
    if (t) {
      t.turns++;
      t.words += s.wordCount;
    } else {
      tally.set(id, { turns: 1, words: s.wordCount });
      speakers.push(s.speaker);
    }
  }
  const out: Attendance[] = [];
  const seen = new Set<string>();
  for (const p of [...participants].sort((a, b) => a.ordinal - b.ordinal)) {
    if (seen.has(p.personId)) continue;
    seen.add(p.personId);
    const t = tally.get(p.personId);
    out.push({
      personId: p.personId,
      name: p.name,
      // A list without positions ("… was attended by Alexander Lukashenko"): the label's position.
      position: p.position ?? speakers.find((s) => s.personId === p.personId)?.position ?? null,
      country: p.country,
      organisation: p.organisation,
      listed: true,
      turns: t?.turns ?? 0,
      words: t?.words ?? 0,
    });
  }
  for (const s of speakers) {
    if (s.personId === null || seen.has(s.personId)) continue;
    seen.add(s.personId);
    const t = tally.get(s.personId);
    out.push({
      personId: s.personId,
      name: s.name ?? s.label,
      position: s.position,
      country: null,
      organisation: null,
      listed: false,
      turns: t?.turns ?? 0,
      words: t?.words ?? 0,
    });
  }
  return out;
}
