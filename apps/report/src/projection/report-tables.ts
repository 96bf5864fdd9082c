import { sql, type RawBuilder } from 'kysely';

/** Every table of the report projection, in the order a rebuild truncates them. */
export const REPORT_TABLES = [
  'report_extractions',
  'report_meetings',
  'report_participants',
  'report_chairs',
  'report_organisations',
  'report_sections',
  'report_statements',
  'report_notes',
  'report_mentions',
  'report_attendance',
  'report_people',
  'report_person_years',
  'report_person_names',
  'report_years',
  'report_term_df',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** The fact tables: one row per event of an extraction, deleted when the extraction is superseded. */
export const FACT_TABLES = [
  'report_meetings',
  'report_participants',
  'report_chairs',
  'report_organisations',
  'report_sections',
  'report_statements',
  'report_notes',
  'report_mentions',
] as const satisfies readonly ReportTable[];
export type FactTable = (typeof FACT_TABLES)[number];

/** The checkpoint name of the projection in the store. */
export const PROJECTION_NAME = 'report';

/** A schema-qualified table name. */
export function tbl(schema: string, name: ReportTable | 'report_seq'): RawBuilder<unknown> {
  return sql.table(`${schema}.${name}`);
}
