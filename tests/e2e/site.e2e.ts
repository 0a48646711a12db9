/**
 * The fixture site itself behaves like the real sites (independent of the extension's UI):
 * the pages' own scripts load their posts JSON, and in-app navigation swaps the profile
 * without a reload while leaving the embedded JSON and meta tags stale.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension, openProfile, waitForPosts } from './harness';

describe('the fixture site', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('Instagram: the page posts /graphql/query itself and renders 12 posts, pinned first', async () => {
    const graphql = page.waitForRequest((r) => r.url().endsWith('/graphql/query') && r.method() === 'POST');
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    const request = await graphql;
    expect(new URLSearchParams(request.postData() ?? '').get('variables')).toContain(
      '"username":"lea.cuisine"',
    );
    await expect(page.locator('main a[href^="/p/"], main a[href^="/reel/"]').count()).resolves.toBe(12);
    await expect(page.locator('[aria-label="Pinned post icon"]').count()).resolves.toBe(1);
    await expect(
      page.locator('header a[href$="/followers/"] span[title]').getAttribute('title'),
    ).resolves.toBe('12,345');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await ext.screenshot(page, 'site-instagram-lea.cuisine');
  });

  it('Instagram: clicking a profile link navigates in place, with stale meta', async () => {
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.locator('a[href="/tom.trails/"]').first().click();
    await page.waitForURL('https://www.instagram.com/tom.trails/');
    await waitForPosts(page, 'tom.trails');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await expect(page.title()).resolves.toContain('@tom.trails');
    await expect(page.locator('header h2').textContent()).resolves.toBe('tom.trails');
    await expect(
      page.locator('header a[href$="/followers/"] span[title]').getAttribute('title'),
    ).resolves.toBe('25,000');
    await expect(page.locator('meta[property="og:description"]').getAttribute('content')).resolves.toContain(
      '@lea.cuisine',
    );
    await expect(page.locator('main a[href^="/p/"], main a[href^="/reel/"]').count()).resolves.toBe(12);
    await ext.screenshot(page, 'site-instagram-tom.trails-after-navigation');
  });

  it('Instagram: the French page uses French formats', async () => {
    await openProfile(page, 'https://www.instagram.com/camille.mode/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const followers = page.locator('header a[href$="/followers/"] span[title]');
    await expect(followers.getAttribute('title')).resolves.toBe('23\u202f456');
    await expect(followers.textContent()).resolves.toBe('23,4\u00a0k');
    await ext.screenshot(page, 'site-instagram-camille.mode');
  });

  it('TikTok: the page fetches /api/post/item_list/ itself and renders its videos', async () => {
    const itemList = page.waitForResponse((r) => r.url().includes('/api/post/item_list/'));
    await openProfile(page, 'https://www.tiktok.com/@nina.moves');
    const response = await itemList;
    expect(response.url()).toContain('secUid=MS4wLjABAAAAnina_moves_secUid_fixture');
    const body = await response.json();
    expect(body.itemList).toHaveLength(14);
    await expect(page.locator('[data-e2e="user-post-item"]').count()).resolves.toBe(14);
    await expect(page.locator('[data-e2e="video-card-badge"]').count()).resolves.toBe(1);
    await expect(page.locator('strong[data-e2e="followers-count"]').textContent()).resolves.toBe('85.2K');
    const embedded = await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent();
    const detail = JSON.parse(embedded ?? '{}').__DEFAULT_SCOPE__['webapp.user-detail'];
    expect(detail.userInfo.statsV2.followerCount).toBe('85210');
    await ext.screenshot(page, 'site-tiktok-nina.moves');
  });

  it('TikTok: clicking a profile link navigates in place, with a stale rehydration script', async () => {
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const itemList = page.waitForRequest((r) =>
      r.url().includes('secUid=MS4wLjABAAAAtheo_builds_secUid_fixture'),
    );
    await page.locator('a[href="/@theo.builds"]').first().click();
    await page.waitForURL('https://www.tiktok.com/@theo.builds');
    await itemList;
    await waitForPosts(page, 'theo.builds');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await expect(page.locator('h1[data-e2e="user-title"]').textContent()).resolves.toBe('theo.builds');
    const embedded = await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent();
    expect(JSON.parse(embedded ?? '{}').__DEFAULT_SCOPE__['webapp.user-detail'].userInfo.user.uniqueId).toBe(
      'nina.moves',
    );
    await expect(page.locator('[data-e2e="user-post-item"]').count()).resolves.toBe(8);
    await ext.screenshot(page, 'site-tiktok-theo.builds-after-navigation');
  });

  it('answers 404 for unknown paths', async () => {
    await expect(
      page.goto('https://www.instagram.com/no.such.creator/').then((r) => r?.status()),
    ).resolves.toBe(404);
    await expect(page.goto('https://www.tiktok.com/@no.such.creator').then((r) => r?.status())).resolves.toBe(
      404,
    );
  });
});
