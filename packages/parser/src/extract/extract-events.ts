import type { EventDataOf, EventType, Span } from '@stenogram/schema';
import type { Block, PersonRef, TranscriptDocument } from '../document.js';
import { spanIn } from './block-span.js';
import { mentionedName } from './mentions.js';
import { findNotes } from './notes.js';
import { splitGlossaryTitle } from './organisation.js';
import { listedPersons } from './participants.js';
import { orgIdOf } from './person-id.js';
import { PersonRegistry, resolveSpeaker } from './speaker.js';
import { placeOfPosition } from './split-position.js';

/** One extracted fact before it gets its envelope: the type and the data of that type. */
export type Draft = {
  [T in EventType]: { readonly type: T; readonly data: EventDataOf<T> };
}[EventType];

/** What the extractor needs besides the document: ids are derived from these. */
export interface ExtractContext {
  readonly meetingId: string;
  readonly extractionId: string;
}

/** `HH:MM` as printed under the date ("15:30"). */
const CLOCK = /^\d{1,2}:\d{2}$/;

interface OpenStatement {
  readonly block: Block;
  readonly paragraphs: Array<{ text: string; span: Span }>;
  readonly notes: Array<EventDataOf<'note-recorded'>>;
  readonly mentions: Array<EventDataOf<'person-mentioned'>>;
  end: number;
  readonly speaker: EventDataOf<'statement-made'>['speaker'];
  readonly annotations: string[];
  readonly sectionId: string | null;
  readonly statementId: string;
  readonly ordinal: number;
  /** Words of the paragraphs so far. */
  words: number;
}

/**
 * Event data is written with its keys in sorted order, the canonical form `digestEvents` hashes,
 * so that digesting needs no copy (`canonicalJson` still sorts anything that is not).
 *
 * Turns a read document into the meeting's facts, in document order: the meeting, its
 * participants and chair, its organisations, then sections, statements and the notes within
 * them. Reader-neutral: the HTML and text readers feed the same rules, so the two input kinds
 * cannot drift apart in what they extract.
 */
export function extractEvents(doc: TranscriptDocument, ctx: ExtractContext): Draft[] {
  const h = doc.header;
  const head: Draft[] = [
    {
      type: 'meeting-opened',
      data: {
        date: h.date?.value ?? null,
        kremlinId: h.kremlinId,
        lead: h.lead?.value ?? null,
        meetingId: ctx.meetingId,
        place: h.place?.value ?? null,
        time: h.time && CLOCK.test(h.time.value) ? h.time.value : null,
        title: h.title?.value ?? null,
        url: h.url,
      },
    },
  ];
  const people: Draft[] = [];
  const chairs: Draft[] = [];
  const orgs: Draft[] = [];
  const body: Draft[] = [];
  const registry = new PersonRegistry();
  const listed = new Set<string>();
  const chaired = new Set<string>();
  const orgSeen = new Set<string>();
  let sectionOrdinal = 0;
  let statementOrdinal = 0;
  let sectionId: string | null = null;
  const x: Extraction = { ctx, body, registry, current: null, noteOrdinal: 0 };

  for (const block of doc.blocks) {
    for (const t of block.terms) {
      // The event's name is the glossary title as the page shows it ("… Organisation (CSTO)"),
      // which is what the reference scorer compares; the id comes from the full name alone.
      const { name, fullName, abbreviation } = splitGlossaryTitle(t.term);
      const orgId = orgIdOf(fullName);
      if (orgSeen.has(orgId)) continue;
      orgSeen.add(orgId);
      orgs.push({
        type: 'organisation-referenced',
        data: { abbreviation, name, orgId, span: spanIn(block, t.start, t.end) },
      });
    }
    switch (block.role) {
      case 'furniture':
        continue;
      case 'heading':
      case 'separator': {
        closeStatement(x);
        sectionId = `${ctx.extractionId}:section-${sectionOrdinal}`;
        body.push({
          type: 'section-started',
          data: {
            heading: block.role === 'heading' ? block.text : null,
            kind: block.role,
            ordinal: sectionOrdinal++,
            sectionId,
            span: spanIn(block, 0, block.text.length),
          },
        });
        continue;
      }
      case 'stage': {
        const data: EventDataOf<'note-recorded'> = {
          kind: 'stage',
          noteId: `${ctx.extractionId}:note-${x.noteOrdinal++}`,
          span: spanIn(block, 0, block.text.length),
          statementId: x.current?.statementId ?? null,
          text: block.text,
        };
        if (x.current) {
          x.current.notes.push(data);
          x.current.end = Math.max(x.current.end, block.span.end);
        } else body.push({ type: 'note-recorded', data });
        continue;
      }
      case 'paragraph':
        break;
    }
    if (block.label) {
      closeStatement(x);
      const label = block.label;
      const inLabel = block.persons.filter((p) => p.start < label.text.length);
      const speaker = resolveSpeaker(label, inLabel, registry);
      const statementId = `${ctx.extractionId}:statement-${statementOrdinal}`;
      const current: OpenStatement = {
        block,
        paragraphs: [],
        notes: [],
        mentions: [],
        end: block.span.end,
        speaker,
        annotations: [...label.annotations],
        sectionId,
        statementId,
        ordinal: statementOrdinal++,
        words: 0,
      };
      x.current = current;
      const bodyText = block.text.slice(label.bodyStart);
      if (bodyText.length > 0) {
        current.paragraphs.push({
          span: spanIn(block, label.bodyStart, block.text.length),
          text: bodyText,
        });
        current.words +=
          block.wordCount === null
            ? countWords(bodyText)
            : block.wordCount - countSpaces(block.text, label.bodyStart);
      }
      recordNotes(x, block, label.bodyStart, statementId, current);
      recordMentions(
        x,
        block,
        block.persons.filter((p) => p.start >= label.bodyStart),
        current,
      );
      continue;
    }
    const current = x.current;
    if (current) {
      current.paragraphs.push({ span: spanIn(block, 0, block.text.length), text: block.text });
      current.words += block.wordCount ?? countWords(block.text);
      current.end = Math.max(current.end, block.span.end);
      recordNotes(x, block, 0, current.statementId, current);
      recordMentions(x, block, block.persons, current);
      continue;
    }
    // Narrative: who took part, who chaired.
    for (const entry of listedPersons(block.text, block.persons)) {
      const personId = registry.personIdOf(entry.name);
      const { country, organisation } = placeOfPosition(entry.position);
      const span = spanIn(block, entry.start, entry.end);
      const ref = entry.person;
      registry.remember({
        personId,
        name: entry.name,
        position: entry.position,
        kremlinPersonId: ref?.kremlinPersonId ?? null,
      });
      if (entry.chair) {
        if (chaired.has(personId)) continue;
        chaired.add(personId);
        chairs.push({
          type: 'chair-identified',
          data: {
            country,
            kremlinPersonId: ref?.kremlinPersonId ?? null,
            name: entry.name,
            personId,
            position: entry.position,
            span,
          },
        });
        continue;
      }
      if (listed.has(personId)) continue;
      listed.add(personId);
      people.push({
        type: 'participant-listed',
        data: {
          cardPosition: ref?.cardPosition ?? null,
          country,
          kremlinPersonId: ref?.kremlinPersonId ?? null,
          name: entry.name,
          ordinal: listed.size - 1,
          organisation,
          personId,
          position: entry.position,
          sortName: ref?.cardName ?? null,
          span,
        },
      });
    }
    recordNotes(x, block, 0, null, body);
  }
  closeStatement(x);
  return [...head, ...people, ...chairs, ...orgs, ...body];
}

/**
 * What the steps of one extraction share. The steps are module functions, not closures made per
 * call: under tsx (the bench, `npm run ingest`) every named closure is also given its name by a
 * `defineProperty` call.
 */
interface Extraction {
  readonly ctx: ExtractContext;
  /** Sections, statements and notes, in document order. */
  readonly body: Draft[];
  readonly registry: PersonRegistry;
  /** The statement whose paragraphs are being read. */
  current: OpenStatement | null;
  noteOrdinal: number;
}

function closeStatement(x: Extraction): void {
  const c = x.current;
  if (!c) return;
  const paragraphs =
    c.paragraphs.length > 0 ? c.paragraphs : [{ span: { end: c.end, start: c.end }, text: '' }];
  const text = paragraphs
    .map((p) => p.text)
    .filter((t) => t.length > 0)
    .join('\n\n');
  x.body.push({
    type: 'statement-made',
    data: {
      annotations: c.annotations,
      ordinal: c.ordinal,
      paragraphs,
      sectionId: c.sectionId,
      span: { end: c.end, start: c.block.span.start },
      speaker: c.speaker,
      statementId: c.statementId,
      text,
      wordCount: c.words,
    },
  });
  for (const n of c.notes) x.body.push({ type: 'note-recorded', data: n });
  for (const m of c.mentions) x.body.push({ type: 'person-mentioned', data: m });
  x.current = null;
}

function recordNotes(
  x: Extraction,
  block: Block,
  from: number,
  statementId: string | null,
  into: Draft[] | OpenStatement,
): void {
  for (const n of findNotes(block.text.slice(from))) {
    const data: EventDataOf<'note-recorded'> = {
      kind: n.kind,
      noteId: `${x.ctx.extractionId}:note-${x.noteOrdinal++}`,
      span: spanIn(block, from + n.start, from + n.end),
      statementId,
      text: n.text,
    };
    if (Array.isArray(into)) into.push({ type: 'note-recorded', data });
    else into.notes.push(data);
  }
}

function recordMentions(
  x: Extraction,
  block: Block,
  refs: readonly PersonRef[],
  into: OpenStatement,
): void {
  for (const ref of refs) {
    const name = mentionedName(ref);
    const personId = x.registry.find(name)?.personId ?? x.registry.personIdOf(name);
    if (personId.length === 0) continue;
    into.mentions.push({
      cardPosition: ref.cardPosition,
      kremlinPersonId: ref.kremlinPersonId,
      name,
      personId,
      sortName: ref.cardName,
      span: spanIn(block, ref.start, ref.end),
      statementId: into.statementId,
      visible: ref.visible,
    });
  }
}

/**
 * Words of a whitespace-collapsed paragraph: one more than its spaces (counted natively: a loop
 * over the characters is slower). Most paragraphs of copied text come with their count, which the
 * reader's card test read on the way (`Block.wordCount`).
 */
function countWords(text: string): number {
  return text.length === 0 ? 0 : 1 + countSpaces(text, text.length);
}

/** Spaces in `text[0, end)`. */
function countSpaces(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) n++;
  return n;
}
