import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources of the other workspaces, no build needed.
export default defineConfig({
  resolve: { conditions: ['@stenogram/source'] },
  ssr: { resolve: { conditions: ['@stenogram/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
