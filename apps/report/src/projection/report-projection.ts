import type { DataOmissions, LeanEvent, Projection } from '@stenogram/store';
import {
  assertNever,
  type ExtractionCompleted,
  type MeetingOpened,
  type ParticipantListed,
  type SourceRegistered,
  type StatementMade,
} from '@stenogram/schema';
import { sql, type Kysely, type Transaction } from 'kysely';
import { computeAttendance, type Attendance } from '../model/attendance.js';
import { meetingTerms } from '../model/corpus-stats.js';
import { meetingFileName, periodOf } from '../model/meeting-file.js';
import { insertRows, textArray, type Column } from './insert-rows.js';
import { reportLock, searchIndexExists } from '../search/search-index.js';
import { readExtractionEvents, type EventReader } from './read-extraction-events.js';
import { FACT_KEY_COLUMNS, STATEMENT_FACT_COLUMNS, statementRow } from './statement-rows.js';
import {
  FACT_TABLES,
  PROJECTION_NAME,
  tbl,
  type FactTable,
  type ReportTable,
} from './report-tables.js';

type Row = Record<string, unknown>;

/**
 * What the projection never reads: a statement's paragraphs (its text again, with spans; about
 * half the bytes of a replay). Left out by the server; the write of every report reads them.
 */
const OMIT_DATA = { 'statement-made': ['paragraphs'] } as const satisfies DataOmissions;
type ProjectedEvent = LeanEvent<typeof OMIT_DATA>;
/** A statement as the projection sees it. */
type ProjectedStatement = Omit<StatementMade, 'paragraphs'>;

const FACT_COLUMNS: Record<FactTable, readonly Column[]> = {
  report_meetings: [
    ['meeting_id', 'text'],
    ['title', 'text'],
    ['date', 'text'],
    ['place', 'text'],
  ],
  report_participants: [
    ['person_id', 'text'],
    ['name', 'text'],
    ['position', 'text'],
  ],
  report_chairs: [
    ['person_id', 'text'],
    ['name', 'text'],
  ],
  report_organisations: [
    ['org_id', 'text'],
    ['name', 'text'],
    ['abbreviation', 'text'],
  ],
  report_sections: [
    ['section_id', 'text'],
    ['ordinal', 'integer'],
    ['heading', 'text'],
  ],
  report_statements: STATEMENT_FACT_COLUMNS,
  report_notes: [
    ['note_id', 'text'],
    ['kind', 'text'],
    ['statement_id', 'text'],
  ],
  report_mentions: [
    ['person_id', 'text'],
    ['name', 'text'],
    ['statement_id', 'text'],
  ],
};

/** An extraction row as written when the extraction starts. */
const STARTED_COLUMNS: readonly Column[] = [
  ['extraction_id', 'text'],
  ['stream_id', 'text'],
  ['document_id', 'text'],
  ['source_sha256', 'text'],
  ['parser_version', 'text'],
  ['input_kind', 'text'],
  ['source', 'jsonb'],
  ['started', 'jsonb'],
  ['status', 'text'],
  ['first_position', 'integer'],
];

/** The rest of an extraction row, known when it completes (see `changes` in `handle`). */
const COMPLETED_COLUMNS: readonly Column[] = [
  ['completed', 'jsonb'],
  ['completed_at', 'text'],
  ['last_position', 'integer'],
  ['superseded_by', 'text'],
  ['statements', 'integer'],
  ['words', 'integer'],
  ['participants', 'integer'],
  ['title', 'text'],
  ['date', 'text'],
  ['place', 'text'],
  ['period', 'text'],
  ['file_stem', 'text'],
  ['changed_seq', 'bigint'],
];

/**
 * What the UPDATE of an extraction stored in an earlier batch reads of its change: its id and
 * status, and the completed columns but the change number, which the UPDATE draws itself.
 */
const UPDATE_COLUMNS: readonly Column[] = [
  ['extraction_id', 'text'],
  ['status', 'text'],
  ...COMPLETED_COLUMNS.filter(([name]) => name !== 'changed_seq'),
];

interface NewExtraction {
  readonly extraction_id: string;
  readonly stream_id: string;
  readonly document_id: string;
  readonly source_sha256: string;
  readonly parser_version: string;
  readonly input_kind: string;
  readonly source: SourceRegistered | null;
  readonly started: unknown;
  readonly status: 'started';
  readonly first_position: number;
}

/** What one extraction adds to the cross-meeting tables when it becomes current. */
interface Contribution {
  readonly attendance: readonly Attendance[];
  readonly statements: number;
  readonly words: number;
  readonly terms: readonly string[];
  readonly meeting: MeetingOpened | null;
}

/**
 * The report projection: keeps the report tables in step with the event log, one catch-up batch
 * per transaction. Facts are written as they arrive, keyed by their extraction; when an extraction
 * completes it becomes the document's current one, and the facts of the extraction it replaces are
 * deleted, with their part of the people and term counts taken back.
 */
export class ReportProjection implements Projection<typeof OMIT_DATA> {
  readonly name = PROJECTION_NAME;
  readonly omitData = OMIT_DATA;
  readonly #schema: string;
  readonly #reader: EventReader;
  // The open extraction of each stream, for events whose metadata does not name it.
  readonly #openByStream = new Map<string, string>();
  readonly #sourceByStream = new Map<string, SourceRegistered>();

  constructor(schema: string, reader: EventReader) {
    this.#schema = schema;
    this.#reader = reader;
  }

  async handle(events: readonly ProjectedEvent[], trx: Transaction<unknown>): Promise<void> {
    // The statements are kept only once search has asked for them (search-index.ts), and the
    // search index is made under this lock: no batch falls between its fill and its creation.
    await reportLock(this.#schema).execute(trx);
    const searchable = await searchIndexExists(trx, this.#schema);
    const fresh = new Map<string, NewExtraction>();
    const completions: {
      id: string;
      data: ExtractionCompleted;
      at: string;
      position: number;
    }[] = [];
    const facts = Object.fromEntries(FACT_TABLES.map((t) => [t, [] as Row[]])) as Record<
      FactTable,
      Row[]
    >;
    const participantsOf = new Map<string, ParticipantListed[]>();
    const statementsOf = new Map<string, ProjectedStatement[]>();
    const meetingOf = new Map<string, MeetingOpened>();

    for (const event of events) {
      const stream = event.position.streamId;
      const at = event.position.streamPosition;
      switch (event.type) {
        case 'source-registered':
          this.#sourceByStream.set(stream, event.data);
          continue;
        case 'extraction-started': {
          const d = event.data;
          fresh.set(d.extractionId, {
            extraction_id: d.extractionId,
            stream_id: stream,
            document_id: d.documentId,
            source_sha256: d.sourceSha256,
            parser_version: d.parserVersion,
            input_kind: d.inputKind,
            source: this.#sourceByStream.get(stream) ?? null,
            started: d,
            status: 'started',
            first_position: at,
          });
          this.#sourceByStream.delete(stream);
          this.#openByStream.set(stream, d.extractionId);
          continue;
        }
        case 'extraction-completed':
          completions.push({
            id: event.data.extractionId,
            data: event.data,
            at: event.position.recordedAt,
            position: at,
          });
          this.#openByStream.delete(stream);
          continue;
        default:
      }
      const x =
        event.metadata.extractionId ??
        this.#openByStream.get(stream) ??
        (await this.#openExtractionOf(trx, stream));
      if (x === null) continue;
      const key = { extraction_id: x, stream_position: at };
      switch (event.type) {
        case 'meeting-opened': {
          const d = event.data;
          facts.report_meetings.push({
            ...key,
            meeting_id: d.meetingId,
            title: d.title,
            date: d.date,
            place: d.place,
          });
          meetingOf.set(x, d);
          break;
        }
        case 'participant-listed': {
          const d = event.data;
          facts.report_participants.push({
            ...key,
            person_id: d.personId,
            name: d.name,
            position: d.position,
          });
          push(participantsOf, x, d);
          break;
        }
        case 'chair-identified':
          facts.report_chairs.push({
            ...key,
            person_id: event.data.personId,
            name: event.data.name,
          });
          break;
        case 'organisation-referenced': {
          const d = event.data;
          facts.report_organisations.push({
            ...key,
            org_id: d.orgId,
            name: d.name,
            abbreviation: d.abbreviation,
          });
          break;
        }
        case 'section-started': {
          const d = event.data;
          facts.report_sections.push({
            ...key,
            section_id: d.sectionId,
            ordinal: d.ordinal,
            heading: d.heading,
          });
          break;
        }
        case 'statement-made': {
          const d = event.data;
          if (searchable) facts.report_statements.push(statementRow(x, at, d));
          push(statementsOf, x, d);
          break;
        }
        case 'note-recorded': {
          const d = event.data;
          facts.report_notes.push({
            ...key,
            note_id: d.noteId,
            kind: d.kind,
            statement_id: d.statementId,
          });
          break;
        }
        case 'person-mentioned': {
          const d = event.data;
          facts.report_mentions.push({
            ...key,
            person_id: d.personId,
            name: d.name,
            statement_id: d.statementId,
          });
          break;
        }
        default:
          assertNever(event);
      }
    }

    const s = this.#schema;
    // An extraction that also completes in this batch (most do) is written once, whole, below;
    // the others now, as started, and updated when they complete.
    const completing = new Set(completions.map((c) => c.id));
    await insertRows(
      trx,
      s,
      'report_extractions',
      STARTED_COLUMNS,
      [...fresh.values()].filter((x) => !completing.has(x.extraction_id)) as unknown as Row[],
    );
    for (const table of FACT_TABLES) {
      await insertRows(trx, s, table, [...FACT_KEY_COLUMNS, ...FACT_COLUMNS[table]], facts[table]);
    }
    if (completions.length === 0) return;

    // Which document each completed extraction belongs to, and each document's current extraction.
    const documentOf = new Map<string, string>();
    for (const x of fresh.values()) documentOf.set(x.extraction_id, x.document_id);
    const unknown = completions.map((c) => c.id).filter((id) => !documentOf.has(id));
    if (unknown.length > 0) {
      const rows = await sql<{ extraction_id: string; document_id: string }>`
        SELECT extraction_id, document_id FROM ${tbl(s, 'report_extractions')}
        WHERE extraction_id = ANY(${textArray(unknown)})`.execute(trx);
      for (const r of rows.rows) documentOf.set(r.extraction_id, r.document_id);
    }
    const documents = [
      ...new Set(completions.map((c) => documentOf.get(c.id)).filter((d) => d !== undefined)),
    ];
    const current = new Map<string, string>();
    const currentRows = await sql<{ extraction_id: string; document_id: string }>`
      SELECT extraction_id, document_id FROM ${tbl(s, 'report_extractions')}
      WHERE status = 'current' AND document_id = ANY(${textArray(documents)})`.execute(trx);
    for (const r of currentRows.rows) current.set(r.document_id, r.extraction_id);
    const wasCurrent = new Set(current.values());

    const supersededBy = new Map<string, string>();
    const completedNow = new Map<
      string,
      { data: ExtractionCompleted; at: string; position: number }
    >();
    for (const c of completions) {
      const doc = documentOf.get(c.id);
      if (doc === undefined) continue; // completed without a start we saw: nothing to report
      completedNow.set(c.id, c);
      const prev = current.get(doc);
      if (prev !== undefined && prev !== c.id) supersededBy.set(prev, c.id);
      current.set(doc, c.id);
    }
    const promoted = [...completedNow.keys()].filter((id) => !supersededBy.has(id));
    const demotedStored = [...supersededBy.keys()].filter((id) => wasCurrent.has(id));

    const contributions = await this.#contributions(
      trx,
      [...promoted, ...demotedStored],
      { participantsOf, statementsOf, meetingOf, completedNow },
      fresh,
    );
    const counts = {
      people: new CountChanges(['person_id']),
      personYears: new CountChanges(['person_id', 'period']),
      personNames: new CountChanges(['person_id', 'name', 'position']),
      years: new CountChanges(['period']),
      df: new CountChanges(['term']),
    };
    const apply = (id: string, sign: 1 | -1) => {
      const c = contributions.get(id);
      if (!c) return;
      const period = periodOf(c.meeting?.date ?? null);
      counts.years.add([period], sign, [1, c.statements, c.words]);
      for (const a of c.attendance) {
        const tally = [1, a.turns, a.words];
        counts.people.add([a.personId], sign, tally);
        counts.personYears.add([a.personId, period], sign, tally);
        counts.personNames.add([a.personId, a.name, a.position ?? ''], sign, [1]);
      }
      for (const term of c.terms) counts.df.add(term, sign, ONE);
    };
    for (const id of demotedStored) apply(id, -1);
    for (const id of promoted) apply(id, 1);

    const gone = [...supersededBy.keys()];
    if (gone.length > 0) {
      for (const table of [...FACT_TABLES, 'report_attendance'] as const) {
        await sql`DELETE FROM ${tbl(s, table)} WHERE extraction_id = ANY(${textArray(gone)})`.execute(
          trx,
        );
      }
    }
    const changes = [...new Set([...completedNow.keys(), ...demotedStored])].map((id) => {
      const c = completedNow.get(id);
      const contribution = contributions.get(id);
      const current = !supersededBy.has(id);
      const meeting = current ? (contribution?.meeting ?? null) : null;
      const documentId = documentOf.get(id) ?? '';
      return {
        extraction_id: id,
        status: current ? 'current' : 'superseded',
        completed: c?.data ?? null,
        completed_at: c?.at ?? null,
        last_position: c?.position ?? null,
        superseded_by: supersededBy.get(id) ?? null,
        statements: contribution?.statements ?? null,
        words: contribution?.words ?? null,
        participants: contribution?.attendance.length ?? null,
        // What the collections need of a current meeting, so that they never read its facts.
        title: meeting?.title ?? null,
        date: meeting?.date ?? null,
        place: meeting?.place ?? null,
        period: current ? periodOf(meeting?.date ?? null) : null,
        file_stem: current ? meetingFileName({ documentId, meeting }) : null,
      };
    });
    const whole = changes.filter((x) => fresh.has(x.extraction_id));
    const updates = changes.filter((x) => !fresh.has(x.extraction_id));
    if (whole.length > 0) {
      // Their change numbers, drawn as the UPDATE below draws them: one for each that is current.
      const current = whole.filter((x) => x.status === 'current').length;
      const seq =
        current === 0
          ? []
          : (
              await sql<{ n: string }>`
                SELECT nextval(${sql.lit(`${s}.report_seq`)}::regclass)::text AS n
                FROM generate_series(1, ${current})`.execute(trx)
            ).rows;
      const numbers = seq.map((r) => r.n).values();
      await insertRows(
        trx,
        s,
        'report_extractions',
        [...STARTED_COLUMNS, ...COMPLETED_COLUMNS],
        whole.map((x) => ({
          ...fresh.get(x.extraction_id),
          ...x,
          statements: x.statements ?? 0,
          words: x.words ?? 0,
          participants: x.participants ?? 0,
          changed_seq: x.status === 'current' ? numbers.next().value : '0',
        })),
      );
    }
    if (updates.length > 0) {
      await sql`
      UPDATE ${tbl(s, 'report_extractions')} AS t SET
        status = x.status,
        completed = coalesce(x.completed, t.completed),
        completed_at = coalesce(x.completed_at, t.completed_at),
        last_position = coalesce(x.last_position, t.last_position),
        superseded_by = x.superseded_by,
        statements = coalesce(x.statements, t.statements),
        words = coalesce(x.words, t.words),
        participants = coalesce(x.participants, t.participants),
        title = CASE WHEN x.status = 'current' THEN x.title ELSE t.title END,
        date = CASE WHEN x.status = 'current' THEN x.date ELSE t.date END,
        place = CASE WHEN x.status = 'current' THEN x.place ELSE t.place END,
        period = coalesce(x.period, t.period),
        file_stem = coalesce(x.file_stem, t.file_stem),
        changed_seq = CASE WHEN x.status = 'current' THEN nextval(${sql.lit(`${s}.report_seq`)}::regclass) ELSE t.changed_seq END
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
        AS x(${sql.raw(UPDATE_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', '))})
      WHERE t.extraction_id = x.extraction_id`.execute(trx);
    }

    await insertRows(
      trx,
      s,
      'report_attendance',
      [
        ['extraction_id', 'text'],
        ['document_id', 'text'],
        ['title', 'text'],
        ['person_id', 'text'],
        ['name', 'text'],
        ['position', 'text'],
        ['listed', 'boolean'],
        ['statements', 'integer'],
        ['words', 'integer'],
        ['period', 'text'],
        ['date', 'text'],
      ],
      promoted.flatMap((id) => {
        const c = contributions.get(id);
        const date = c?.meeting?.date ?? null;
        return (c?.attendance ?? []).map((a) => ({
          extraction_id: id,
          document_id: documentOf.get(id),
          title: c?.meeting?.title ?? null,
          person_id: a.personId,
          name: a.name,
          position: a.position,
          listed: a.listed,
          statements: a.turns,
          words: a.words,
          period: periodOf(date),
          date,
        }));
      }),
    );
    const tally = ['meetings', 'statements', 'words'];
    await counts.people.write(trx, s, 'report_people', tally);
    await counts.personYears.write(trx, s, 'report_person_years', tally);
    await counts.personNames.write(trx, s, 'report_person_names', ['meetings']);
    await counts.years.write(trx, s, 'report_years', tally);
    await counts.df.write(trx, s, 'report_term_df', ['df']);
  }

  async #openExtractionOf(trx: Kysely<unknown>, stream: string): Promise<string | null> {
    const r = await sql<{ extraction_id: string }>`
      SELECT extraction_id FROM ${tbl(this.#schema, 'report_extractions')}
      WHERE stream_id = ${stream} AND status = 'started' ORDER BY extraction_id DESC LIMIT 1`.execute(
      trx,
    );
    const id = r.rows[0]?.extraction_id ?? null;
    if (id !== null) this.#openByStream.set(stream, id);
    return id;
  }

  /**
   * Each extraction's contribution: from this batch's events where it began here, else from its
   * events in the store (it began in an earlier batch, or it is the current one being replaced).
   */
  async #contributions(
    trx: Kysely<unknown>,
    ids: readonly string[],
    batch: {
      readonly participantsOf: ReadonlyMap<string, ParticipantListed[]>;
      readonly statementsOf: ReadonlyMap<string, ProjectedStatement[]>;
      readonly meetingOf: ReadonlyMap<string, MeetingOpened>;
      readonly completedNow: ReadonlyMap<string, { position: number }>;
    },
    fresh: ReadonlyMap<string, NewExtraction>,
  ): Promise<Map<string, Contribution>> {
    const out = new Map<string, Contribution>();
    const storedParticipants = new Map<string, ParticipantListed[]>();
    const storedStatements = new Map<string, ProjectedStatement[]>();
    const storedMeeting = new Map<string, MeetingOpened>();
    const stored = ids.filter((id) => !fresh.has(id));
    if (stored.length > 0) {
      const rows = await sql<{
        extraction_id: string;
        stream_id: string;
        first_position: number;
        last_position: number | null;
      }>`
        SELECT extraction_id, stream_id, first_position, last_position
        FROM ${tbl(this.#schema, 'report_extractions')}
        WHERE extraction_id = ANY(${textArray(stored)})`.execute(trx);
      const events = await readExtractionEvents(
        this.#reader,
        rows.rows.map((r) => ({
          extractionId: r.extraction_id,
          streamId: r.stream_id,
          firstPosition: Number(r.first_position),
          lastPosition:
            batch.completedNow.get(r.extraction_id)?.position ??
            (r.last_position === null ? null : Number(r.last_position)),
        })),
        trx,
      );
      for (const [id, list] of events) {
        for (const e of list) {
          if (e.type === 'participant-listed') push(storedParticipants, id, e.data);
          else if (e.type === 'statement-made') push(storedStatements, id, e.data);
          else if (e.type === 'meeting-opened') storedMeeting.set(id, e.data);
        }
      }
    }
    for (const id of ids) {
      const here = fresh.has(id);
      const participants = (here ? batch.participantsOf : storedParticipants).get(id) ?? [];
      const statements = (here ? batch.statementsOf : storedStatements).get(id) ?? [];
      out.set(id, {
        attendance: computeAttendance(participants, statements),
        statements: statements.length,
        words: statements.reduce((sum, st) => sum + st.wordCount, 0),
        terms: meetingTerms({ statements }),
        meeting: (here ? batch.meetingOf : storedMeeting).get(id) ?? null,
      });
    }
    return out;
  }
}

const ONE = [1] as const;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Changes to counting tables (people, years, document frequencies), summed by key over a batch and
 * written as one upsert per table; rows whose first count falls to zero are deleted.
 */
class CountChanges {
  readonly #keys: readonly string[];
  readonly #rows = new Map<string, { key: readonly string[]; counts: number[] }>();

  constructor(keys: readonly string[]) {
    this.#keys = keys;
  }

  /** Adds `sign × counts` to the row of `key` (a one-column key may be given as its value). */
  add(key: string | readonly string[], sign: 1 | -1, counts: readonly number[]): void {
    const k = typeof key === 'string' ? key : key.join('\u0000');
    let row = this.#rows.get(k);
    if (!row) {
      row = {
        key: typeof key === 'string' ? [key] : key,
        counts: new Array<number>(counts.length).fill(0),
      };
      this.#rows.set(k, row);
    }
    for (let i = 0; i < counts.length; i++) row.counts[i]! += sign * counts[i]!;
  }

  async write(
    trx: Kysely<unknown>,
    s: string,
    table: ReportTable,
    columns: readonly string[],
  ): Promise<void> {
    const rows = [...this.#rows.values()].filter((r) => r.counts.some((n) => n !== 0));
    if (rows.length === 0) return;
    const keys = this.#keys;
    const all = [...keys, ...columns];
    const data = JSON.stringify(
      rows.map((r) =>
        Object.fromEntries<string | number | undefined>([
          ...keys.map((k, i) => [k, r.key[i]] as const),
          ...columns.map((c, i) => [c, r.counts[i]] as const),
        ]),
      ),
    );
    const list = sql.raw(all.join(', '));
    await sql`
      INSERT INTO ${tbl(s, table)} AS t (${list})
      SELECT ${list} FROM jsonb_to_recordset(${data}::jsonb)
        AS x(${sql.raw([...keys.map((k) => `${k} text`), ...columns.map((c) => `${c} integer`)].join(', '))})
      ON CONFLICT (${sql.raw(keys.join(', '))}) DO UPDATE SET
        ${sql.raw(columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', '))}`.execute(trx);
    if (rows.some((r) => (r.counts[0] ?? 0) < 0)) {
      await sql`DELETE FROM ${tbl(s, table)} WHERE ${sql.raw(columns[0]!)} <= 0`.execute(trx);
    }
  }
}
