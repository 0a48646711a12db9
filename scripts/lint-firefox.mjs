#!/usr/bin/env node
/**
 * `npm run lint:firefox` (after `npm run build:firefox`): Mozilla's add-on linter (`web-ext
 * lint`, the checks addons.mozilla.org runs on upload) over the Firefox build.
 *
 * Passes with 0 errors and no warning other than the known ones below, each checked against the
 * code it points at; prints every message and a one-line summary. `--dir PATH` lints another
 * build. Uses web-ext's Node API (the CLI would also ask the npm registry for a newer web-ext).
 *
 * Known, explained (README, "Store packages"): React DOM assigns `innerHTML` in one place, for
 * the `dangerouslySetInnerHTML` prop, once in its attribute code and once in its custom-element
 * code. Microscope never passes that prop (Biome's security/noDangerouslySetInnerHtml rule is on),
 * so the assignment never runs; it ships in each bundle that includes React DOM.
 * The site content scripts import the extension's own modules (the extractors, the card) with
 * `import(runtime.getURL(path))`, `path` one of three fixed names (lib/content/start.ts): the
 * linter flags any import() whose argument is not a literal, and an extension's address cannot be
 * one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirArg = process.argv.indexOf('--dir');
const sourceDir = dirArg > 0 ? process.argv[dirArg + 1] : join(root, '.output/firefox-mv3');

/** The text around a message's line and column in the linted file. */
function contextOf(message, radius = 240) {
  if (!message.file || !message.line) return '';
  const lines = readFileSync(join(sourceDir, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const at = Math.max(0, (message.column ?? 1) - 1);
  return line.slice(Math.max(0, at - radius), at + radius);
}

/** Why a warning is expected, or undefined when it is not. */
function explain(message, context) {
  if (
    message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    /\.__html\b/.test(context) &&
    /\.innerHTML\s*=/.test(context)
  ) {
    return "React DOM's dangerouslySetInnerHTML path (the prop is never used)";
  }
  if (
    message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    /^content-scripts\//.test(message.file ?? '') &&
    /\bimport\(\w+\.runtime\.getURL\(\w+\)\)/.test(context)
  ) {
    return "the extension's own module, imported by its packaged address (runtime.getURL)";
  }
  return undefined;
}

const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', boring: true, ignoreFiles: [], warningsAsErrors: false },
  { shouldExitProgram: false },
);

let unexpected = 0;
const lines = [];
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const message of result[kind]) {
    const where = message.file
      ? `${message.file}${message.line ? `:${message.line}:${message.column}` : ''}`
      : '';
    const why = kind === 'warnings' ? explain(message, contextOf(message)) : undefined;
    if (kind === 'errors' || (kind === 'warnings' && !why)) unexpected++;
    lines.push(
      `  ${kind.slice(0, -1).padEnd(7)} ${message.code} ${where} ${why ? `— known: ${why}` : `— ${message.message}`}`,
    );
  }
}
const { errors, warnings, notices } = result.summary;
const explained = warnings - (unexpected - errors);
console.log(`web-ext lint ${relative(root, sourceDir) || sourceDir}:`);
if (lines.length) console.log(lines.join('\n'));
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings (${explained} known and explained, ${warnings - explained} to fix), ${notices} notices`,
);
process.exit(unexpected ? 1 : 0);
