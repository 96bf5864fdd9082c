import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources of the other workspaces, no build needed. The global setup
// chooses the database backend once per run and prints it (see src/testing).
export default defineConfig({
  resolve: { conditions: ['@stenogram/source'] },
  ssr: { resolve: { conditions: ['@stenogram/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
