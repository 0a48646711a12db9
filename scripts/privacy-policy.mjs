#!/usr/bin/env node
/**
 * `npm run store:privacy`: copies the README's "Privacy promise" section, word for word, into
 * the privacy policy page the stores link to (store/privacy-policy.md, between its
 * `privacy-promise` markers). tests/unit/build/store.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const README = join(root, 'README.md');
export const POLICY = join(root, 'store/privacy-policy.md');
const START =
  '<!-- privacy-promise:start (copied from README.md by npm run store:privacy; do not edit here) -->';
const END = '<!-- privacy-promise:end -->';

/** The body of the README's "## Privacy promise" section (without its heading), trimmed. */
export function readmePromise(readme = readFileSync(README, 'utf8')) {
  const m = /^## Privacy promise\n([\s\S]*?)(?=^## )/m.exec(readme);
  if (!m?.[1]) throw new Error('README.md has no "## Privacy promise" section.');
  return m[1].trim();
}

/** The promise block of the policy page, trimmed. */
export function policyPromise(policy = readFileSync(POLICY, 'utf8')) {
  const start = policy.indexOf(START);
  const end = policy.indexOf(END);
  if (start < 0 || end < start) throw new Error('store/privacy-policy.md has no privacy-promise markers.');
  return policy.slice(start + START.length, end).trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const policy = readFileSync(POLICY, 'utf8');
  const start = policy.indexOf(START);
  const end = policy.indexOf(END);
  if (start < 0 || end < start) throw new Error('store/privacy-policy.md has no privacy-promise markers.');
  const updated = `${policy.slice(0, start + START.length)}\n\n${readmePromise()}\n\n${policy.slice(end)}`;
  writeFileSync(POLICY, updated);
  console.log(
    updated === policy
      ? 'store/privacy-policy.md already matches README.md'
      : 'store/privacy-policy.md updated from README.md',
  );
}
