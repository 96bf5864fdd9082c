import type { EventStore } from '@stenogram/store';
import { sql, type Kysely } from 'kysely';
import { tbl } from '../projection/report-tables.js';
import { ensureSearchIndex, STATEMENT_TSVECTOR } from './search-index.js';

export interface SearchOptions {
  readonly query: string;
  /** Part of the speaker's label or name, case-insensitive. */
  readonly speaker?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the meeting date. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  /**
   * Called when this search is the one that makes the statements searchable (the first search
   * after a rebuild or on a new store: minutes at a million events), before it does.
   */
  readonly onIndexing?: () => void;
}

export interface SearchHit {
  readonly documentId: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly statementId: string;
  readonly ordinal: number;
  readonly speaker: string;
  readonly rank: number;
  /** The best fragments, each match between `**`. */
  readonly snippet: string;
}

/**
 * Full-text search over the current statements: `websearch_to_tsquery` (quotes, `or`, `-word`) on
 * the English configuration, ranked by `ts_rank`, with `ts_headline` fragments. The same on
 * PostgreSQL and PGlite.
 */
export async function searchStatements(
  store: EventStore,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const db = store.db.withoutPlugins() as unknown as Kysely<unknown>;
  const s = store.schema;
  const speaker =
    options.speaker === undefined ? null : `%${options.speaker.replace(/[%_\\]/g, '\\$&')}%`;
  await ensureSearchIndex(db, s, options.onIndexing);
  const r = await sql<{
    document_id: string;
    title: string | null;
    date: string | null;
    statement_id: string;
    ordinal: number;
    speaker_label: string;
    rank: number;
    snippet: string;
  }>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${options.query}) AS q)
    SELECT e.document_id, e.title, e.date, st.statement_id, st.ordinal, st.speaker_label,
      ts_rank(${STATEMENT_TSVECTOR}, q.q)::float8 AS rank,
      ts_headline('english', st.text, q.q,
        'StartSel=**, StopSel=**, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
    FROM q, ${tbl(s, 'report_statements')} st
    JOIN ${tbl(s, 'report_extractions')} e ON e.extraction_id = st.extraction_id AND e.status = 'current'
    WHERE ${STATEMENT_TSVECTOR} @@ q.q
      ${speaker === null ? sql`` : sql`AND (st.speaker_label ILIKE ${speaker} OR st.speaker_name ILIKE ${speaker})`}
      ${options.from === undefined ? sql`` : sql`AND e.date >= ${options.from}`}
      ${options.to === undefined ? sql`` : sql`AND e.date <= ${options.to}`}
    ORDER BY rank DESC, e.date NULLS LAST, e.document_id, st.ordinal
    LIMIT ${options.limit ?? 20}`.execute(db);
  return r.rows.map((row) => ({
    documentId: row.document_id,
    title: row.title,
    date: row.date,
    statementId: row.statement_id,
    ordinal: Number(row.ordinal),
    speaker: row.speaker_label,
    rank: Math.round(Number(row.rank) * 1e6) / 1e6,
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
  }));
}
