#!/usr/bin/env node
// `npm run test:e2e`: finds (or, on a Debian CI box as root, installs) Chromium, and Xvfb and
// xdotool for the real key presses of the shortcut test (scripts/real-keyboard.mjs), checks that the
// extension is built, then runs the E2E specs with vitest.e2e.config.ts. Extra args go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { realKeyboardTools } from '../../scripts/real-keyboard.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.env.CHROMIUM_PATH = findChromium();
// Xvfb and xdotool for the shortcut test's real key presses (installed as root on Debian).
realKeyboardTools();
const extensionDir = process.env.E2E_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
