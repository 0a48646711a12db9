import { defineConfig } from 'vitest/config';

// `npm run bench:sync-read` (scripts/sync-read/sync-read.run.ts): time and memory of reading a
// 50,000-entry sync file, checked line by line as it is unpacked, against the whole file read
// first. Node, one file, one run.
export default defineConfig({
  test: {
    include: ['scripts/sync-read/**/*.run.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    execArgv: ['--expose-gc'],
    testTimeout: 1_800_000,
    retry: 0,
  },
});
