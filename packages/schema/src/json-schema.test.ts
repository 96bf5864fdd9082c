import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './event.js';
import { jsonSchemas } from './json-schema.js';

const dir = join(import.meta.dirname, '..', 'json-schema');

describe('published JSON Schemas', () => {
  const fresh = jsonSchemas();

  it('has one file per event type, one for the union and one per report file', () => {
    expect(Object.keys(fresh).sort()).toEqual(
      [
        'event.schema.json',
        ...EVENT_TYPES.map((t) => `${t}.schema.json`),
        ...[
          'meeting',
          'index',
          'index-period',
          'people',
          'person',
          'person-period',
          'organisations',
          'organisation',
          'organisation-period',
          'audit-diff',
        ].map((r) => `report-${r}.schema.json`),
      ].sort(),
    );
  });

  it('are committed and current (run `npm run json-schema -w @stenogram/schema` when this fails)', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, schema] of Object.entries(fresh)) {
      const committed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(committed, name).toEqual(schema);
    }
  });
});
