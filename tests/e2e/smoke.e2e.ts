import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension } from './harness';

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

  it('asks for storage and the two sites only', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '{}');
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['storage', 'unlimitedStorage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([
      'https://www.instagram.com/*',
      'https://www.tiktok.com/*',
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    await page.close();
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
});
