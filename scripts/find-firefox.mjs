#!/usr/bin/env node
/**
 * Finds a Firefox binary for the Firefox end-to-end tests.
 *
 * Order: $FIREFOX_PATH, Debian's firefox-esr, another installed Firefox. When none is found on
 * a Debian machine running as root (CI containers), installs Debian's `firefox-esr` with
 * apt-get. Otherwise throws with instructions. Never downloads a browser any other way.
 *
 * CLI: `node scripts/find-firefox.mjs` prints the path.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
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

/** @returns {string} absolute path of a Firefox executable */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH=${fromEnv} is not an executable file.`);
  }
  const found = firstFound();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/etc/debian_version') && isRoot) {
    console.error('[find-firefox] No Firefox found: installing Debian package "firefox-esr" with apt-get…');
    execSync('apt-get update && apt-get install -y firefox-esr', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = firstFound();
    if (installed) return installed;
    throw new Error('apt-get install firefox-esr finished but no firefox binary was found in /usr/bin.');
  }

  throw new Error(
    [
      'No Firefox found for the Firefox end-to-end tests.',
      'Install one, e.g. on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr',
      '(macOS: install Firefox), or point FIREFOX_PATH at the executable:',
      '  FIREFOX_PATH=/path/to/firefox npm run test:e2e:firefox',
    ].join('\n'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findFirefox());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
