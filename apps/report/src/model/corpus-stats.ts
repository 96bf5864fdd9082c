import type { MeetingModel } from './meeting-model.js';
import { distinctTerms } from './tokenize.js';

/** Document frequencies over every current meeting: what TF-IDF weighs a meeting's terms against. */
export interface CorpusStats {
  /** Number of meetings. */
  readonly meetings: number;
  /** In how many meetings the term occurs. */
  documentFrequency(term: string): number;
}

/** The distinct terms of a meeting's statements: one meeting's contribution to the frequencies. */
export function meetingTerms(model: {
  readonly statements: readonly Pick<MeetingModel['statements'][number], 'text'>[];
}): readonly string[] {
  return distinctTerms(model.statements.map((s) => s.text));
}

/** Corpus statistics computed in memory from a set of meetings. */
export function corpusStatsOf(models: Iterable<Pick<MeetingModel, 'statements'>>): CorpusStats {
  const df = new Map<string, number>();
  let meetings = 0;
  for (const model of models) {
    meetings++;
    for (const term of meetingTerms(model)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { meetings, documentFrequency: (term) => df.get(term) ?? 0 };
}

/**
 * Smoothed inverse document frequency, `ln((1 + N) / (1 + df)) + 1`: never zero, so a term found
 * in every meeting still counts a little, and a term of an unseen meeting does not divide by zero.
 */
export function inverseDocumentFrequency(stats: CorpusStats, term: string): number {
  return Math.log((1 + stats.meetings) / (1 + stats.documentFrequency(term))) + 1;
}
