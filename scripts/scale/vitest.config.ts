import { defineConfig } from 'vitest/config';

// `npm run bench:scale` (scripts/bench-scale.mjs): the scale benchmark in real Chromium with
// the production build. One file, one run; its timeouts are those of a long benchmark.
export default defineConfig({
  test: {
    include: ['scripts/scale/**/*.run.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 3_600_000,
    hookTimeout: 1_200_000,
    teardownTimeout: 60_000,
    retry: 0,
  },
});
