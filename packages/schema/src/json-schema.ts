import { z } from 'zod';
import { StenogramEventSchema } from './event.js';
import { AuditDiffSchema } from './report/audit-diff.js';
import { IndexPeriodReportSchema, IndexReportSchema } from './report/index-report.js';
import { MeetingReportSchema } from './report/meeting-report.js';
import {
  OrganisationPeriodReportSchema,
  OrganisationReportSchema,
  OrganisationsReportSchema,
} from './report/organisations-report.js';
import {
  PeopleReportSchema,
  PersonPeriodReportSchema,
  PersonReportSchema,
} from './report/people-report.js';

/**
 * The JSON Schemas published for other tools, by file name. `npm run json-schema` writes them
 * to `json-schema/`; a test fails when the committed files are stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'event.schema.json': z.toJSONSchema(StenogramEventSchema, { io: 'input' }),
  };
  for (const option of StenogramEventSchema.options) {
    const type = option.shape.type.value;
    out[`${type}.schema.json`] = z.toJSONSchema(option, { io: 'input' });
  }
  Object.assign(out, reportJsonSchemas());
  return out;
}

/** The report files' schemas (apps/report writes JSON that validates against them). */
function reportJsonSchemas(): Record<string, unknown> {
  return {
    'report-meeting.schema.json': z.toJSONSchema(MeetingReportSchema, { io: 'output' }),
    'report-index.schema.json': z.toJSONSchema(IndexReportSchema, { io: 'output' }),
    'report-index-period.schema.json': z.toJSONSchema(IndexPeriodReportSchema, { io: 'output' }),
    'report-people.schema.json': z.toJSONSchema(PeopleReportSchema, { io: 'output' }),
    'report-person.schema.json': z.toJSONSchema(PersonReportSchema, { io: 'output' }),
    'report-person-period.schema.json': z.toJSONSchema(PersonPeriodReportSchema, { io: 'output' }),
    'report-organisations.schema.json': z.toJSONSchema(OrganisationsReportSchema, { io: 'output' }),
    'report-organisation.schema.json': z.toJSONSchema(OrganisationReportSchema, { io: 'output' }),
    'report-organisation-period.schema.json': z.toJSONSchema(OrganisationPeriodReportSchema, {
      io: 'output',
    }),
    'report-audit-diff.schema.json': z.toJSONSchema(AuditDiffSchema, { io: 'output' }),
  };
}
