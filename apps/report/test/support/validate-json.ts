import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const dir = new URL('../../../../packages/schema/json-schema/', import.meta.url);
const ajv = new Ajv2020({ strict: false, allErrors: true });
// zod writes `format: "date"` beside its own pattern; ajv knows no formats without ajv-formats.
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);

/** Validates a value against one of the JSON Schemas published by packages/schema. */
export function validateAgainst(schemaFile: string, value: unknown): string[] {
  const schema = JSON.parse(readFileSync(new URL(schemaFile, dir), 'utf8')) as object;
  const validate =
    ajv.getSchema(schemaFile) ?? (ajv.addSchema(schema, schemaFile), ajv.getSchema(schemaFile));
  if (!validate) throw new Error(`no schema ${schemaFile}`);
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
