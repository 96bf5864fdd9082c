import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.js';
import { upcastData, UpcastError } from './upcast.js';

const v1 = {
  personId: 'nikol-pashinyan',
  ordinal: 0,
  name: 'Nikol Pashinyan',
  position: 'Prime Minister of Armenia',
  cardName: 'Pashinyan Nikol',
  cardPosition: 'Prime Minister of the Republic of Armenia',
  span: { start: 0, end: 40 },
};

describe('upcasting participant-listed v1 to v2', () => {
  it('renames cardName to sortName and adds the v2 fields as unknown', () => {
    expect(upcastData('participant-listed', 1, v1)).toEqual({
      personId: 'nikol-pashinyan',
      ordinal: 0,
      name: 'Nikol Pashinyan',
      position: 'Prime Minister of Armenia',
      sortName: 'Pashinyan Nikol',
      cardPosition: 'Prime Minister of the Republic of Armenia',
      country: null,
      organisation: null,
      kremlinPersonId: null,
      span: { start: 0, end: 40 },
    });
  });

  it('is applied by parseEvent, which reports the version it read', () => {
    const r = parseEvent({
      type: 'participant-listed',
      schemaVersion: 1,
      data: v1,
      metadata: { extractionId: null, parserVersion: null, correlationId: null, causationId: null },
    });
    expect(r.success && r.event.schemaVersion).toBe(2);
    expect(r.success && r.upcastFrom).toBe(1);
  });

  it('does not touch the stored object', () => {
    const stored = structuredClone(v1);
    upcastData('participant-listed', 1, stored);
    expect(stored).toEqual(v1);
  });

  it('fails with a typed error when v1 data is not v1', () => {
    expect(() => upcastData('participant-listed', 1, { name: 'x' })).toThrow(UpcastError);
  });

  it('leaves current data as it is', () => {
    const data = { any: 'thing' };
    expect(upcastData('meeting-opened', 1, data)).toBe(data);
  });
});
