/**
 * @stenogram/report — what the CLI is made of, for scripts and tests: the pure core (events →
 * meeting models → report JSON → Markdown), the projections, the file writer, search and audit.
 */
export { foldMeetings, compareStrings } from './model/fold-meetings.js';
export type { MeetingModel } from './model/meeting-model.js';
export { buildMeetingReport } from './model/build-meeting-report.js';
export {
  buildIndexReport,
  buildPeopleReport,
  buildOrganisationsReport,
} from './model/build-collection-reports.js';
export { corpusStatsOf, type CorpusStats } from './model/corpus-stats.js';
export { topKeywords } from './model/keywords.js';
export { keyQuotes, type KeyQuote } from './model/key-quotes.js';
export { renderMeetingMarkdown } from './render/meeting-markdown.js';
export {
  renderIndexMarkdown,
  renderPeopleMarkdown,
  renderOrganisationsMarkdown,
} from './render/collection-markdown.js';
export { renderReportFiles } from './build/report-files.js';
export { writeReports, type WriteOptions, type WriteResult } from './build/write-reports.js';
export {
  updateProjections,
  rebuildProjections,
  type UpdateResult,
} from './projection/update-projections.js';
export { ReportProjection } from './projection/report-projection.js';
export {
  searchStatements,
  type SearchHit,
  type SearchOptions,
} from './search/search-statements.js';
export {
  auditHistory,
  AuditTargetNotFoundError,
  type AuditHistory,
} from './audit/audit-history.js';
export {
  diffExtractions,
  diffStatements,
  IncompleteExtractionError,
} from './audit/diff-extractions.js';
export {
  verifyExtractions,
  recomputeDigest,
  type VerifyResult,
} from './audit/verify-extractions.js';
export { main } from './main.js';
