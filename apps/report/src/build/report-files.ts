import {
  IndexReportSchema,
  MeetingReportSchema,
  OrganisationsReportSchema,
  PeopleReportSchema,
  type MeetingReport,
} from '@stenogram/schema';
import { buildMeetingReport } from '../model/build-meeting-report.js';
import {
  buildIndexReport,
  buildOrganisationsReport,
  buildPeopleReport,
} from '../model/build-collection-reports.js';
import { corpusStatsOf, type CorpusStats } from '../model/corpus-stats.js';
import type { MeetingModel } from '../model/meeting-model.js';
import { meetingFileName } from '../model/meeting-file.js';
import { summarizeMeeting, type MeetingSummary } from '../model/meeting-summary.js';
import {
  renderIndexMarkdown,
  renderOrganisationsMarkdown,
  renderPeopleMarkdown,
} from '../render/collection-markdown.js';
import { renderMeetingMarkdown } from '../render/meeting-markdown.js';

/** JSON as written to disk: two-space indent, a final newline. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A meeting's two files, relative to the output folder. */
export function meetingFiles(report: MeetingReport): Map<string, string> {
  // Parsing with the published schema both checks and fixes the key order of the JSON.
  const checked = MeetingReportSchema.parse(report);
  return new Map([
    [`meetings/${checked.meeting.file}.md`, renderMeetingMarkdown(checked)],
    [`meetings/${checked.meeting.file}.json`, jsonFile(checked)],
  ]);
}

/** index, people and organisations files from every meeting's summary. */
export function collectionFiles(summaries: readonly MeetingSummary[]): Map<string, string> {
  const index = IndexReportSchema.parse(buildIndexReport(summaries));
  const people = PeopleReportSchema.parse(buildPeopleReport(summaries));
  const organisations = OrganisationsReportSchema.parse(buildOrganisationsReport(summaries));
  return new Map([
    ['index.md', renderIndexMarkdown(index)],
    ['index.json', jsonFile(index)],
    ['people.md', renderPeopleMarkdown(people)],
    ['people.json', jsonFile(people)],
    ['organisations.md', renderOrganisationsMarkdown(organisations)],
    ['organisations.json', jsonFile(organisations)],
  ]);
}

/**
 * Gives each meeting a file name, `<date>-<slug>`, with a short suffix of its document id where
 * two meetings would share one. `taken` maps names already used to their document.
 */
export function assignFileNames(
  models: readonly Pick<MeetingModel, 'documentId' | 'meeting'>[],
  taken: Map<string, string> = new Map(),
): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of [...models].sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0,
  )) {
    out.set(m.documentId, claimFileName(meetingFileName(m), m.documentId, taken));
  }
  return out;
}

/** `name`, or `name-<hash of the document id>` when another document has it already in `taken`. */
export function claimFileName(
  name: string,
  documentId: string,
  taken: Map<string, string>,
): string {
  const owner = taken.get(name);
  const claimed =
    owner !== undefined && owner !== documentId ? `${name}-${shortHash(documentId)}` : name;
  taken.set(claimed, documentId);
  return claimed;
}

function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
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
