import { digestEvents, parseTranscript, PARSER_VERSION } from '@stenogram/parser';
import type { RecordedEvent } from '@stenogram/schema';
import type { EventStore } from '@stenogram/store';

export interface VerifyFinding {
  readonly extractionId: string;
  readonly streamId: string;
  readonly check: 'digest' | 'reparse';
  readonly ok: boolean;
  readonly message: string;
}

export interface VerifyResult {
  readonly extractions: number;
  readonly reparsed: number;
  readonly findings: readonly VerifyFinding[];
  readonly mismatches: number;
}

function withoutPosition(e: RecordedEvent): unknown {
  const { position: _position, ...event } = e;
  return event;
}

/** The digest of an extraction's stored events: from `extraction-started` to before `extraction-completed`. */
export function recomputeDigest(events: readonly RecordedEvent[]): string | null {
  const start = events.findIndex((e) => e.type === 'extraction-started');
  const end = events.findIndex((e) => e.type === 'extraction-completed');
  if (start < 0 || end < start) return null;
  return digestEvents(events.slice(start, end).map(withoutPosition));
}

/**
 * `audit verify`: recomputes each extraction's digest from its stored events and compares it with
 * the one recorded at completion (in the event and in the extraction row); where the recorded
 * parser version is the current one, parses the stored source again and checks that the same
 * extraction id and digest come out.
 */
export async function verifyExtractions(store: EventStore): Promise<VerifyResult> {
  const findings: VerifyFinding[] = [];
  let reparsed = 0;
  const extractions = await store.listExtractions();
  for (const x of extractions) {
    const events = await store.readExtraction(x.id);
    const completed = events.find((e) => e.type === 'extraction-completed');
    const digest = recomputeDigest(events);
    const recorded = completed?.type === 'extraction-completed' ? completed.data.digest : null;
    const ok = digest !== null && digest === recorded && digest === x.digest;
    findings.push({
      extractionId: x.id,
      streamId: x.streamId,
      check: 'digest',
      ok,
      message: ok
        ? `digest ${digest} matches`
        : `digest mismatch: recomputed ${digest ?? '(no bracketed events)'}, event says ${recorded ?? '(none)'}, row says ${x.digest}`,
    });
    if (x.parserVersion !== PARSER_VERSION) continue;
    const source = await store.getSource(x.sourceSha256);
    if (!source) {
      findings.push({
        extractionId: x.id,
        streamId: x.streamId,
        check: 'reparse',
        ok: false,
        message: 'source bytes missing',
      });
      continue;
    }
    reparsed++;
    const again = parseTranscript({ bytes: source.bytes, fileName: source.fileName });
    const done = again.events.find((e) => e.type === 'extraction-completed');
    const againDigest = done?.type === 'extraction-completed' ? done.data.digest : null;
    const same = again.extractionId === x.id && againDigest === x.digest;
    findings.push({
      extractionId: x.id,
      streamId: x.streamId,
      check: 'reparse',
      ok: same,
      message: same
        ? `re-parse with parser ${PARSER_VERSION} gives the same digest`
        : `re-parse with parser ${PARSER_VERSION} gives ${again.extractionId} digest ${againDigest ?? '(rejected)'}`,
    });
  }
  return {
    extractions: extractions.length,
    reparsed,
    findings,
    mismatches: findings.filter((f) => !f.ok).length,
  };
}
