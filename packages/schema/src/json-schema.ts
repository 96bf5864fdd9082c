import { z } from 'zod';
import { StenogramEventSchema } from './event.js';

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
  return out;
}
