/**
 * @stenogram/store/testing — the test backend harness shared by every workspace that touches a
 * database. Wire `@stenogram/store/testing/global-setup` as vitest's `globalSetup`, then use
 * {@link createTestStore} or {@link createTestDatabase} in `*.int.test.ts` files.
 */
export {
  createTestDatabase,
  createTestStore,
  testBackend,
  testBackendKind,
  type TestDatabase,
  type TestStore,
} from './create-test-database.js';
export {
  resolveTestBackend,
  type ResolvedTestBackend,
  type TestBackend,
  type TestBackendSwitch,
} from './resolve-test-backend.js';
export { sampleExtraction, type SampleExtractionOptions } from './sample-extraction.js';
export { storeParticipantV1 } from './older-event.js';
