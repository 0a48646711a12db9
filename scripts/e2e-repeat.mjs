#!/usr/bin/env node
// `npm run test:e2e:repeat`: the whole E2E suite (Chromium, then Firefox) several times in a row on
// one build, to show it does not flake. Builds both packages first unless `--no-build`.
// `E2E_REPEAT=10` (default) sets the number of rounds. Every round runs to the end; a summary line
// per round gives each browser's exit status and the round's duration with the machine's load, and
// the command fails if any round failed.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.E2E_REPEAT ?? 10);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`E2E_REPEAT must be a whole number of rounds, 1 or more (got ${process.env.E2E_REPEAT}).`);
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) => spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit' }).status ?? 1;

if (!process.argv.includes('--no-build')) {
  for (const script of ['build', 'build:firefox']) {
    if (run(script) !== 0) process.exit(1);
  }
}

const summary = [];
for (let round = 1; round <= rounds; round++) {
  const started = Date.now();
  const chromium = run('test:e2e');
  const firefox = run('test:e2e:firefox');
  const seconds = Math.round((Date.now() - started) / 1000);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  summary.push({
    round,
    chromium,
    firefox,
    line: `round ${round}/${rounds}: Chromium ${chromium === 0 ? 'green' : 'RED'}, Firefox ${firefox === 0 ? 'green' : 'RED'}, ${seconds} s, load ${load}`,
  });
  console.log(`\n=== ${summary.at(-1).line}\n`);
}
console.log('\nE2E rounds:');
for (const s of summary) console.log(`  ${s.line}`);
const red = summary.filter((s) => s.chromium !== 0 || s.firefox !== 0).length;
console.log(red === 0 ? `All ${rounds} rounds green.` : `${red} of ${rounds} rounds red.`);
process.exit(red === 0 ? 0 : 1);
