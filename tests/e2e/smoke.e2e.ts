import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, takeStoreScreenshots } from '../../scripts/store-screenshots.mjs';
import {
  ARTIFACTS_DIR,
  EXTENSION_DIR,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  scoreProfile,
  ui,
} from './harness';

/**
 * Text only each library's own code carries, for the libraries the scripts loaded into every page
 * must not bundle: they belong to the background, the extension's pages or the on-demand card.
 * (A name such as `ZodError` alone is not one: the always-on result type checks for it.)
 */
const KEPT_OFF_EVERY_PAGE: Record<string, string> = {
  zod: '_zod',
  dexie: 'Dexie',
  'wxt/storage': "You must add the 'storage' permission",
  react: 'react.transitional.element',
  tinyld: 'tinyld',
};

describe('the built extension loads in real Chromium with the fixture site', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts its service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = ext.context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
    expect(worker).toBeDefined();
  });

  it('asks for storage, scripting and the two sites only', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '{}');
    expect(manifest.manifest_version).toBe(3);
    // scripting: the small content script registered only while the pages' records matter
    // (lib/page-signal/registration.ts).
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage', 'unlimitedStorage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([
      'https://www.instagram.com/*',
      'https://www.tiktok.com/*',
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    await page.close();
  });

  it('loads none of the background’s or the card’s libraries into every page', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js?: string[] }[];
    };
    // With the script the extension registers for every page while the records matter.
    const files = [...manifest.content_scripts.flatMap((c) => c.js ?? []), 'page-signal.js'];
    expect(files.length).toBeGreaterThanOrEqual(4);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      return Object.entries(KEPT_OFF_EVERY_PAGE)
        .filter(([, marker]) => text.includes(marker))
        .map(([library]) => `${library} in ${file}`);
    });
    expect(found).toEqual([]);
    // The markers do find each library where it belongs.
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    for (const library of ['zod', 'dexie', 'wxt/storage', 'tinyld'])
      expect(background, library).toContain(KEPT_OFF_EVERY_PAGE[library]);
    const card = readFileSync(join(EXTENSION_DIR, 'score-card.js'), 'utf8');
    expect(card).toContain(KEPT_OFF_EVERY_PAGE.react);
  });

  it('reaches the fixture Instagram and TikTok pages at their real addresses', async () => {
    const page = await ext.context.newPage();
    const ig = await page.goto('https://www.instagram.com/lea.cuisine/');
    expect(ig?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('@lea.cuisine');
    const tt = await page.goto('https://www.tiktok.com/@nina.moves');
    expect(tt?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('@nina.moves');
    await page.close();
  });

  it('cannot reach any other host', async () => {
    const page = await ext.context.newPage();
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  it('takes the store screenshots `npm run demo` makes: five of 1280×800, card and dashboard drawn', async () => {
    // The dashboard's shot needs a creator in the shortlist.
    const page = await ext.context.newPage();
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await scoreProfile(page, 'lea.cuisine');
    await ui(page).getByTestId('microscope-add').click();
    await expect.poll(() => ui(page).getByTestId('microscope-add').getAttribute('data-value')).toBe('added');
    await page.close();
    const saved = await takeStoreScreenshots({
      context: ext.context,
      extensionId: ext.extensionId,
      outDir: join(ARTIFACTS_DIR, 'demo'),
    });
    expect(saved.map((file) => file.split('/').pop())).toEqual([
      '1-instagram-score-card.png',
      '2-tiktok-score-card.png',
      '3-posts-behind-the-numbers.png',
      '4-sub-scores.png',
      '5-shortlist-dashboard.png',
    ]);
    for (const file of saved) expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
  }, 120_000);
});
