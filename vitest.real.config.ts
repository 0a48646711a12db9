import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real-material suite (`npm run test:real`): real saved pages and real labelled comments that nobody on
// the project wrote, read from the folders named by MICROSCOPE_REAL_PAGES and MICROSCOPE_REAL_COMMENTS.
// Each part skips with one line when its folder is absent; the material is never copied into the repository.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/real/**/*.real.test.ts'],
    testTimeout: 120_000,
    passWithNoTests: true,
  },
});
