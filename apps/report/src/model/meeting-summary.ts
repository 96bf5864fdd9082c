import type { MeetingReport } from '@stenogram/schema';

/** What the cross-meeting reports (index, people, organisations) need of one meeting. */
export interface MeetingSummary {
  readonly documentId: string;
  readonly file: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly place: string | null;
  /** Listed participants and persons who spoke, once each. */
  readonly people: readonly PersonAtMeeting[];
  readonly organisations: readonly { orgId: string; name: string; abbreviation: string | null }[];
  readonly statements: number;
  readonly words: number;
}

export interface PersonAtMeeting {
  readonly personId: string;
  readonly name: string;
  readonly position: string | null;
  readonly statements: number;
  readonly words: number;
}

/** The summary of a meeting report. */
export function summarizeMeeting(report: MeetingReport): MeetingSummary {
  return {
    documentId: report.meeting.documentId,
    file: report.meeting.file,
    date: report.meeting.date,
    title: report.meeting.title,
    place: report.meeting.place,
    people: report.participants.map((p) => ({
      personId: p.personId,
      name: p.name,
      position: p.position,
      statements: p.turns,
      words: p.words,
    })),
    organisations: report.organisations,
    statements: report.totals.statements,
    words: report.totals.words,
  };
}
