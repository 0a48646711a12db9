/**
 * The marketer's whole flow in real Chromium with the built extension, against the fixture
 * site (tests/fixtures/site/): score on the profile page, in-app navigation, shortlist,
 * popup, dashboard, CSV export.
 *
 * Likes vary across posts (coefficient of variation 0.25–0.32 for the creators expected
 * on the shortlist) so no authenticity signal fires on them by accident.
 * Expected values are computed BY HAND from the fixture data (not with the project's
 * scoring code). Rules (docs/method.md): ER = mean over the newest 10 eligible posts of
 * (likes + comments) / followers × 100; eligible excludes pinned, hidden likes, younger than
 * 48 h (Instagram) / 72 h (TikTok), collab (coauthors). Minimum ER 3 % IG / 5 % TikTok.
 * Verdict: < 3 eligible → insufficient-data; ER < minimum / 2 with ≥ 5 eligible → reject;
 * ER < minimum or < 5 eligible → review; else shortlist. Tiers: nano < 5,000 ≤ micro <
 * 100,000 ≤ macro < 1,000,000 ≤ mega.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  type CardValues,
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  readCard,
  scoreProfile,
  ui,
  waitForPosts,
} from './harness';

/*
 * Instagram lea.cuisine — 12,345 followers (header title "12,345", text "12.3K"); 12 posts:
 *   excluded: pinned (40 d, 4000+120), 10 h old (90+4), hidden likes (5 d, like_count 3),
 *             collab with chef.marco (9 d, 2400+100)
 *   eligible (8, newest first): 520+40=560, 610+50=660, 450+30=480, 780+40=820,
 *             300+20=320, 502+35=537, 560+45=605, 470+25=495
 *   sum = 560+660+480+820+320+537+605+495 = 4477; mean = 4477/8 = 559.625
 *   ER mean = 559.625 / 12345 × 100 = 4.5332… → "4.53"
 *   median: sorted 320,480,495,537,560,605,660,820 → (537+560)/2 = 548.5 → 548.5/12345×100 = 4.4431… → "4.44"
 *   4.53 ≥ 3 and 8 ≥ 5 eligible → shortlist; 12,345 → micro
 */
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

/*
 * Instagram tom.trails (reached by in-app navigation) — 25,000 followers; 12 posts, none
 * excluded (the newest is 60 h old ≥ 48 h), so the newest 10 count:
 *   800+30=830, 380+15=395, 690+28=718, 420+16=436, 760+32=792, 350+12=362, 610+24=634,
 *   470+20=490, 720+26=746, 400+17=417  (posts 11 and 12, 3000 and 3250, are outside the window)
 *   sum = 5820; mean = 582; ER = 582/25000×100 = 2.328 → "2.33"
 *   median: sorted 362,395,417,436,490,634,718,746,792,830 → (490+634)/2 = 562 → 2.248 → "2.25"
 *   1.5 ≤ 2.33 < 3 → review; micro
 *   (If all 12 counted: mean 12070/12 = 1005.8 → 4.02 → shortlist: the 10-post window matters.)
 */
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

/*
 * TikTok nina.moves — 85,210 followers (statsV2 "85210", DOM "85.2K"); 14 videos:
 *   excluded: pinned (45 d), 30 h old, 60 h old (< 72 h)
 *   eligible 11; newest 10 (digg + comment; shares/saves/plays are not interactions):
 *   7800+210=8010, 3900+95=3995, 6600+180=6780, 4200+100=4300, 8400+240=8640,
 *   3600+90=3690, 5800+150=5950, 7100+200=7300, 4500+120=4620, 5300+140=5440
 *   sum = 58725; mean = 5872.5; ER = 5872.5/85210×100 = 6.8918… → "6.89"
 *   median: sorted 3690,3995,4300,4620,5440,5950,6780,7300,8010,8640 → (5440+5950)/2 = 5695
 *           → 5695/85210×100 = 6.6835… → "6.68"
 *   6.89 ≥ 5 → shortlist; micro
 */
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

/*
 * TikTok theo.builds (reached by in-app navigation; the rehydration script still holds
 * nina.moves) — 1,248,903 followers (DOM "1.2M"; exact from /api/user/detail/ and
 * item authorStats); 8 videos, all ≥ 5 d old:
 *   18200+300=18500, 20100+400=20500, 17600+250=17850, 19300+350=19650, 21000+420=21420,
 *   16800+230=17030, 18900+310=19210, 20500+380=20880
 *   sum = 155040; mean = 19380; ER = 19380/1248903×100 = 1.5518… → "1.55"
 *   median: sorted 17030,17850,18500,19210,19650,20500,20880,21420 → (19210+19650)/2 = 19430 → 1.5558… → "1.56"
 *   1.55 < 5/2 = 2.5 with 8 ≥ 5 eligible → reject; mega
 */
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

/*
 * Instagram camille.mode, French page (<html lang="fr">, header "23,4 k", title "23 456"
 * with U+202F) — 23,456 followers; pinned excluded, 11 eligible, newest 10:
 *   1400+60=1460, 620+22=642, 1180+48=1228, 700+25=725, 1350+55=1405, 560+20=580,
 *   980+38=1018, 1250+50=1300, 640+24=664, 905+35=940  (the 11th, 1560, is outside)
 *   sum = 9962; mean = 996.2; ER = 996.2/23456×100 = 4.2471… → "4.25"
 *   median: sorted 580,642,664,725,940,1018,1228,1300,1405,1460 → (940+1018)/2 = 979 → 4.1738… → "4.17"
 *   shortlist; micro
 */
const CAMILLE: CardValues = {
  platform: 'instagram',
  handle: 'camille.mode',
  followers: '23456',
  tier: 'micro',
  er: '4.25',
  erMedian: '4.17',
  postsUsed: '10',
  verdict: 'shortlist',
};

/*
 * Instagram maison.verte — 1,179,867 followers (title "1,179,867", text "1.1M": truncated,
 * not rounded); 12 posts ≥ 3 d old, newest 10:
 *   23000+500=23500, 27100+700=27800, 21500+400=21900, 24900+500=25400, 29300+800=30100,
 *   22300+400=22700, 25700+600=26300, 24300+500=24800, 27900+700=28600, 22800+400=23200
 *   sum = 254300; mean = 25430; ER = 25430/1179867×100 = 2.1553… → "2.16"
 *   median: (24800+25400)/2 = 25100 → 2.1274… → "2.13"
 *   1.5 ≤ 2.16 < 3 → review; mega
 */
const MAISON: CardValues = {
  platform: 'instagram',
  handle: 'maison.verte',
  followers: '1179867',
  tier: 'mega',
  er: '2.16',
  erMedian: '2.13',
  postsUsed: '10',
  verdict: 'review',
};

/*
 * Instagram new.bakery — 1,840 followers; 3 posts, one 20 h old → 2 eligible (< 3) →
 * insufficient-data (no ER verdict, so ER values are not checked); nano.
 */
const BAKERY = {
  platform: 'instagram',
  handle: 'new.bakery',
  followers: '1840',
  tier: 'nano',
  postsUsed: '2',
};

/** Marks the current document so a later check can tell a reload (marker gone) from in-app navigation. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __microscopeE2eSameDocument: true }));
}
async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as { __microscopeE2eSameDocument?: boolean }).__microscopeE2eSameDocument === true,
  );
}

async function addToShortlist(page: Page): Promise<void> {
  const add = card(page).getByTestId('microscope-add');
  await add.click();
  await expect.poll(() => add.getAttribute('data-value'), { timeout: 10_000 }).toBe('added');
}

describe('a marketer scores creators on their profile pages and exports the shortlist', () => {
  let ext: LaunchedExtension;
  let page: Page;
  /** Every request any page or the extension's service worker made during the flow. */
  const requested: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ext.context.on('request', (request) => requested.push(request.url()));
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('scores an Instagram profile from the page’s own posts JSON and header', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await scoreProfile(page, 'lea.cuisine');
    expect(await readCard(page)).toEqual(LEA);
    await ext.screenshot(card(page), 'card-instagram-lea.cuisine');
    await ext.screenshot(page, 'page-instagram-lea.cuisine');
    await addToShortlist(page);
  });

  it('after in-app navigation to another Instagram profile, the previous creator’s card is gone', async () => {
    await markDocument(page);
    await page.locator('main a[href="/tom.trails/"]').first().click();
    await page.waitForURL('https://www.instagram.com/tom.trails/');
    await waitForPosts(page, 'tom.trails');
    expect(await isSameDocument(page)).toBe(true);
    await expect
      .poll(() => ui(page).locator('[data-testid="microscope-card"][data-handle="lea.cuisine"]').count(), {
        timeout: 5_000,
      })
      .toBe(0);
  });

  it('then scores the new Instagram creator, never the old', async () => {
    expect(page.url()).toBe('https://www.instagram.com/tom.trails/');
    await scoreProfile(page, 'tom.trails');
    expect(await readCard(page)).toEqual(TOM);
    await ext.screenshot(card(page), 'card-instagram-tom.trails-after-navigation');
    await addToShortlist(page);
  });

  it('scores a TikTok profile from the videos JSON the page fetched', async () => {
    await openProfile(page, 'https://www.tiktok.com/@nina.moves');
    await scoreProfile(page, 'nina.moves');
    expect(await readCard(page)).toEqual(NINA);
    await ext.screenshot(card(page), 'card-tiktok-nina.moves');
    await ext.screenshot(page, 'page-tiktok-nina.moves');
    await addToShortlist(page);
  });

  it('after in-app navigation on TikTok, the previous creator’s card is gone', async () => {
    await markDocument(page);
    await page.locator('a[href="/@theo.builds"]').first().click();
    await page.waitForURL('https://www.tiktok.com/@theo.builds');
    await waitForPosts(page, 'theo.builds');
    expect(await isSameDocument(page)).toBe(true);
    await expect
      .poll(() => ui(page).locator('[data-testid="microscope-card"][data-handle="nina.moves"]').count(), {
        timeout: 5_000,
      })
      .toBe(0);
  });

  it('then scores the new TikTok creator, ignoring the stale rehydration JSON', async () => {
    expect(page.url()).toBe('https://www.tiktok.com/@theo.builds');
    await scoreProfile(page, 'theo.builds');
    expect(await readCard(page)).toEqual(THEO);
    await ext.screenshot(card(page), 'card-tiktok-theo.builds-after-navigation');
  });

  it('going back in history scores the previous creator again', async () => {
    await markDocument(page);
    await page.goBack();
    await page.waitForURL('https://www.tiktok.com/@nina.moves');
    await waitForPosts(page, 'nina.moves');
    expect(await isSameDocument(page)).toBe(true);
    await scoreProfile(page, 'nina.moves');
    expect(await readCard(page)).toEqual(NINA);
  });

  it('reads a French page: "23,4 k" text and a "23 456" title give 23,456 followers', async () => {
    await openProfile(page, 'https://www.instagram.com/camille.mode/');
    await scoreProfile(page, 'camille.mode');
    expect(await readCard(page)).toEqual(CAMILLE);
    await ext.screenshot(card(page), 'card-instagram-camille.mode-fr');
  });

  it('takes the exact count from the title when the text is truncated ("1.1M" is 1,179,867)', async () => {
    await openProfile(page, 'https://www.instagram.com/maison.verte/');
    await scoreProfile(page, 'maison.verte');
    expect(await readCard(page)).toEqual(MAISON);
  });

  it('says "insufficient data" with fewer than 3 eligible posts', async () => {
    await openProfile(page, 'https://www.instagram.com/new.bakery/');
    await scoreProfile(page, 'new.bakery');
    const values = await readCard(page);
    expect({
      platform: values.platform,
      handle: values.handle,
      followers: values.followers,
      tier: values.tier,
      postsUsed: values.postsUsed,
    }).toEqual(BAKERY);
    expect(values.verdict).toBe('insufficient-data');
    await ext.screenshot(card(page), 'card-instagram-new.bakery-insufficient');
  });

  it('the popup shows the shortlist count', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const count = popup.getByTestId('microscope-shortlist-count');
    await expect.poll(() => count.getAttribute('data-value'), { timeout: 10_000 }).toBe('3');
    await ext.screenshot(popup, 'popup');
    await popup.close();
  });

  it('the dashboard lists the shortlist and exports an Excel-safe CSV', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    const rows = dashboard.getByTestId('microscope-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const handles = await rows.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-handle')?.replace(/^@/, '')),
    );
    expect(handles.sort()).toEqual(['lea.cuisine', 'nina.moves', 'tom.trails']);
    await ext.screenshot(dashboard, 'dashboard');

    const [download] = await Promise.all([
      dashboard.waitForEvent('download', { timeout: 15_000 }),
      dashboard.getByTestId('microscope-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = join(ARTIFACTS_DIR, 'shortlist.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // UTF-8 BOM so Excel reads accents
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const header = parsed.meta.fields ?? [];
    for (const column of [
      'platform',
      'handle',
      'followers',
      'tier',
      'er_mean_pct',
      'er_median_pct',
      'posts_used',
      'verdict',
    ]) {
      expect(header).toContain(column);
    }
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

  it('made no network requests of its own and replayed none of the site’s', () => {
    const foreign = requested.filter(
      (url) => !/^(https:\/\/www\.(instagram|tiktok)\.com\/|chrome-extension:|data:|blob:|about:)/.test(url),
    );
    expect(foreign).toEqual([]);
    // The pages' own scripts asked for posts once per profile shown: Instagram lea.cuisine,
    // tom.trails (in-app), camille.mode, maison.verte, new.bakery; TikTok nina.moves,
    // theo.builds (in-app) and nina.moves again (history back), each in-app view after one
    // /api/user/detail/. Any extra request is the extension's.
    const count = (pattern: RegExp) => ext.server.requests.filter((r) => pattern.test(r)).length;
    expect(count(/^POST www\.instagram\.com\/graphql\/query/)).toBe(5);
    expect(count(/^GET www\.tiktok\.com\/api\/post\/item_list\//)).toBe(3);
    expect(count(/^GET www\.tiktok\.com\/api\/user\/detail\//)).toBe(2);
  });
});
