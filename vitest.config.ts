import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts?(x)'],
    exclude: ['tests/e2e/**', 'tests/real/**', 'node_modules/**'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
