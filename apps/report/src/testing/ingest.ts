import { digestEvents, parseTranscript, type ParseResult } from '@stenogram/parser';
import type { StenogramEvent } from '@stenogram/schema';
import type { AppendExtractionInput, EventStore } from '@stenogram/store';

/** The store input of an accepted parse. */
export function extractionInput(
  result: ParseResult,
  bytes: Uint8Array,
  fileName: string | null,
): AppendExtractionInput {
  const started = result.events.find((e) => e.type === 'extraction-started');
  return {
    streamId: result.documentId,
    source: {
      sha256: result.sha256,
      mediaType: result.mediaType,
      byteLength: result.byteLength,
      bytes,
      fileName,
    },
    extractionId: result.extractionId,
    parserVersion: started?.type === 'extraction-started' ? started.data.parserVersion : 'unknown',
    events: result.events,
  };
}

/** Parses a file and appends its extraction: what `stenogram-ingest` does for one file. */
export async function ingest(
  store: EventStore,
  bytes: Uint8Array,
  fileName: string,
): Promise<ParseResult> {
  const result = parseTranscript({ bytes, fileName });
  if (!result.accepted)
    throw new Error(`${fileName}: ${result.issues.map((i) => i.message).join('; ')}`);
  await store.appendExtraction(extractionInput(result, bytes, fileName));
  return result;
}

/**
 * The events of `result` as another parser version would have written them: a new extraction id
 * and version, the facts passed through `change`, and a digest recomputed over the result.
 */
function asParserVersion(
  result: ParseResult,
  parserVersion: string,
  change: (events: StenogramEvent[]) => StenogramEvent[],
): { extractionId: string; events: StenogramEvent[] } {
  const extractionId = `${result.extractionId}-v${parserVersion}`;
  const relabel = (e: StenogramEvent): StenogramEvent => {
    const metadata = {
      ...e.metadata,
      parserVersion,
      extractionId: e.metadata.extractionId === null ? null : extractionId,
    };
    const data: Record<string, unknown> = { ...e.data };
    if ('extractionId' in data) data['extractionId'] = extractionId;
    if (e.type === 'extraction-started') data['parserVersion'] = parserVersion;
    return { ...e, data, metadata } as StenogramEvent;
  };
  const events = result.events.map(relabel);
  const source = events[0]!;
  const body = change(events.slice(1, -1));
  const last = events.at(-1)!;
  const completedData = last.data as { counts: Record<string, number> };
  const counts: Record<string, number> = {};
  for (const e of body) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const completed = {
    ...last,
    data: { ...completedData, extractionId, counts, digest: digestEvents(body) },
  } as StenogramEvent;
  return { extractionId, events: [source, ...body, completed] };
}

/**
 * Appends {@link asParserVersion}'s reading of a parsed file as another extraction of the same
 * source: what re-ingesting it with a changed parser does.
 */
export async function appendAsParserVersion(
  store: EventStore,
  result: ParseResult,
  bytes: Uint8Array,
  fileName: string,
  parserVersion: string,
  change: (events: StenogramEvent[]) => StenogramEvent[],
): Promise<{ extractionId: string; events: StenogramEvent[] }> {
  const next = asParserVersion(result, parserVersion, change);
  await store.appendExtraction({
    ...extractionInput(result, bytes, fileName),
    extractionId: next.extractionId,
    parserVersion,
    events: next.events,
  });
  return next;
}
