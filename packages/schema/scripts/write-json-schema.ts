// Regenerates the committed JSON Schemas: npm run json-schema -w @stenogram/schema
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/json-schema.js';

const dir = join(import.meta.dirname, '..', 'json-schema');
mkdirSync(dir, { recursive: true });
for (const stale of readdirSync(dir)) rmSync(join(dir, stale));
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${readdirSync(dir).length} schemas to ${dir}`);
