import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyPromise, readmePromise } from '@/scripts/privacy-policy.mjs';
import config from '@/wxt.config';

const ROOT = join(import.meta.dirname, '../../..');
/** The manifest WXT writes for Chrome (the same name and description for every browser). */
const manifest = (config.manifest as (env: { browser: string }) => { name: string; description: string })({
  browser: 'chrome',
});
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The text under `## Heading` in a listing file, up to the next `##` heading. */
function section(markdown: string, heading: string): string {
  const m = new RegExp(`^## ${heading}\\n\\n([\\s\\S]*?)(?=\\n## |(?![\\s\\S]))`, 'm').exec(markdown);
  if (!m?.[1]) throw new Error(`No "## ${heading}" section`);
  return m[1].trim();
}

describe('store packages and listings', () => {
  it('the privacy policy page states the README’s privacy promise word for word', () => {
    // On failure: npm run store:privacy copies the README's section into store/privacy-policy.md.
    expect(policyPromise()).toBe(readmePromise());
  });

  it('the manifest fits the Chrome Web Store limits (name ≤ 75, description ≤ 132 characters)', () => {
    expect(manifest.name.length).toBeLessThanOrEqual(75);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('the English and French listings have a name, a summary that fits both stores, and a description', () => {
    const en = read('store/listing.en.md');
    const fr = read('store/listing.fr.md');
    expect(section(en, 'Name')).toBe(manifest.name);
    // The English summary is the manifest description (Chrome shows the manifest's).
    expect(section(en, 'Summary').split('\n\n').at(-1)).toBe(manifest.description);
    expect(section(fr, 'Nom').length).toBeLessThanOrEqual(75);
    expect(section(fr, 'Résumé').split('\n\n').at(-1)?.length).toBeLessThanOrEqual(132);
    expect(section(en, 'Description').length).toBeGreaterThan(500);
    expect(section(fr, 'Description').length).toBeGreaterThan(500);
  });

  it('ships an icon at every size the stores ask for, at its stated size', () => {
    for (const size of [16, 32, 48, 96, 128]) {
      const path = join(ROOT, `public/icon/${size}.png`);
      expect(existsSync(path), `public/icon/${size}.png`).toBe(true);
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
