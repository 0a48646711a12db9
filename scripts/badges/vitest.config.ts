import { defineConfig } from 'vitest/config';

// `npm run bench:badges` (scripts/badges/badges.run.ts): the badges' script cost in real Chromium
// with the built extension. One file, one run.
export default defineConfig({
  test: {
    include: ['scripts/badges/**/*.run.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    retry: 0,
  },
});
