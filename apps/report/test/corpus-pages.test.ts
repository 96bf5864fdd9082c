import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '@stenogram/parser';
import { describe, expect, it } from 'vitest';
import { renderReportFiles } from '../src/build/report-files.js';
import { foldMeetings } from '../src/model/fold-meetings.js';

// The development corpus is not part of the repository: read in place, skipped where absent.
const CORPUS =
  process.env['STENOGRAM_CORPUS'] ??
  join(import.meta.dirname, '../../../../shared/corpus/kremlin-en');
const present = existsSync(CORPUS);
if (!present)
  console.warn(`corpus snapshots skipped: no corpus at ${CORPUS} (set STENOGRAM_CORPUS)`);

function meetingMarkdown(path: string): string {
  const result = parseTranscript({
    bytes: readFileSync(join(CORPUS, path)),
    fileName: path.split('/').pop()!,
  });
  const files = renderReportFiles(foldMeetings(result.events));
  const md = [...files].find(([name]) => name.startsWith('meetings/') && name.endsWith('.md'));
  if (!md) throw new Error(`${path}: no meeting report`);
  return md[1];
}

describe.skipIf(!present)('corpus pages as Markdown', () => {
  it('renders a saved page: meeting with President of Belarus (html/51389)', () => {
    expect(meetingMarkdown('html/51389.html')).toMatchInlineSnapshot(`
      "# Meeting with President of Belarus Alexander Lukashenko

      In the course of his working visit to the Republic of Belarus, Vladimir Putin had a meeting with President of Belarus Alexander Lukashenko to discuss prospects for developing relations between the two countries and pressing matters on the international agenda.

      | Field | Value |
      |---|---|
      | Date | 2016-02-25 |
      | Time | 15:50 |
      | Place | Minsk |
      | Source | \`51389.html\` · http://en.kremlin.ru/events/president/news/51389 · sha256 \`460b0031af22cd42a6b4e004dba7428664352dbffdae366df9c5e5343a15c524\` |
      | Extraction | \`ext-127b2ae43bf92a646b4d4252f60807dd\` · parser 1.0.0 (html) |
      | Statements | 2 (432 words) |

      ## Participants

      | Name | Position | Country or organisation | Turns | Words | Share |
      |---|---|---|---:|---:|---:|
      | Alexander Lukashenko | President of Belarus | – | 1 | 249 | 57.6% |
      | Vladimir Putin (speaker) | President of Russia | – | 1 | 183 | 42.4% |

      **Chair:** not stated

      ## People mentioned

      - Boris Yeltsin (1 statement)
      - Dmitry Medvedev (1 statement)

      ## Sections

      1. Beginning of meeting with President of Belarus Alexander Lukashenko

      ## Speaking order

      1. [Alexander Lukashenko](#statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-0)
      2. [Vladimir Putin](#statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-1)

      ## Speaker share

      \`\`\`mermaid
      pie showData
          title Words spoken
          "Alexander Lukashenko" : 249
          "Vladimir Putin" : 183
      \`\`\`

      ## Summary

      **Keywords:** state, issues, president, putin, council, meeting, process, supreme, belarus, certain

      **Main speakers' keywords:**

      - Alexander Lukashenko: president, putin, state, council, issues, meeting
      - Vladimir Putin: process, developing, lukashenko, work, ago, attention

      **Key quotes:**

      > I have just told Mr President that we had agreed to prepare this meeting of the Supreme State Council properly and we did everything necessary at the preparatory stage. — President of Belarus Alexander Lukashenko ([statement](#statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-0))

      > We have carefully studied all the issues and prepared everything, and generally, this meeting of the Supreme State Council is the culmination of our efforts. — President of Belarus Alexander Lukashenko ([statement](#statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-0))

      > In a word, we are prepared for the Supreme State Council. — President of Belarus Alexander Lukashenko ([statement](#statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-0))

      ## Statements

      ### Beginning of meeting with President of Belarus Alexander Lukashenko

      <a id="statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-0"></a>
      **President of Belarus Alexander Lukashenko:** Mr Putin, Mr Medvedev, friends,

      As per tradition, I would like to welcome you to Belarus, which is not a foreign state for you. Frankly speaking, I have been truly looking forward to this visit. Mr Putin has always told me that if the President leaves, the Prime Minister stays behind to keep an eye on things; and if Mr Medvedev has to leave, the President remains in Moscow. However today you are both in Minsk and I am grateful to you for this.

      I have just told Mr President that we had agreed to prepare this meeting of the Supreme State Council properly and we did everything necessary at the preparatory stage. Mr Putin and I had three telephone conversations to discuss different matters, and we met twice, our latest meeting being in Sochi. Our Prime Ministers were in constant contact and I informed you about it.

      We have carefully studied all the issues and prepared everything, and generally, this meeting of the Supreme State Council is the culmination of our efforts. It will be quick and efficient because we have gone through all the issues in detail.

      Thank you for your help and support. We have a number of matters of an informational nature – Mr President and I have also touched upon them just now, and Mr Putin promised to tell me about some things because we need to be aware of certain international issues. In a word, we are prepared for the Supreme State Council.

      <a id="statement-ext-127b2ae43bf92a646b4d4252f60807dd-statement-1"></a>
      **President of Russia Vladimir Putin:** Mr Lukashenko, colleagues, friends, we are very happy to be here in Belarus. It is true that our teams have done excellent work.

      We know the world we are living in, what is going on in the global economy and in ours as well. Quite a few issues require our attention at the highest level. However, I would like to note that overall, none of the processes that started 20 years ago, I mean the launch of the Union State, have lost their value. On the contrary, this integrational project is developing successfully and is undoubtedly becoming a driver of integration on the entire post-Soviet space.

      Mr Lukashenko, you were there at the very start of this process. I would like to thank you for this, because it was thanks to you and Boris Yeltsin that the process was launched, and, I repeat, we are now able to make new steps in developing our special relationship. I am certain that our work today will serve as an impetus for this positive process that is of such importance for our countries and peoples.

      \\<…>

      _\\<…>_
      "
    `);
  });

  it('renders copied text: working meeting with the FSB director (text/8001)', () => {
    expect(meetingMarkdown('text/8001.txt')).toMatchInlineSnapshot(`
      "# Working meeting with Director of Federal Security Service (FSB) Alexander Bortnikov

      | Field | Value |
      |---|---|
      | Date | 2010-06-09 |
      | Time | 17:10 |
      | Place | The Kremlin, Moscow |
      | Source | \`8001.txt\` · sha256 \`c7d451695063d53101b0f931f858a59bb864213f867bf8d9e9e6ce905e7d03c9\` |
      | Extraction | \`ext-6436dd0f1effa80e6ac2798c99c5fb06\` · parser 1.0.0 (text) |
      | Statements | 2 (256 words) |

      ## Participants

      | Name | Position | Country or organisation | Turns | Words | Share |
      |---|---|---|---:|---:|---:|
      | Alexander Bortnikov (speaker) | Director of Federal Security Service | – | 1 | 179 | 69.9% |
      | Dmitry Medvedev (speaker) | President of Russia | – | 1 | 77 | 30.1% |

      **Chair:** not stated

      ## Speaking order

      1. [Alexander Bortnikov](#statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-0)
      2. [Dmitry Medvedev](#statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-1)

      ## Speaker share

      \`\`\`mermaid
      pie showData
          title Words spoken
          "Alexander Bortnikov" : 179
          "Dmitry Medvedev" : 77
      \`\`\`

      ## Summary

      **Keywords:** bandit, federal, involved, necessary, operation, bombing, committed, crimes, criminal, ingushetia

      **Main speakers' keywords:**

      - Alexander Bortnikov: federal, involved, bandit, bombing, criminal, ingushetia
      - Dmitry Medvedev: necessary, operation, award, awards, bandit, behalf

      **Key quotes:**

      > In 2004, together with Shamil Basayev, this bandit organised the attack on Nazran. — Director of Federal Security Service Alexander Bortnikov ([statement](#statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-0))

      > The investigative department of the Federal Security Service is now investigating all the crimes committed by Taziyev. — Director of Federal Security Service Alexander Bortnikov ([statement](#statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-0))

      > Very well, we will need to do everything necessary to properly record the statements by this bandit, to ensure that all the necessary procedures are taken and that as a result, all the crimes he committed receive a proper award by the court. — President of Russia Dmitry Medvedev ([statement](#statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-1))

      ## Statements

      * * *

      <a id="statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-0"></a>
      **Director of Federal Security Service Alexander Bortnikov:** Today, the Federal Security Service conducted a special operation that resulted in the capture of one of the leaders of the North Caucasus criminal underground, a man named Taziyev, also known by the alias ‘Magas’.

      In 2004, together with Shamil Basayev, this bandit organised the attack on Nazran. He was also involved in organising the bombing of two public buses in Stavropol Territory and was involved in the kidnapping of former President of Ingushetia Zyazikov’s relatives. In 2009, he organised the bombing of the Ministry of the Interior building in Nazran, which resulted in the deaths of many law enforcement officers, and was involved with the assassination attempt on President of Ingushetia Yunus-Bek Yevkurov.

      This bandit has been on the federal wanted list since 2004, active search operations have been carried out, and today, following a special raid, he was captured. The investigative department of the Federal Security Service is now investigating all the crimes committed by Taziyev.

      We have received the criminal case materials for undertaking further procedures. I will regularly report to you on the investigation progress.

      <a id="statement-ext-6436dd0f1effa80e6ac2798c99c5fb06-statement-1"></a>
      **President of Russia Dmitry Medvedev:** Very well, we will need to do everything necessary to properly record the statements by this bandit, to ensure that all the necessary procedures are taken and that as a result, all the crimes he committed receive a proper award by the court.

      This operation has ended with good results. Please congratulate all the FSB officers who participated in this operation on my behalf, and if you deem it necessary, make proposals on awards to be presented.
      "
    `);
  });
});
