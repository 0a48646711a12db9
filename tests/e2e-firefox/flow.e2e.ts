/**
 * The marketer's flow in real headless Firefox with the built Firefox add-on, against the
 * fixture site: score an Instagram and a TikTok profile (and the creator reached by in-app
 * navigation on each), check the card's values, add to the shortlist, see it in the popup and
 * the dashboard, export the CSV. Nothing may leave the machine: the proxy the browser goes
 * through refuses every host but the two sites, and the test fails if anything asked for one.
 *
 * The expected values are the ones worked out by hand from the fixture data in
 * tests/e2e/flow.e2e.ts (the Chromium flow), repeated here so each suite reads on its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, inEachRoot, inUi } from './closed-ui';
import {
  ARTIFACTS_DIR,
  type CardValues,
  cardClip,
  countCards,
  downloadedFiles,
  type LaunchedFirefoxExtension,
  launchFirefoxExtension,
  openExtensionPage,
  openProfile,
  scoreProfile,
  waitForDeep,
  waitForPosts,
} from './harness';

/** 12,345 followers; 8 eligible posts, (Σ likes + comments = 4477) / 8 / 12345 = 4.53 %, median 4.44 %. */
const LEA: CardValues = {
  platform: 'instagram',
  handle: 'lea.cuisine',
  followers: '12345',
  tier: 'micro',
  er: '4.53',
  erMedian: '4.44',
  postsUsed: '8',
  verdict: 'shortlist',
};
/** 25,000 followers; newest 10 of 12 posts, 5820 / 10 / 25000 = 2.33 %, median 2.25 % → review. */
const TOM: CardValues = {
  platform: 'instagram',
  handle: 'tom.trails',
  followers: '25000',
  tier: 'micro',
  er: '2.33',
  erMedian: '2.25',
  postsUsed: '10',
  verdict: 'review',
};
/** 85,210 followers; newest 10 of 11 eligible videos, 58725 / 10 / 85210 = 6.89 %, median 6.68 %. */
const NINA: CardValues = {
  platform: 'tiktok',
  handle: 'nina.moves',
  followers: '85210',
  tier: 'micro',
  er: '6.89',
  erMedian: '6.68',
  postsUsed: '10',
  verdict: 'shortlist',
};
/** 1,248,903 followers (exact from the API, page says "1.2M"); 8 videos, 1.55 %, median 1.56 % → reject. */
const THEO: CardValues = {
  platform: 'tiktok',
  handle: 'theo.builds',
  followers: '1248903',
  tier: 'mega',
  er: '1.55',
  erMedian: '1.56',
  postsUsed: '8',
  verdict: 'reject',
};

async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __microscopeE2eSameDocument: true }));
}
async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as { __microscopeE2eSameDocument?: boolean }).__microscopeE2eSameDocument === true,
  );
}

const ADD = '[data-testid="microscope-add"]';

async function addToShortlist(page: Page): Promise<void> {
  await clickInUi(page, ADD);
  const state = async () => {
    const out = await inUi(
      page,
      (root, css: string) => root.querySelector(css)?.getAttribute('data-value'),
      ADD,
    );
    return out.missing ? undefined : out.value;
  };
  await expect.poll(state, { timeout: 10_000 }).toBe('added');
  // The button lives on the page: its state is read there, not in the extension.
  expect(page.url()).toMatch(/^https:\/\/www\.(instagram|tiktok)\.com\//);
}

/** Follows an in-app link, checks the page did not reload and the previous creator's card is gone. */
async function navigateInApp(page: Page, linkSelector: string, url: string, previous: string): Promise<void> {
  await markDocument(page);
  await page.click(linkSelector);
  await page.waitForFunction((u) => location.href === u, { timeout: 15_000 }, url);
  await waitForPosts(page, new URL(url).pathname.replace(/^\/@?|\/$/g, ''));
  expect(await isSameDocument(page)).toBe(true);
  await expect.poll(() => countCards(page, previous), { timeout: 5_000 }).toBe(0);
}

describe('in Firefox, a marketer scores creators on their profile pages and exports the shortlist', () => {
  let ext: LaunchedFirefoxExtension;
  let page: Page;
  /** Every request the site tabs made during the flow. */
  const requested: string[] = [];

  beforeAll(async () => {
    ext = await launchFirefoxExtension();
    page = await ext.browser.newPage();
    page.on('request', (request) => {
      requested.push(request.url());
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('scores an Instagram profile from the page’s own posts JSON and header', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    expect(await scoreProfile(page, 'lea.cuisine')).toEqual(LEA);
    await ext.screenshot(page, 'card-instagram-lea.cuisine', await cardClip(page));
    await ext.screenshot(page, 'page-instagram-lea.cuisine');
    await addToShortlist(page);
  });

  it('after in-app navigation, scores the next Instagram creator, never the previous one', async () => {
    await navigateInApp(
      page,
      'main a[href="/tom.trails/"]',
      'https://www.instagram.com/tom.trails/',
      'lea.cuisine',
    );
    expect(await scoreProfile(page, 'tom.trails')).toEqual(TOM);
    await addToShortlist(page);
  });

  it('scores a TikTok profile from the videos JSON the page fetched', async () => {
    await openProfile(page, 'https://www.tiktok.com/@nina.moves');
    expect(await scoreProfile(page, 'nina.moves')).toEqual(NINA);
    await ext.screenshot(page, 'card-tiktok-nina.moves', await cardClip(page));
    await ext.screenshot(page, 'page-tiktok-nina.moves');
    await addToShortlist(page);
  });

  it('after in-app navigation on TikTok, scores the new creator, ignoring the stale rehydration JSON', async () => {
    await navigateInApp(page, 'a[href="/@theo.builds"]', 'https://www.tiktok.com/@theo.builds', 'nina.moves');
    expect(await scoreProfile(page, 'theo.builds')).toEqual(THEO);
    await ext.screenshot(page, 'card-tiktok-theo.builds-after-navigation', await cardClip(page));
  });

  it('the popup shows the shortlist count', async () => {
    const popup = await ext.browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    openExtensionPage(popup, ext.extensionOrigin, 'popup.html');
    const count = await waitForDeep(popup, '[data-testid="microscope-shortlist-count"]');
    await expect
      .poll(() => count.evaluate((el) => el.getAttribute('data-value')), { timeout: 10_000 })
      .toBe('3');
    // Firefox reports the shell's first contentful paint too: the app loaded after it, not
    // after the 2 s safety delay.
    const wait = await popup.evaluate(
      () =>
        (performance.getEntriesByName('microscope:popup-shell-wait')[0] as PerformanceMark | undefined)
          ?.detail as { how: string; ms: number } | undefined,
    );
    console.log(`Firefox popup: the app loaded after ${wait?.how} (${wait?.ms.toFixed(0)} ms)`);
    expect(wait?.how).toBe('painted');
    await ext.screenshot(popup, 'popup');
    await popup.close();
  });

  it('links to the shortlisted creators carry a badge with their status on a search page', async () => {
    // lea.cuisine (shortlist) and tom.trails (review) were added above, both "candidate" in the
    // pipeline; each has a result row and a text link in the strip the page adds after its load
    // (its avatar-only links get none); the other creators listed get none.
    const search = await ext.browser.newPage();
    await search.goto('https://www.instagram.com/explore/search/keyword/?q=e');
    await search.waitForSelector('html[data-fixture-search-more="1"]');
    const read = () =>
      inEachRoot(search, 'microscope-badge', (root) => {
        const span = root.querySelector('[data-testid="microscope-badge-status"]') as HTMLElement | null;
        const link = root.host.parentElement as HTMLAnchorElement;
        return {
          href: new URL(link.href).pathname,
          where: link.closest('.results, .more')?.className ?? '',
          text: span?.textContent ?? '',
          status: span?.dataset.value,
          verdict: span?.dataset.verdict,
        };
      });
    await expect.poll(async () => (await read()).length, { timeout: 10_000 }).toBe(4);
    const badge = (href: string, where: string, verdict: string) => ({
      href,
      where,
      text: 'Candidate',
      status: 'candidate',
      verdict,
    });
    expect(await read()).toEqual([
      badge('/lea.cuisine/', 'results', 'shortlist'),
      badge('/tom.trails/', 'results', 'review'),
      badge('/lea.cuisine/', 'more', 'shortlist'),
      badge('/tom.trails/', 'more', 'review'),
    ]);
    expect(await search.$$eval('a.result', (links) => links.length)).toBeGreaterThan(3);
    // Every badge the same size, measured in Firefox's content script (an OffscreenCanvas, so
    // in pixels, not the fallback in characters), and none cut short.
    const sizes = await inEachRoot(search, 'microscope-badge', (root) => {
      const span = root.querySelector('[data-testid="microscope-badge-status"]') as HTMLElement;
      const box = (root.host as HTMLElement).getBoundingClientRect();
      return {
        width: span.style.width,
        box: `${box.width}×${box.height}`,
        cut: span.scrollWidth > span.clientWidth,
      };
    });
    expect(sizes).toHaveLength(4);
    expect(sizes.every((s) => /^\d+px$/.test(s.width) && !s.cut)).toBe(true);
    expect(new Set(sizes.map((s) => s.box)).size).toBe(1);
    // The page's one tooltip shows while the real pointer is on a badge.
    const tooltip = () =>
      inEachRoot(search, 'microscope-badge-tip', (root) => {
        const box = root.querySelector('[data-testid="microscope-badge-tooltip"]') as HTMLElement | null;
        return box && !box.hidden ? (box.textContent ?? '') : null;
      });
    await search.hover('a.result microscope-badge');
    await expect
      .poll(async () => (await tooltip())[0], { timeout: 5_000 })
      .toMatch(
        /^Microscope — @lea\.cuisine: Shortlist · Candidate · fit \d+ · ER 4\.53 % · scored \w{3} \d{1,2}, \d{4}$/,
      );
    await ext.screenshot(search, 'badges-instagram-search');
    await search.close();
  });

  it('the dashboard lists the shortlist and exports an Excel-safe CSV', async () => {
    const dashboard = await ext.browser.newPage();
    openExtensionPage(dashboard, ext.extensionOrigin, 'dashboard.html');
    const rowHandles = () =>
      dashboard.$$eval('[data-testid="microscope-row"]', (rows) =>
        rows.map((row) => row.getAttribute('data-handle')?.replace(/^@/, '') ?? ''),
      );
    await expect.poll(async () => (await rowHandles()).length, { timeout: 15_000 }).toBe(3);
    expect((await rowHandles()).sort()).toEqual(['lea.cuisine', 'nina.moves', 'tom.trails']);
    await ext.screenshot(dashboard, 'dashboard');

    const exportButton = await waitForDeep(dashboard, '[data-testid="microscope-export-csv"]');
    await exportButton.click();
    await expect
      .poll(() => downloadedFiles(ext.downloadDir).filter((f) => f.endsWith('.csv')).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const [name] = downloadedFiles(ext.downloadDir).filter((f) => f.endsWith('.csv'));
    const text = readFileSync(join(ext.downloadDir, name ?? ''), 'utf8');
    writeFileSync(join(ARTIFACTS_DIR, 'shortlist.csv'), text); // kept next to the screenshots
    expect(text.charCodeAt(0)).toBe(0xfeff); // UTF-8 BOM so Excel reads accents
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    const byHandle = new Map(parsed.data.map((row) => [row.handle?.replace(/^@/, ''), row]));
    for (const expected of [LEA, TOM, NINA]) {
      const row = byHandle.get(expected.handle ?? '');
      expect(row, `CSV row for ${expected.handle}`).toBeDefined();
      expect({
        platform: row?.platform,
        followers: row?.followers,
        tier: row?.tier,
        er: row?.er_mean_pct,
        erMedian: row?.er_median_pct,
        postsUsed: row?.posts_used,
        verdict: row?.verdict,
      }).toEqual({
        platform: expected.platform,
        followers: expected.followers,
        tier: expected.tier,
        er: expected.er,
        erMedian: expected.erMedian,
        postsUsed: expected.postsUsed,
        verdict: expected.verdict,
      });
    }
    await dashboard.close();
  });

  it('nothing asked for any host but the two sites, and no site request was replayed', () => {
    const foreign = requested.filter(
      (url) => !/^(https:\/\/www\.(instagram|tiktok)\.com\/|moz-extension:|data:|blob:|about:)/.test(url),
    );
    expect(foreign).toEqual([]);
    // Every connection the browser tried went through the proxy: none to another host.
    expect(ext.proxy.refused).toEqual([]);
    expect(new Set(ext.proxy.tunnelled)).toEqual(new Set(['www.instagram.com:443', 'www.tiktok.com:443']));
    // The pages' own scripts asked for posts once per profile shown (lea.cuisine, tom.trails in
    // app; nina.moves, theo.builds in app after one /api/user/detail/). Any extra is the extension's.
    const count = (pattern: RegExp) => ext.server.requests.filter((r) => pattern.test(r)).length;
    expect(count(/^POST www\.instagram\.com\/graphql\/query/)).toBe(2);
    expect(count(/^GET www\.tiktok\.com\/api\/post\/item_list\//)).toBe(2);
    expect(count(/^GET www\.tiktok\.com\/api\/user\/detail\//)).toBe(1);
  });
});
