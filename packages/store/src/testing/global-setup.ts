/**
 * Vitest `globalSetup` shared by every workspace that touches a database: chooses the backend once
 * per run, prints it, and hands it to the test files (`inject('stenogramTestBackend')`).
 *
 * @example
 * // vitest.config.ts
 * // (paths are relative to the workspace root; apps: '../../packages/store/src/testing/global-setup.ts')
 * test: { globalSetup: ['./src/testing/global-setup.ts'] }
 */
import type { TestProject } from 'vitest/node';
import type {} from './provided-context.js';
import { resolveTestBackend } from './resolve-test-backend.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const resolved = await resolveTestBackend();
  process.stdout.write(`stenogram tests: backend = ${resolved.label}\n`);
  project.provide('stenogramTestBackend', resolved.backend);
  return () => resolved.stop();
}
