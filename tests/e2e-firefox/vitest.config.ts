import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox: the built Firefox add-on against the local fixture site.
// Run with `npm run test:e2e:firefox` (run.mjs finds Firefox and checks the build first).
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
