import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CapturedPayload } from '@/lib/sites/capture';
import { pickPayloads } from '@/lib/sites/capture-filter';

const FIXTURES = join(__dirname, '..', 'fixtures');

export function fixtureText(site: 'instagram' | 'tiktok', name: string): string {
  return readFileSync(join(FIXTURES, site, name), 'utf8');
}

/** Parse a fixture page the way the browser would (needs the happy-dom environment). */
export function fixtureDocument(site: 'instagram' | 'tiktok', name: string): Document {
  return new DOMParser().parseFromString(fixtureText(site, name), 'text/html');
}

/** A saved response body run through the same shape filter as the MAIN-world script. */
export function fixtureCaptured(site: 'instagram' | 'tiktok', name: string, url: string): CapturedPayload[] {
  const json: unknown = JSON.parse(fixtureText(site, name));
  return pickPayloads(json).map((p) => ({ kind: p.kind, url, data: p.data }));
}

/** 2025-06-01T00:00:00Z: the moment every fixture snapshot is taken. */
export const NOW = Date.UTC(2025, 5, 1);
