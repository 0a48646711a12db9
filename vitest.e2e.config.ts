import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium against the local fixture site.
// Run with `npm run test:e2e` (tests/e2e/run.mjs finds Chromium and checks the build first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
