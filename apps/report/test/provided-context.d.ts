// The store's global setup provides the run's backend to the test files; its declaration lives in
// that setup file, which this workspace's typecheck does not otherwise see.
import type { TestBackend } from '@stenogram/store/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    stenogramTestBackend: TestBackend;
  }
}
