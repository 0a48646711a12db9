#!/usr/bin/env node
/**
 * Finds a Chromium (or Chrome) binary for the E2E tests and the demo.
 *
 * Order: $CHROMIUM_PATH, Debian/Ubuntu chromium, installed Google Chrome. When none is found
 * on a Debian machine running as root (CI containers), installs Debian's `chromium` with
 * apt-get. Otherwise throws with instructions. Never downloads a browser any other way.
 *
 * CLI: `node scripts/find-chromium.mjs` prints the path.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function firstFound() {
  return CANDIDATES.find(isExecutable);
}

/** @returns {string} absolute path of a Chromium/Chrome executable */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
  }
  const found = firstFound();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/etc/debian_version') && isRoot) {
    console.error('[find-chromium] No Chromium found: installing Debian package "chromium" with apt-get…');
    execSync('apt-get update && apt-get install -y chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = firstFound();
    if (installed) return installed;
    throw new Error('apt-get install chromium finished but no chromium binary was found in /usr/bin.');
  }

  throw new Error(
    [
      'No Chromium or Google Chrome found for the end-to-end tests.',
      'Install one, e.g. on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      '(macOS: install Google Chrome or Chromium), or point CHROMIUM_PATH at the executable:',
      '  CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
    ].join('\n'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
