import type { Writable } from 'node:stream';

export type DocumentStatus = 'new' | 'unchanged' | 'updated' | 'rejected';

/** What happened to one document. */
export interface DocumentResult {
  readonly name: string;
  readonly status: DocumentStatus;
  readonly code: string | null;
  readonly reason: string | null;
  readonly sha256: string | null;
  readonly documentId: string | null;
  readonly extractionId: string | null;
  readonly supersedes: string | null;
  readonly eventsAppended: number;
  /** For --reextract: facts that differ from the superseded extraction. */
  readonly factsChanged: number | null;
}

export interface RunSummary {
  readonly documents: number;
  readonly new: number;
  readonly unchanged: number;
  readonly updated: number;
  readonly rejected: number;
  readonly eventsAppended: number;
  readonly factsChanged: number | null;
  readonly elapsedSeconds: number;
  readonly documentsPerSecond: number;
  readonly eventsPerSecond: number;
}

interface ReporterOptions {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly progress: boolean;
}

/** The progress bar appears only once a run is longer than a handful of documents. */
const PROGRESS_AFTER = 5;

const COLORS: Record<DocumentStatus, string> = {
  new: '\x1b[32m',
  updated: '\x1b[36m',
  unchanged: '\x1b[2m',
  rejected: '\x1b[31m',
};

/**
 * Prints one line per document and the closing summary, as text or JSON; draws a progress line on
 * a terminal's stderr. Counting happens here so the summary always matches the lines printed.
 */
export class Reporter {
  readonly #out: Writable;
  readonly #err: Writable;
  readonly #options: ReporterOptions;
  readonly #started = performance.now();
  readonly #counts = { new: 0, unchanged: 0, updated: 0, rejected: 0 };
  #events = 0;
  #factsChanged: number | null = null;
  #progressShown = false;
  #total: number | null = null;
  readonly #results: DocumentResult[] = [];

  constructor(out: Writable, err: Writable, options: ReporterOptions) {
    this.#out = out;
    this.#err = err;
    this.#options = options;
  }

  get documents(): number {
    return this.#counts.new + this.#counts.unchanged + this.#counts.updated + this.#counts.rejected;
  }

  /** The number of documents the run will see, when it was counted first (for the progress bar). */
  setTotal(total: number): void {
    this.#total = total;
  }

  add(result: DocumentResult): void {
    this.#counts[result.status]++;
    this.#events += result.eventsAppended;
    if (result.factsChanged !== null)
      this.#factsChanged = (this.#factsChanged ?? 0) + result.factsChanged;
    if (this.#options.json) {
      this.#results.push(result);
    } else if (!this.#options.quiet || result.status === 'rejected') {
      this.#clearProgress();
      const stream = result.status === 'rejected' ? this.#err : this.#out;
      stream.write(`${this.#line(result)}\n`);
    }
    this.#drawProgress();
  }

  summary(): RunSummary {
    const elapsedSeconds = (performance.now() - this.#started) / 1000;
    const per = (n: number) =>
      elapsedSeconds > 0 ? Math.round((n / elapsedSeconds) * 10) / 10 : 0;
    return {
      documents: this.documents,
      ...this.#counts,
      eventsAppended: this.#events,
      factsChanged: this.#factsChanged,
      elapsedSeconds: Math.round(elapsedSeconds * 1000) / 1000,
      documentsPerSecond: per(this.documents),
      eventsPerSecond: per(this.#events),
    };
  }

  /** Prints the summary (text, or the whole run as one JSON object) and returns it. */
  finish(): RunSummary {
    this.#clearProgress();
    const s = this.summary();
    if (this.#options.json) {
      this.#out.write(`${JSON.stringify({ documents: this.#results, summary: s }, null, 2)}\n`);
      return s;
    }
    const changed = s.factsChanged === null ? '' : `, ${s.factsChanged} facts changed`;
    this.#err.write(
      `${plural(s.documents, 'document')}: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ` +
        `${s.rejected} rejected; ${plural(s.eventsAppended, 'event')} appended${changed} in ` +
        `${s.elapsedSeconds.toFixed(2)} s (${s.documentsPerSecond} documents/s, ${s.eventsPerSecond} events/s)\n`,
    );
    return s;
  }

  #line(r: DocumentResult): string {
    const status = r.status === 'rejected' ? `rejected: ${r.reason ?? 'unknown reason'}` : r.status;
    const painted = this.#options.color ? `${COLORS[r.status]}${status}\x1b[0m` : status;
    const details: string[] = [];
    if (r.eventsAppended > 0) details.push(`${r.eventsAppended} events`);
    if (r.factsChanged !== null) details.push(`${r.factsChanged} facts changed`);
    if (r.supersedes) details.push(`supersedes ${r.supersedes}`);
    return `${r.name}: ${painted}${details.length ? ` (${details.join(', ')})` : ''}`;
  }

  #drawProgress(): void {
    if (!this.#options.progress || this.#total === null || this.#total <= PROGRESS_AFTER) return;
    const s = this.summary();
    const width = 30;
    const done = Math.min(1, s.documents / this.#total);
    const bar = '#'.repeat(Math.round(done * width)).padEnd(width, '-');
    this.#err.write(
      `\r\x1b[2K[${bar}] ${s.documents}/${this.#total} · ${s.rejected} rejected · ${s.documentsPerSecond} documents/s`,
    );
    this.#progressShown = true;
  }

  #clearProgress(): void {
    if (this.#progressShown) {
      this.#err.write('\r\x1b[2K');
      this.#progressShown = false;
    }
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
