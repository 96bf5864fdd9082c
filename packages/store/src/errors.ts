/**
 * The store's exceptional conditions. Each has a stable `code` and the fields a caller needs to
 * act on it; the underlying error, if any, is the `cause`.
 */

/** The stream's version was not the one the caller expected (optimistic concurrency). */
export class ExpectedVersionConflictError extends Error {
  readonly code = 'version_conflict';
  constructor(
    readonly streamId: string,
    readonly expected: number | 'no_stream' | 'any',
    readonly actual: number | null,
    options?: { cause?: unknown },
  ) {
    super(
      `stream ${streamId}: expected version ${String(expected)}, found ${actual === null ? 'no stream' : String(actual)}`,
      options,
    );
    this.name = 'ExpectedVersionConflictError';
  }
}

/** Another process holds the PGlite data folder. */
export class StoreLockedError extends Error {
  readonly code = 'store_locked';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    options?: { cause?: unknown },
  ) {
    super(`database in use by process ${pid} (${dataDir})`, options);
    this.name = 'StoreLockedError';
  }
}

/** The database could not be reached or opened (refused, unknown host, no such database, auth). */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(
    readonly target: string,
    options?: { cause?: unknown },
  ) {
    const reason = (options?.cause as { message?: unknown } | undefined)?.message;
    super(
      `store unavailable at ${target}${typeof reason === 'string' && reason ? `: ${reason}` : ''}`,
      options,
    );
    this.name = 'StoreUnavailableError';
  }
}

/** An extraction handed to `appendExtraction` is not a well-formed bracketed extraction. */
export class InvalidExtractionError extends Error {
  readonly code = 'invalid_extraction';
  constructor(
    readonly extractionId: string,
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`extraction ${extractionId} is invalid: ${problems.join('; ')}`, options);
    this.name = 'InvalidExtractionError';
  }
}

/**
 * The extraction id is already taken by another (source, parser version) pair, so the extraction
 * can be neither stored nor recognised as already stored.
 */
export class ExtractionConflictError extends Error {
  readonly code = 'extraction_conflict';
  constructor(
    readonly extractionId: string,
    options?: { cause?: unknown },
  ) {
    super(
      `extraction id ${extractionId} already belongs to another source or parser version`,
      options,
    );
    this.name = 'ExtractionConflictError';
  }
}

/** A stored event no longer parses (or cannot be upcast) with this build's schemas. */
export class StoredEventInvalidError extends Error {
  readonly code = 'stored_event_invalid';
  constructor(
    readonly globalPosition: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`stored event at global position ${globalPosition} is invalid: ${reason}`, options);
    this.name = 'StoredEventInvalidError';
  }
}

/** An event handed to `appendToStream` does not match the catalogue. */
export class InvalidEventError extends Error {
  readonly code = 'invalid_event';
  constructor(
    readonly index: number,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`event ${index} is invalid: ${problem}`, options);
    this.name = 'InvalidEventError';
  }
}
