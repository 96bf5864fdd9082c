import { MeetingReportSchema, type MeetingReport } from '@stenogram/schema';
import { buildMeetingReport } from '../model/build-meeting-report.js';
import { corpusStatsOf, type CorpusStats } from '../model/corpus-stats.js';
import type { MeetingModel } from '../model/meeting-model.js';
import { meetingFileName, resolveFileNames } from '../model/meeting-file.js';
import { summarizeMeeting, type MeetingSummary } from '../model/meeting-summary.js';
import { renderMeetingMarkdown } from '../render/meeting-markdown.js';
import { collectionFiles, jsonFile, reportFiles } from './collection-files.js';

export { jsonFile };

/** A meeting's two files, relative to the output folder. */
export function meetingFiles(report: MeetingReport): Map<string, string> {
  // Parsing with the published schema both checks and fixes the key order of the JSON.
  const checked = MeetingReportSchema.parse(report);
  return new Map(
    reportFiles(`meetings/${checked.meeting.file}`, renderMeetingMarkdown(checked), checked),
  );
}

/** Each meeting's file name (`resolveFileNames` over the models' stems). */
export function assignFileNames(
  models: readonly Pick<MeetingModel, 'documentId' | 'meeting'>[],
): Map<string, string> {
  return resolveFileNames(
    models.map((m) => ({ documentId: m.documentId, stem: meetingFileName(m) })),
  );
}

/**
 * Every report file from meeting models, without a database: what `build` writes, as a map from
 * path to content. `stats` defaults to the models' own document frequencies.
 */
export function renderReportFiles(
  models: readonly MeetingModel[],
  stats: CorpusStats = corpusStatsOf(models),
): Map<string, string> {
  const names = assignFileNames(models);
  const files = new Map<string, string>();
  const summaries: MeetingSummary[] = [];
  for (const model of models) {
    const report = buildMeetingReport(
      model,
      stats,
      names.get(model.documentId) ?? meetingFileName(model),
    );
    for (const [path, content] of meetingFiles(report)) files.set(path, content);
    summaries.push(summarizeMeeting(report));
  }
  for (const [path, content] of collectionFiles(summaries)) files.set(path, content);
  return files;
}
