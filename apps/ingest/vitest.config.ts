import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources of the other workspaces, no build needed; the store's global
// setup chooses the database backend once per run and prints it.
export default defineConfig({
  resolve: { conditions: ['@stenogram/source'] },
  ssr: { resolve: { conditions: ['@stenogram/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['../../packages/store/src/testing/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
