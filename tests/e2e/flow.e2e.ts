/**
 * The marketer's whole flow in real Chromium with the built extension, against the fixture
 * site (tests/fixtures/site/): score on the profile page, in-app navigation, shortlist,
 * popup, dashboard, CSV export.
 *
 * Expected values are computed BY HAND from the fixture data (not with the project's
 * scoring code). Rules (docs/scoring.md): ER = mean over the newest 10 eligible posts of
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
  waitForPosts,
} from './harness';

/*
 * Instagram lea.cuisine — 12,345 followers (header title "12,345", text "12.3K"); 12 posts:
 *   excluded: pinned (40 d, 4000+120), 10 h old (90+4), hidden likes (5 d, like_count 3),
 *             collab with chef.marco (9 d, 2400+100)
 *   eligible (8, newest first): 520+40=560, 610+50=660, 450+30=480, 700+40=740,
 *             380+20=400, 502+35=537, 560+45=605, 470+25=495
 *   sum = 560+660+480+740+400+537+605+495 = 4477; mean = 4477/8 = 559.625
 *   ER mean = 559.625 / 12345 × 100 = 4.5332… → "4.53"
 *   median: sorted 400,480,495,537,560,605,660,740 → (537+560)/2 = 548.5 → 548.5/12345×100 = 4.4431… → "4.44"
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
 *   520+22=542, 610+31=641, 480+18=498, 555+25=580, 430+20=450, 700+41=741, 505+19=524,
 *   590+30=620, 470+17=487, 530+24=554  (posts 11 and 12, 3000 and 3250, are outside the window)
 *   sum = 5637; mean = 563.7; ER = 563.7/25000×100 = 2.2548 → "2.25"
 *   median: sorted 450,487,498,524,542,554,580,620,641,741 → (542+554)/2 = 548 → 2.192 → "2.19"
 *   1.5 ≤ 2.25 < 3 → review; micro
 *   (If all 12 counted: mean 11887/12 = 990.6 → 3.96 → shortlist: the 10-post window matters.)
 */
const TOM: CardValues = {
  platform: 'instagram',
  handle: 'tom.trails',
  followers: '25000',
  tier: 'micro',
  er: '2.25',
  erMedian: '2.19',
  postsUsed: '10',
  verdict: 'review',
};

/*
 * TikTok nina.moves — 85,210 followers (statsV2 "85210", DOM "85.2K"); 14 videos:
 *   excluded: pinned (45 d), 30 h old, 60 h old (< 72 h)
 *   eligible 11; newest 10 (digg + comment; shares/saves/plays are not interactions):
 *   5300+140=5440, 6100+180=6280, 4900+120=5020, 5700+160=5860, 5200+130=5330,
 *   6400+200=6600, 4800+110=4910, 5500+150=5650, 5900+170=6070, 5100+125=5225
 *   sum = 56385; mean = 5638.5; ER = 5638.5/85210×100 = 6.6172… → "6.62"
 *   median: sorted 4910,5020,5225,5330,5440,5650,5860,6070,6280,6600 → (5440+5650)/2 = 5545
 *           → 5545/85210×100 = 6.5075… → "6.51"
 *   6.62 ≥ 5 → shortlist; micro
 */
const NINA: CardValues = {
  platform: 'tiktok',
  handle: 'nina.moves',
  followers: '85210',
  tier: 'micro',
  er: '6.62',
  erMedian: '6.51',
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
 *   945+35=980, 905+30=935, 1045+45=1090, 865+27=892, 995+40=1035, 925+33=958,
 *   835+25=860, 955+38=993, 1015+42=1057, 895+31=926  (the 11th, 1560, is outside)
 *   sum = 9726; mean = 972.6; ER = 972.6/23456×100 = 4.1465… → "4.15"
 *   median: sorted 860,892,926,935,958,980,993,1035,1057,1090 → (958+980)/2 = 969 → 4.1311… → "4.13"
 *   shortlist; micro
 */
const CAMILLE: CardValues = {
  platform: 'instagram',
  handle: 'camille.mode',
  followers: '23456',
  tier: 'micro',
  er: '4.15',
  erMedian: '4.13',
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

  beforeAll(async () => {
    ext = await launchExtension();
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

  it('after in-app navigation to another Instagram profile, scores the new creator, never the old', async () => {
    await markDocument(page);
    await page.locator('main a[href="/tom.trails/"]').first().click();
    await page.waitForURL('https://www.instagram.com/tom.trails/');
    await waitForPosts(page, 'tom.trails');
    expect(await isSameDocument(page)).toBe(true);
    // The previous creator's card must not survive the navigation.
    await expect
      .poll(() => page.locator('[data-testid="microscope-card"][data-handle="lea.cuisine"]').count(), {
        timeout: 5_000,
      })
      .toBe(0);
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

  it('after in-app navigation on TikTok, ignores the stale rehydration JSON and scores the new creator', async () => {
    await markDocument(page);
    await page.locator('a[href="/@theo.builds"]').first().click();
    await page.waitForURL('https://www.tiktok.com/@theo.builds');
    await waitForPosts(page, 'theo.builds');
    expect(await isSameDocument(page)).toBe(true);
    await expect
      .poll(() => page.locator('[data-testid="microscope-card"][data-handle="nina.moves"]').count(), {
        timeout: 5_000,
      })
      .toBe(0);
    await scoreProfile(page, 'theo.builds');
    expect(await readCard(page)).toEqual(THEO);
    await ext.screenshot(card(page), 'card-tiktok-theo.builds-after-navigation');
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
});
