import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is at packages/parser/test/. */
export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);

/**
 * The shared corpus beside the repository (`<repo>/../shared/corpus`), or `STENOGRAM_CORPUS`.
 * Tests that need it skip, with a message, where it is absent.
 */
export const corpusDir =
  process.env['STENOGRAM_CORPUS'] ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
export const kremlinDir = path.join(corpusDir, 'kremlin-en');
export const hasKremlinCorpus =
  existsSync(path.join(kremlinDir, 'html')) && existsSync(path.join(kremlinDir, 'text'));
export const corpusMissingMessage = `corpus not found at ${kremlinDir} (set STENOGRAM_CORPUS): corpus tests skipped`;
