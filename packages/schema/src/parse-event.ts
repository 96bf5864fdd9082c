import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSIONS,
  StenogramEventSchema,
  type EventType,
  type StenogramEvent,
} from './event.js';
import { UpcastError, upcastData } from './upcast.js';

/** One readable problem with an event: the path of the field and what is wrong with it. */
export interface EventIssue {
  readonly path: string;
  readonly message: string;
}

export type ParseEventResult =
  | { readonly success: true; readonly event: StenogramEvent; readonly upcastFrom: number | null }
  | { readonly success: false; readonly issues: readonly EventIssue[]; readonly message: string };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
}

function failure(issues: readonly EventIssue[]): ParseEventResult {
  return {
    success: false,
    issues,
    message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '),
  };
}

function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(CURRENT_SCHEMA_VERSIONS, value);
}

/**
 * Validates anything (a parsed JSON line, a stored row) as an event of the catalogue. Events of an
 * older `schemaVersion` are upcast first; the result says from which version.
 *
 * @example
 * const r = parseEvent(JSON.parse(line));
 * if (!r.success) console.error(r.message); // "data.speaker.label: Invalid input: expected string, received undefined"
 */
export function parseEvent(input: unknown): ParseEventResult {
  let candidate = input;
  let upcastFrom: number | null = null;
  if (typeof input === 'object' && input !== null) {
    const { type, schemaVersion, data } = input as Record<string, unknown>;
    if (!isEventType(type)) {
      return failure([
        { path: 'type', message: `unknown event type ${JSON.stringify(type ?? null)}` },
      ]);
    }
    if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion)) {
      const current = CURRENT_SCHEMA_VERSIONS[type];
      if (schemaVersion !== current) {
        try {
          candidate = {
            ...input,
            schemaVersion: current,
            data: upcastData(type, schemaVersion, data),
          };
          upcastFrom = schemaVersion;
        } catch (error) {
          if (!(error instanceof UpcastError)) throw error;
          return failure([{ path: 'schemaVersion', message: error.message }]);
        }
      }
    }
  }
  const parsed = StenogramEventSchema.safeParse(candidate);
  if (!parsed.success) return failure(parsed.error.issues.map(toEventIssue));
  return { success: true, event: parsed.data, upcastFrom };
}

function toEventIssue(issue: z.core.$ZodIssue): EventIssue {
  return { path: formatPath(issue.path), message: issue.message };
}
