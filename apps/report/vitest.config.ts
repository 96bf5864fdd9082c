import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources of the other workspaces, no build needed. The store's global
// setup picks the database once per run (DATABASE_URL → PostgreSQL, STENOGRAM_TEST_DB=pglite →
// PGlite) and prints it.
export default defineConfig({
  resolve: { conditions: ['@stenogram/source'] },
  ssr: { resolve: { conditions: ['@stenogram/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['../../packages/store/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
