import {
  CURRENT_SCHEMA_VERSIONS,
  type EventMetadata,
  type Span,
  type StenogramEvent,
} from '@stenogram/schema';
import { decodeInput } from './decode-input.js';
import { detectKind } from './detect-kind.js';
import { digestCanonicalEvents, sha256Hex } from './digest-events.js';
import type { TranscriptDocument } from './document.js';
import { extractEvents, type Draft } from './extract/extract-events.js';
import { readHtmlPage } from './html/read-html.js';
import { readText } from './text/read-text.js';

/**
 * The parser's version: part of every extraction id. Bump it whenever the events for the same
 * bytes change, so a re-extraction is a new extraction.
 */
export const PARSER_VERSION = '1.0.0';

/** A problem with the input, as data (zod's issue style). */
export interface ParseIssue {
  /** Stable machine code: `empty`, `binary`, `invalid_utf8`, `not_a_transcript`, `truncated`, … */
  code: string;
  message: string;
  /** `error` means no extraction; `warning` is reported with the extraction. */
  severity: 'error' | 'warning';
  span?: Span;
}

/** Everything one document gave. */
export interface ParseResult {
  /** False when an error issue means no extraction. */
  accepted: boolean;
  /** Accepted: source-registered, extraction-started, meeting-opened, …, extraction-completed. Rejected: [source-registered]. */
  events: StenogramEvent[];
  issues: ParseIssue[];
  documentId: string;
  sha256: string;
  extractionId: string;
  inputKind: 'html' | 'text' | null;
  mediaType: 'text/html' | 'text/plain' | 'application/octet-stream';
  byteLength: number;
}

/** The input: the document's bytes and, when known, its file name (the base name is kept). */
export interface ParseInput {
  bytes: Uint8Array;
  fileName?: string | null;
}

/**
 * Parses one transcript document (a saved kremlin.ru page or text copied from one) into events.
 * Pure and deterministic: no I/O, no clock, no randomness — the same bytes and parser version
 * give the same events, ids and digest. Expected failures (empty, binary, invalid UTF-8,
 * truncated, not a transcript) are issues with no meeting events, never exceptions.
 *
 * @example
 * const result = parseTranscript({ bytes: await readFile(path), fileName: path });
 * if (!result.accepted) console.error(result.issues);
 * for (const event of result.events) console.log(JSON.stringify(event));
 */
export function parseTranscript(input: ParseInput): ParseResult {
  const bytes = input.bytes;
  const sha256 = sha256Hex(bytes);
  const extractionId = `ext-${sha256Hex(`${sha256}:${PARSER_VERSION}`).slice(0, 32)}`;
  const fileName = baseName(input.fileName ?? null);
  const base = { sha256, extractionId, byteLength: bytes.length };
  const fallbackId = `sha256-${sha256.slice(0, 16)}`;

  const known: Known = { base, fallbackId, fileName };

  const decoded = decodeInput(bytes);
  if (!decoded.ok)
    return rejected(known, decoded.code, decoded.message, null, 'application/octet-stream');
  const source = decoded.source;
  if (source.trim().length === 0)
    return rejected(known, 'empty', 'the document is empty', null, 'text/plain');

  const kind = detectKind(source, fileName);
  const mediaType = kind === 'html' ? 'text/html' : 'text/plain';
  let doc: TranscriptDocument;
  try {
    if (kind === 'html') {
      const page = readHtmlPage(source);
      if (page.tooDeep) {
        return rejected(
          known,
          'too_deep',
          'the markup nests deeper than any saved page: not a transcript page',
          kind,
          mediaType,
        );
      }
      if (!page.complete) {
        return rejected(
          known,
          'truncated',
          'the page ends before </html> (or a fragment before its article body closes): truncated HTML',
          kind,
          mediaType,
          {
            start: source.length,
            end: source.length,
          },
        );
      }
      doc = page.document;
    } else {
      doc = readText(source);
    }
  } catch (error) {
    // A reader bug must not take the caller down: report it as data.
    return rejected(
      known,
      'reader_failed',
      `the ${kind} reader failed: ${String(error)}`,
      kind,
      mediaType,
    );
  }
  if (!doc.blocks.some((b) => b.label !== null)) {
    return rejected(
      known,
      'not_a_transcript',
      'no speaker turn ("Label: text") found: not a transcript',
      kind,
      mediaType,
    );
  }

  const documentId = documentIdOf(doc, fallbackId);
  // Keys of everything below in sorted order: the canonical form the digest hashes (see extractEvents).
  const metadata: EventMetadata = {
    causationId: null,
    correlationId: null,
    extractionId,
    parserVersion: PARSER_VERSION,
  };
  const issues: ParseIssue[] = [];
  if (!doc.header.title || !doc.header.date) {
    issues.push({
      code: 'no_header',
      message: 'no title and date: the document is identified by its content',
      severity: 'warning',
    });
  }
  const started: Draft = {
    type: 'extraction-started',
    data: {
      documentId,
      extractionId,
      inputKind: kind,
      parserVersion: PARSER_VERSION,
      sourceSha256: sha256,
    },
  };
  // Built and tallied in one loop, no spread copies: a few thousand events a corpus pass.
  const extraction: StenogramEvent[] = [envelope(started, metadata)];
  const tally = new Map<string, number>([[started.type, 1]]);
  for (const d of extractEvents(doc, { meetingId: documentId, extractionId })) {
    extraction.push(envelope(d, metadata));
    tally.set(d.type, (tally.get(d.type) ?? 0) + 1);
  }
  // In sorted key order, the canonical form (type names are no array indexes: kept in this order).
  const counts: Record<string, number> = {};
  for (const type of [...tally.keys()].sort()) counts[type] = tally.get(type)!;
  const completed = envelope(
    {
      type: 'extraction-completed',
      data: {
        counts,
        digest: digestCanonicalEvents(extraction),
        extractionId,
        warnings: issues
          .filter((i) => i.severity === 'warning')
          .map((i) => ({ code: i.code, message: i.message })),
      },
    },
    metadata,
  );
  const events: StenogramEvent[] = [
    sourceRegistered(documentId, sha256, bytes.length, mediaType, fileName, doc.header.url),
  ];
  for (const e of extraction) events.push(e);
  events.push(completed);
  return {
    sha256,
    extractionId,
    byteLength: bytes.length,
    accepted: true,
    documentId,
    inputKind: kind,
    mediaType,
    issues,
    events,
  };
}

/** What a rejection reports of the input, whatever went wrong. */
interface Known {
  readonly base: { sha256: string; extractionId: string; byteLength: number };
  readonly fallbackId: string;
  readonly fileName: string | null;
}

// A module function, not a closure made per call: under tsx (the bench, `npm run ingest`) every
// named closure is also given its name by a `defineProperty` call, once per document here.
function rejected(
  known: Known,
  code: string,
  message: string,
  inputKind: ParseResult['inputKind'],
  mediaType: ParseResult['mediaType'],
  span?: Span,
): ParseResult {
  const { base, fallbackId, fileName } = known;
  return {
    ...base,
    accepted: false,
    documentId: fallbackId,
    inputKind,
    mediaType,
    issues: [{ code, message, severity: 'error', ...(span ? { span } : {}) }],
    events: [sourceRegistered(fallbackId, base.sha256, base.byteLength, mediaType, fileName, null)],
  };
}

function envelope(draft: Draft, metadata: EventMetadata): StenogramEvent {
  return {
    data: draft.data,
    metadata,
    schemaVersion: CURRENT_SCHEMA_VERSIONS[draft.type],
    type: draft.type,
  } as StenogramEvent;
}

function sourceRegistered(
  documentId: string,
  sha256: string,
  byteLength: number,
  mediaType: ParseResult['mediaType'],
  fileName: string | null,
  url: string | null,
): StenogramEvent {
  return {
    data: { byteLength, documentId, fileName, mediaType, sha256, url },
    metadata: {
      causationId: null,
      correlationId: null,
      extractionId: null,
      parserVersion: PARSER_VERSION,
    },
    schemaVersion: CURRENT_SCHEMA_VERSIONS['source-registered'],
    type: 'source-registered',
  };
}

/**
 * A document is the page: its normalised title and date where both are known (so a saved page
 * and its copied text are one document), else the site's id, else the content hash.
 */
function documentIdOf(doc: TranscriptDocument, fallback: string): string {
  const { title, date, kremlinId } = doc.header;
  if (title && date) {
    const key = normaliseTitle(title.value);
    if (key.length > 0) {
      const slug = key.replace(/ /g, '-').slice(0, 48).replace(/-+$/, '');
      return `${date.value}-${slug}-${sha256Hex(`${date.value}|${key}`).slice(0, 8)}`;
    }
  }
  if (kremlinId !== null) return `kremlin-${kremlinId}`;
  return fallback;
}

/** Title for identity: compatibility forms, straight quotes, accents dropped, lower case, words of letters and digits. */
function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function baseName(name: string | null): string | null {
  if (name === null) return null;
  const b = name.split(/[\\/]/).pop() ?? '';
  return b.length > 0 ? b : null;
}
