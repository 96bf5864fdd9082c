import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.js';

const metadata = {
  extractionId: 'x1',
  parserVersion: '1.0.0',
  correlationId: null,
  causationId: null,
};

const statement = {
  type: 'statement-made',
  schemaVersion: 1,
  metadata,
  data: {
    statementId: 's-1',
    ordinal: 0,
    speaker: {
      label: 'President of Russia Vladimir Putin',
      personId: 'vladimir-putin',
      name: 'Vladimir Putin',
      position: 'President of Russia',
      kind: 'person',
      kremlinPersonId: null,
    },
    annotations: [],
    text: 'Mr Rahmon, colleagues.',
    paragraphs: [{ text: 'Mr Rahmon, colleagues.', span: { start: 10, end: 32 } }],
    wordCount: 3,
    sectionId: null,
    span: { start: 0, end: 32 },
  },
};

describe('parseEvent', () => {
  it('accepts a valid event and narrows its type', () => {
    const r = parseEvent(statement);
    expect(r.success).toBe(true);
    if (r.success && r.event.type === 'statement-made') {
      expect(r.event.data.speaker.name).toBe('Vladimir Putin');
      expect(r.upcastFrom).toBeNull();
    }
  });

  it('names the missing field of a nested object', () => {
    const bad = {
      ...statement,
      data: { ...statement.data, speaker: { ...statement.data.speaker, label: undefined } },
    };
    expect(parseEvent(bad)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "Invalid input: expected string, received undefined",
            "path": "data.speaker.label",
          },
        ],
        "message": "data.speaker.label: Invalid input: expected string, received undefined",
        "success": false,
      }
    `);
  });

  it('names every wrong field at once', () => {
    const bad = {
      ...statement,
      data: { ...statement.data, wordCount: -1, paragraphs: [], span: { start: 5, end: 2 } },
    };
    expect(parseEvent(bad)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "Too small: expected array to have >=1 items",
            "path": "data.paragraphs",
          },
          {
            "message": "Too small: expected number to be >=0",
            "path": "data.wordCount",
          },
          {
            "message": "end must not be before start",
            "path": "data.span.end",
          },
        ],
        "message": "data.paragraphs: Too small: expected array to have >=1 items; data.wordCount: Too small: expected number to be >=0; data.span.end: end must not be before start",
        "success": false,
      }
    `);
  });

  it('rejects an unknown type', () => {
    expect(parseEvent({ type: 'meeting-closed', schemaVersion: 1, data: {}, metadata }))
      .toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "unknown event type "meeting-closed"",
            "path": "type",
          },
        ],
        "message": "type: unknown event type "meeting-closed"",
        "success": false,
      }
    `);
  });

  it('rejects a version newer than this build knows', () => {
    expect(parseEvent({ ...statement, schemaVersion: 7 })).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "statement-made v7: newer than this build knows (v1)",
            "path": "schemaVersion",
          },
        ],
        "message": "schemaVersion: statement-made v7: newer than this build knows (v1)",
        "success": false,
      }
    `);
  });

  it('rejects a malformed date and id in meeting-opened', () => {
    expect(
      parseEvent({
        type: 'meeting-opened',
        schemaVersion: 1,
        metadata,
        data: {
          meetingId: 'm',
          title: null,
          lead: null,
          date: 'December 25, 2018',
          time: '15:30',
          place: null,
          kremlinId: 0,
          url: null,
        },
      }),
    ).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "Invalid ISO date",
            "path": "data.date",
          },
          {
            "message": "Too small: expected number to be >0",
            "path": "data.kremlinId",
          },
        ],
        "message": "data.date: Invalid ISO date; data.kremlinId: Too small: expected number to be >0",
        "success": false,
      }
    `);
  });

  it('rejects an envelope without metadata', () => {
    const { metadata: _m, ...bare } = statement;
    expect(parseEvent(bare)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "Invalid input: expected object, received undefined",
            "path": "metadata",
          },
        ],
        "message": "metadata: Invalid input: expected object, received undefined",
        "success": false,
      }
    `);
  });
});
