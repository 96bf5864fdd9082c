import { describe, expect, it } from 'vitest';
import { sampleMeeting } from '../testing/sample-events.js';
import { foldMeetings } from './fold-meetings.js';

describe('foldMeetings', () => {
  it('keeps one model per document with every fact of its extraction', () => {
    const [m, ...rest] = foldMeetings(sampleMeeting());
    expect(rest).toHaveLength(0);
    expect(m?.documentId).toBe('doc-talks');
    expect(m?.participants.map((p) => p.personId)).toEqual(['alexander-lukashenko']);
    expect(m?.chairs.map((c) => c.name)).toEqual(['Vladimir Putin']);
    expect(m?.statements).toHaveLength(3);
    expect(m?.notes).toHaveLength(1);
  });

  it('lets only the latest completed extraction of a document count', () => {
    const second = sampleMeeting({
      extractionId: 'ex-2',
      parserVersion: '0.2.0',
      secondSpeaker: {
        label: 'Alexander Lukashenko',
        personId: 'a-lukashenko',
        name: 'A. Lukashenko',
      },
    });
    const [m] = foldMeetings([...sampleMeeting(), ...second]);
    expect(m?.started.extractionId).toBe('ex-2');
    expect(m?.statements.map((s) => s.speaker.personId)).toEqual([
      'vladimir-putin',
      'a-lukashenko',
      null,
    ]);
  });

  it('ignores an extraction that never completed', () => {
    const unfinished = sampleMeeting({ extractionId: 'ex-2', title: 'Changed', complete: false });
    const [m] = foldMeetings([...sampleMeeting(), ...unfinished]);
    expect(m?.started.extractionId).toBe('ex-1');
    expect(m?.meeting?.title).toBe('Russian-Belarusian talks');
  });

  it('keeps documents apart and orders them by id', () => {
    const models = foldMeetings([
      ...sampleMeeting({ documentId: 'doc-b', extractionId: 'x-b', sha256: 'b'.repeat(64) }),
      ...sampleMeeting({ documentId: 'doc-a', extractionId: 'x-a', sha256: 'c'.repeat(64) }),
    ]);
    expect(models.map((m) => m.documentId)).toEqual(['doc-a', 'doc-b']);
  });
});
