import { z } from 'zod';
import { CURRENT_SCHEMA_VERSIONS, type EventType } from './event.js';
import { SlugSchema, SpanSchema } from './span.js';

/** Turns the data of one schema version of an event type into the next version's. */
export interface Upcaster {
  readonly type: EventType;
  /** The version this upcaster reads; it produces `fromVersion + 1`. */
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => unknown;
}

/**
 * `participant-listed` v1, as the first parser wrote it: the card's name was `cardName`, and the
 * country or organisation the position names was not split out yet.
 */
export const ParticipantListedV1Schema = z.object({
  personId: SlugSchema,
  ordinal: z.int().nonnegative(),
  name: z.string().min(1),
  position: z.string().nullable(),
  cardName: z.string().nullable(),
  cardPosition: z.string().nullable(),
  span: SpanSchema,
});
export type ParticipantListedV1 = z.infer<typeof ParticipantListedV1Schema>;

const participantListedV1ToV2: Upcaster = {
  type: 'participant-listed',
  fromVersion: 1,
  upcast(data) {
    const { cardName, ...rest } = ParticipantListedV1Schema.parse(data);
    return {
      ...rest,
      country: null,
      organisation: null,
      sortName: cardName,
      kremlinPersonId: null,
    };
  },
};

/** Every upcaster of the catalogue. Add one here when an event's schemaVersion goes up. */
export const UPCASTERS: readonly Upcaster[] = [participantListedV1ToV2];

/** Raised when stored data cannot be brought to the current version. */
export class UpcastError extends Error {
  readonly code = 'upcast_failed';
  constructor(
    readonly type: string,
    readonly fromVersion: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${type} v${fromVersion}: ${message}`, options);
    this.name = 'UpcastError';
  }
}

/**
 * Brings `data` stored at `schemaVersion` up to the current version of `type`, one step at a
 * time. Returns the data unchanged when it is current already.
 *
 * @example
 * upcastData('participant-listed', 1, v1Data) // → v2 data, `cardName` now `sortName`
 */
export function upcastData(
  type: EventType,
  schemaVersion: number,
  data: unknown,
  upcasters: readonly Upcaster[] = UPCASTERS,
): unknown {
  const current = CURRENT_SCHEMA_VERSIONS[type];
  if (schemaVersion > current) {
    throw new UpcastError(type, schemaVersion, `newer than this build knows (v${current})`);
  }
  let out = data;
  for (let v = schemaVersion; v < current; v++) {
    const step = upcasters.find((u) => u.type === type && u.fromVersion === v);
    if (!step) throw new UpcastError(type, v, `no upcaster to v${v + 1}`);
    try {
      out = step.upcast(out);
    } catch (cause) {
      throw new UpcastError(type, v, 'stored data does not match its schema', { cause });
    }
  }
  return out;
}
