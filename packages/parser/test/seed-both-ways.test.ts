import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StenogramEvent } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../src/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const parse = (file: string) =>
  parseTranscript({ bytes: readFileSync(path.join(fixtures, file)), fileName: file });

/** What both readers must agree on, without spans or ids that depend on the bytes. */
function facts(events: readonly StenogramEvent[]): unknown[] {
  return events.flatMap((e): unknown[] => {
    switch (e.type) {
      case 'participant-listed': {
        const { personId, name, position, country, organisation, sortName, cardPosition } = e.data;
        return [
          { type: e.type, personId, name, position, country, organisation, sortName, cardPosition },
        ];
      }
      case 'chair-identified':
        return [
          { type: e.type, personId: e.data.personId, name: e.data.name, position: e.data.position },
        ];
      case 'organisation-referenced':
        return [
          {
            type: e.type,
            orgId: e.data.orgId,
            name: e.data.name,
            abbreviation: e.data.abbreviation,
          },
        ];
      case 'section-started':
        return [{ type: e.type, heading: e.data.heading }];
      case 'statement-made': {
        const { label, personId, name, position, kind } = e.data.speaker;
        return [
          {
            type: e.type,
            label,
            personId,
            name,
            position,
            kind,
            paragraphs: e.data.paragraphs.map((p) => p.text),
            wordCount: e.data.wordCount,
          },
        ];
      }
      default:
        return [];
    }
  });
}

describe('the seed read both ways (a hand-made page in the site markup, and the copied text)', () => {
  const html = parse('sco-csto-joint-meeting-2021.html');
  const text = parse('sco-csto-joint-meeting-2021.txt');

  it('gives the same participants, chair, organisations, sections and statement from both', () => {
    expect(html.accepted && text.accepted).toBe(true);
    expect(facts(html.events)).toEqual(facts(text.events));
  });

  it('adds the site person ids only the markup has', () => {
    const ids = html.events.flatMap((e) =>
      e.type === 'participant-listed' ? [e.data.kremlinPersonId] : [],
    );
    expect(ids).toEqual([1, 2, 3, 4, null, 5, 6, null, 7, null, null]);
  });
});
