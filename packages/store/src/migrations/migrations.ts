import type { Migration } from 'kysely';
import { initialMigration } from './0001-initial.js';
import { lz4Migration } from './0002-lz4-compression.js';
import { dropExtractionIndexMigration } from './0003-drop-extraction-index.js';
import { cCollationMigration } from './0004-c-collation.js';

/**
 * Every migration of the store, in order, as TypeScript objects (Kysely's static provider: no
 * file-system scanning, so it works the same from sources, from `dist` and in a bundle).
 */
export function storeMigrations(schema: string): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(schema),
    '0002-lz4-compression': lz4Migration(schema),
    '0003-drop-extraction-index': dropExtractionIndexMigration(schema),
    '0004-c-collation': cCollationMigration(schema),
  };
}
