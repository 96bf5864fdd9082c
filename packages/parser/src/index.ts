/**
 * @stenogram/parser — transcript bytes (saved kremlin.ru HTML or copied text) to typed events
 * with source spans. Start with {@link parseTranscript}.
 */
export {
  parseTranscript,
  PARSER_VERSION,
  type ParseInput,
  type ParseIssue,
  type ParseResult,
} from './parse-transcript.js';
export { digestEvents, canonicalJson } from './digest-events.js';
export { readHtml } from './html/read-html.js';
export { readText } from './text/read-text.js';
export { extractEvents, type Draft, type ExtractContext } from './extract/extract-events.js';
/** The reader-neutral document both readers produce (see `document.ts`). */
export type {
  TranscriptDocument,
  DocumentHeader,
  Located,
  Block,
  BlockRole,
  BlockLabel,
  PersonRef,
  TermRef,
} from './document.js';
