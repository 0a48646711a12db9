#!/usr/bin/env node
// `npm run test:e2e:firefox`: finds (or, on a Debian CI box as root, installs) Firefox, and Xvfb
// and xdotool for the shortcut test (scripts/real-keyboard.mjs), checks that
// the Firefox build exists, then runs the Firefox E2E specs with tests/e2e-firefox/vitest.config.ts.
// Extra args go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findFirefox } from '../../scripts/find-firefox.mjs';
import { realKeyboardTools } from '../../scripts/real-keyboard.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.env.FIREFOX_PATH = findFirefox();
// Xvfb and xdotool for the shortcut test's real key presses (installed as root on Debian).
realKeyboardTools();
const extensionDir = process.env.E2E_FIREFOX_EXTENSION_DIR ?? join(root, '.output/firefox-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No built extension in ${extensionDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'tests/e2e-firefox/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
