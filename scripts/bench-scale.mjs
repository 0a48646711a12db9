#!/usr/bin/env node
// `npm run bench:scale`: the scale benchmark (scripts/scale/scale.run.ts) in real Chromium with
// the production build: the dashboard, CSV and sync at 10,000 and 50,000 creators, two browser
// profiles measured in turn. Builds first unless `--no-build`; other arguments go to vitest.
// Environment: SCALE_SIZES=10000,50000 (sizes), SCALE_RUNS=5 (samples per operation),
// SCALE_COMPARE=DIR (another build measured in the same run, in turn with this one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const rest = args.filter((a) => a !== '--no-build');
process.env.CHROMIUM_PATH = findChromium();
if (build) {
  const wxt = spawnSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (wxt.status !== 0) process.exit(wxt.status ?? 1);
}
const extensionDir = process.env.E2E_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'scripts/scale/vitest.config.ts', ...rest],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
