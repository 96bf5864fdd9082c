import {
  REPORT_VERSION,
  type MeetingReport,
  type ReportNote,
  type ReportParticipant,
  type ReportSpeakerShare,
  type StatementMade,
} from '@stenogram/schema';
import type { CorpusStats } from './corpus-stats.js';
import { computeAttendance } from './attendance.js';
import { compareStrings } from './fold-meetings.js';
import { keyQuotes } from './key-quotes.js';
import { topTerms } from './keywords.js';
import type { MeetingModel } from './meeting-model.js';
import { countTerms, terms } from './tokenize.js';

/** How many keywords a meeting gets, and each main speaker. */
export const MEETING_KEYWORDS = 10;
export const SPEAKER_KEYWORDS = 6;
/** How many key quotes a meeting gets. */
export const KEY_QUOTES = 3;
/** A main speaker (a person or a role, not a generic label) has at least this share of the words; five at most. */
export const MAIN_SPEAKER_SHARE = 0.1;

function share(words: number, total: number): number {
  return total === 0 ? 0 : Math.round((words / total) * 10000) / 10000;
}

function speakerKey(s: StatementMade): string {
  return s.speaker.personId ?? `label:${s.speaker.label}`;
}

interface SpeakerTally {
  label: string;
  personId: string | null;
  name: string | null;
  position: string | null;
  kind: StatementMade['speaker']['kind'];
  turns: number;
  words: number;
  /** Indexes of the speaker's statements. */
  statements: number[];
  first: string;
}

function tallySpeakers(statements: readonly StatementMade[]): Map<string, SpeakerTally> {
  const tallies = new Map<string, SpeakerTally>();
  for (const [i, s] of statements.entries()) {
    const key = speakerKey(s);
    let t = tallies.get(key);
    if (!t) {
      t = {
        label: s.speaker.name ?? s.speaker.label,
        personId: s.speaker.personId,
        name: s.speaker.name,
        position: s.speaker.position,
        kind: s.speaker.kind,
        turns: 0,
        words: 0,
        statements: [],
        first: s.statementId,
      };
      tallies.set(key, t);
    }
    t.turns++;
    t.words += s.wordCount;
    t.statements.push(i);
  }
  return tallies;
}

/**
 * Turns one meeting's facts into its report: the participants table with turns and shares, the
 * speaking order, the summary (TF-IDF keywords against `stats`, key quotes) and the statements with
 * their notes. Pure and deterministic: every list has a stated order.
 */
export function buildMeetingReport(
  model: MeetingModel,
  stats: CorpusStats,
  file: string,
): MeetingReport {
  const statements = [...model.statements].sort((a, b) => a.ordinal - b.ordinal);
  const totalWords = statements.reduce((sum, s) => sum + s.wordCount, 0);
  const tallies = tallySpeakers(statements);
  // Each statement's terms, read once: the meeting's counts, its main speakers' and the key
  // quotes' weights all come from them.
  const statementTerms = statements.map((s) => terms(s.text));
  const termCounts = countTerms(statementTerms);

  const participants: ReportParticipant[] = computeAttendance(model.participants, statements).map(
    (a) => ({ ...a, share: share(a.words, totalWords) }),
  );

  const speakerShare: ReportSpeakerShare[] = [...tallies.values()]
    .map((t) => ({
      label: t.label,
      personId: t.personId,
      turns: t.turns,
      words: t.words,
      share: share(t.words, totalWords),
    }))
    .sort((a, b) => b.words - a.words || compareStrings(a.label, b.label));

  const mainSpeakers = [...tallies.values()]
    .filter(
      (t) =>
        t.kind !== 'generic' &&
        t.words > 0 &&
        t.words / Math.max(1, totalWords) >= MAIN_SPEAKER_SHARE,
    )
    .sort((a, b) => b.words - a.words || compareStrings(a.label, b.label))
    .slice(0, 5);

  const notesByStatement = new Map<string, ReportNote[]>();
  const looseNotes: ReportNote[] = [];
  for (const n of model.notes) {
    const note: ReportNote = {
      noteId: n.noteId,
      kind: n.kind,
      text: n.text,
      statementId: n.statementId,
    };
    const list = n.statementId === null ? undefined : notesByStatement.get(n.statementId);
    if (n.statementId === null) looseNotes.push(note);
    else if (list) list.push(note);
    else notesByStatement.set(n.statementId, [note]);
  }
  const statementIds = new Set(statements.map((s) => s.statementId));
  for (const [id, notes] of notesByStatement) if (!statementIds.has(id)) looseNotes.push(...notes);

  const mentionsOf = new Map<string, { personId: string; name: string }[]>();
  const mentioned = new Map<string, { personId: string; name: string; statements: Set<string> }>();
  for (const m of model.mentions) {
    const list = mentionsOf.get(m.statementId) ?? [];
    if (!list.some((x) => x.personId === m.personId))
      list.push({ personId: m.personId, name: m.name });
    mentionsOf.set(m.statementId, list);
    const entry = mentioned.get(m.personId) ?? {
      personId: m.personId,
      name: m.name,
      statements: new Set(),
    };
    entry.statements.add(m.statementId);
    mentioned.set(m.personId, entry);
  }

  const unresolved = new Set<string>();
  for (const s of statements) {
    if (s.speaker.kind !== 'generic' && s.speaker.personId === null)
      unresolved.add(s.speaker.label);
  }

  const m = model.meeting;
  return {
    reportVersion: REPORT_VERSION,
    meeting: {
      documentId: model.documentId,
      meetingId: m?.meetingId ?? null,
      file,
      title: m?.title ?? null,
      lead: m?.lead ?? null,
      date: m?.date ?? null,
      time: m?.time ?? null,
      place: m?.place ?? null,
      kremlinId: m?.kremlinId ?? null,
      url: m?.url ?? model.source.url,
    },
    source: {
      sha256: model.source.sha256,
      fileName: model.source.fileName,
      url: model.source.url,
      mediaType: model.source.mediaType,
      byteLength: model.source.byteLength,
    },
    extraction: {
      extractionId: model.started.extractionId,
      parserVersion: model.started.parserVersion,
      inputKind: model.started.inputKind,
      completedAt: model.completedAt,
      digest: model.completed.digest,
    },
    participants,
    chair: model.chairs.map((c) => ({ personId: c.personId, name: c.name, position: c.position })),
    organisations: [...model.organisations]
      .map((o) => ({ orgId: o.orgId, name: o.name, abbreviation: o.abbreviation }))
      .filter((o, i, all) => all.findIndex((x) => x.orgId === o.orgId) === i),
    mentioned: [...mentioned.values()]
      .map((m) => ({ personId: m.personId, name: m.name, statements: m.statements.size }))
      .sort(
        (a, b) =>
          b.statements - a.statements ||
          compareStrings(a.name, b.name) ||
          compareStrings(a.personId, b.personId),
      ),
    sections: [...model.sections]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((s) => ({
        sectionId: s.sectionId,
        ordinal: s.ordinal,
        kind: s.kind,
        heading: s.heading,
      })),
    speakingOrder: [...tallies.values()].map((t) => ({
      label: t.label,
      personId: t.personId,
      firstStatementId: t.first,
    })),
    speakerShare,
    summary: {
      keywords: topTerms(termCounts, stats, MEETING_KEYWORDS),
      speakerKeywords: mainSpeakers.map((t) => ({
        label: t.label,
        personId: t.personId,
        keywords: topTerms(
          countTerms(t.statements.map((i) => statementTerms[i]!)),
          stats,
          SPEAKER_KEYWORDS,
        ),
      })),
      keyQuotes: keyQuotes(statements, stats, KEY_QUOTES, termCounts).map((q) => ({
        statementId: q.statementId,
        speaker: q.speaker,
        text: q.text,
        score: q.score,
      })),
    },
    statements: statements.map((s) => ({
      statementId: s.statementId,
      ordinal: s.ordinal,
      sectionId: s.sectionId,
      speaker: {
        label: s.speaker.label,
        personId: s.speaker.personId,
        name: s.speaker.name,
        position: s.speaker.position,
        kind: s.speaker.kind,
      },
      annotations: [...s.annotations],
      paragraphs: s.paragraphs.map((p) => p.text),
      wordCount: s.wordCount,
      notes: notesByStatement.get(s.statementId) ?? [],
      mentions: mentionsOf.get(s.statementId) ?? [],
    })),
    notes: looseNotes,
    totals: { statements: statements.length, words: totalWords },
    dataQuality: {
      warnings: model.completed.warnings.map((w) => ({ code: w.code, message: w.message })),
      unresolvedLabels: [...unresolved].sort(compareStrings),
    },
  };
}
