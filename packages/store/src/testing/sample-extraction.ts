import { createHash } from 'node:crypto';
import type { EventMetadata, StenogramEvent } from '@stenogram/schema';
import type { AppendExtractionInput } from '../append-extraction.js';

/** Options of {@link sampleExtraction}. */
export interface SampleExtractionOptions {
  /** Distinguishes documents: different seeds give different bytes, hashes and ids. */
  readonly seed: string;
  /** Events in the whole extraction, brackets included (default 50, at least 4). */
  readonly events?: number;
  readonly parserVersion?: string;
  /** The stream (document id); default `doc-<seed>`. */
  readonly streamId?: string;
  /** Extraction id; default derived from the hash and parser version. */
  readonly extractionId?: string;
  /**
   * What fills the extraction between its header and its close: statements (~700 B of JSON each,
   * the default) or stage notes (~300 B each, the benchmark's workload).
   */
  readonly filler?: 'statement' | 'note';
}

/**
 * A valid bracketed extraction for tests and benchmarks: source-registered, extraction-started,
 * meeting-opened, statements of ~300 bytes of JSON each, extraction-completed.
 */
export function sampleExtraction(options: SampleExtractionOptions): AppendExtractionInput {
  const total = Math.max(4, options.events ?? 50);
  const parserVersion = options.parserVersion ?? '1.0.0';
  const streamId = options.streamId ?? `doc-${options.seed}`;
  const bytes = new TextEncoder().encode(
    `Transcript ${options.seed}\n${'President of Russia Vladimir Putin: Good afternoon.\n'.repeat(4)}`,
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extractionId = options.extractionId ?? `x-${sha256.slice(0, 16)}-${parserVersion}`;
  const metadata: EventMetadata = {
    extractionId,
    parserVersion,
    correlationId: null,
    causationId: null,
  };
  const events: StenogramEvent[] = [
    {
      type: 'source-registered',
      schemaVersion: 1,
      data: {
        documentId: streamId,
        sha256,
        byteLength: bytes.byteLength,
        mediaType: 'text/plain',
        fileName: `${options.seed}.txt`,
        url: null,
      },
      metadata,
    },
    {
      type: 'extraction-started',
      schemaVersion: 1,
      data: {
        extractionId,
        documentId: streamId,
        sourceSha256: sha256,
        parserVersion,
        inputKind: 'text',
      },
      metadata,
    },
    {
      type: 'meeting-opened',
      schemaVersion: 1,
      data: {
        meetingId: `meeting-${options.seed}`,
        title: `Meeting ${options.seed}`,
        lead: null,
        date: '2018-12-25',
        time: '15:30',
        place: 'The Kremlin, Moscow',
        kremlinId: null,
        url: null,
      },
      metadata,
    },
  ];
  for (let i = 0; events.length < total - 1; i++) {
    if (options.filler === 'note') {
      const note = `(Applause.) Note ${i} of ${options.seed}.`;
      events.push({
        type: 'note-recorded',
        schemaVersion: 1,
        data: {
          noteId: `${streamId}-n${i}`,
          kind: 'applause',
          text: note,
          statementId: `${streamId}-s${i}`,
          span: { start: i * 100, end: i * 100 + note.length },
        },
        metadata,
      });
      continue;
    }
    const text = `Statement ${i} of ${options.seed}: colleagues, we have gathered today to discuss the matters on our agenda.`;
    events.push({
      type: 'statement-made',
      schemaVersion: 1,
      data: {
        statementId: `${streamId}-s${i}`,
        ordinal: i,
        speaker: {
          label: 'Vladimir Putin',
          personId: 'vladimir-putin',
          name: 'Vladimir Putin',
          position: 'President of Russia',
          kind: 'person',
          kremlinPersonId: null,
        },
        annotations: [],
        text,
        paragraphs: [{ text, span: { start: i * 100, end: i * 100 + text.length } }],
        wordCount: text.split(' ').length,
        sectionId: null,
        span: { start: i * 100, end: i * 100 + text.length },
      },
      metadata,
    });
  }
  const counts: Record<string, number> = {};
  for (const e of events) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const digest = createHash('sha256').update(JSON.stringify(events)).digest('hex');
  events.push({
    type: 'extraction-completed',
    schemaVersion: 1,
    data: { extractionId, counts, digest, warnings: [] },
    metadata,
  });
  return {
    streamId,
    source: {
      sha256,
      mediaType: 'text/plain',
      byteLength: bytes.byteLength,
      bytes,
      fileName: `${options.seed}.txt`,
    },
    extractionId,
    parserVersion,
    events,
  };
}
