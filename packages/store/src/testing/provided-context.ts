import type { TestBackend } from './resolve-test-backend.js';

// What the global setup hands to test files. Declared in a module of its own, imported by both
// sides, so that every program that type-checks the harness sees it (not only this package's).
declare module 'vitest' {
  export interface ProvidedContext {
    stenogramTestBackend: TestBackend;
  }
}
