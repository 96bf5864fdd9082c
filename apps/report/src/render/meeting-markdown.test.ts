import { MeetingReportSchema } from '@stenogram/schema';
import { describe, expect, it } from 'vitest';
import { buildMeetingReport } from '../model/build-meeting-report.js';
import { corpusStatsOf } from '../model/corpus-stats.js';
import { foldMeetings } from '../model/fold-meetings.js';
import { meetingFileName } from '../model/meeting-file.js';
import { sampleMeeting } from '../testing/sample-events.js';
import { renderMeetingMarkdown } from './meeting-markdown.js';

describe('renderMeetingMarkdown', () => {
  const models = foldMeetings(sampleMeeting());
  const model = models[0]!;
  const report = buildMeetingReport(model, corpusStatsOf(models), meetingFileName(model));

  it('builds a report that validates against the published schema', () => {
    expect(MeetingReportSchema.safeParse(report).success).toBe(true);
    expect(report.meeting.file).toBe('2021-09-09-russian-belarusian-talks');
  });

  it('counts a speaker who is not listed as a participant of the meeting', () => {
    expect(report.participants.map((p) => [p.personId, p.listed, p.turns])).toEqual([
      ['alexander-lukashenko', true, 1],
      ['vladimir-putin', false, 1],
    ]);
  });

  it('is the same text every time', () => {
    expect(renderMeetingMarkdown(report)).toBe(renderMeetingMarkdown(structuredClone(report)));
  });

  it('renders the sample meeting', () => {
    expect(renderMeetingMarkdown(report)).toMatchInlineSnapshot(`
      "# Russian-Belarusian talks

      | Field | Value |
      |---|---|
      | Date | 2021-09-09 |
      | Time | 15:30 |
      | Place | The Kremlin, Moscow |
      | Source | \`talks.txt\` · sha256 \`aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\` |
      | Extraction | \`ex-1\` · parser 0.1.0 (text) |
      | Statements | 3 (67 words) |

      ## Participants

      | Name | Position | Country or organisation | Turns | Words | Share |
      |---|---|---|---:|---:|---:|
      | Alexander Lukashenko | President of Belarus | Belarus | 1 | 20 | 29.8% |
      | Vladimir Putin (speaker) | – | – | 1 | 39 | 58.2% |

      **Chair:** Vladimir Putin (President of Russia)

      ## Organisations

      - Union State

      ## Sections

      1. Beginning of talks

      ## Speaking order

      1. [Vladimir Putin](#statement-st-0)
      2. [Alexander Lukashenko](#statement-st-1)
      3. [Question](#statement-st-2)

      ## Speaker share

      \`\`\`mermaid
      pie showData
          title Words spoken
          "Vladimir Putin" : 39
          "Alexander Lukashenko" : 20
          "Question" : 8
      \`\`\`

      ## Summary

      **Keywords:** gas, integration, governments, roadmaps, agreed, autumn, economies, full, gains, main

      **Main speakers' keywords:**

      - Vladimir Putin: gas, integration, autumn, economies, gains, governments
      - Alexander Lukashenko: agreed, full, gas, governments, integration, oil

      **Key quotes:**

      > Gas prices and the integration roadmaps will be signed by the governments this autumn, and the Union State gains a single gas market. — President of Russia Vladimir Putin ([statement](#statement-st-0))

      > The roadmaps on gas and oil are ready, and our governments have agreed the integration programmes in full. — President of Belarus Alexander Lukashenko ([statement](#statement-st-1))

      > What about the gas price for next year? — Question ([statement](#statement-st-2))

      ## Statements

      ### Beginning of talks

      <a id="statement-st-0"></a>
      **President of Russia Vladimir Putin:** Mr President, friends, the integration of our economies is the main topic of the talks today.

      Gas prices and the integration roadmaps will be signed by the governments this autumn, and the Union State gains a single gas market.

      _(Applause.)_

      <a id="statement-st-1"></a>
      **President of Belarus Alexander Lukashenko:** Thank you. The roadmaps on gas and oil are ready, and our governments have agreed the integration programmes in full.

      <a id="statement-st-2"></a>
      **Question:** What about the gas price for next year?
      "
    `);
  });
});
