/**
 * Creators recognised everywhere, in real Chromium against the fixture site: once creators are
 * in the shortlist (scored and added with the card, as a user does), links to them carry a badge
 * — on search results pages of both sites (and in the suggestion strip those pages add after
 * their first render), and in comments (an Instagram post page, a TikTok video opened over the
 * profile, whose comments the page loads later). A creator added in another tab gets a badge on a
 * page already open; the options page's switch removes them.
 *
 * Expected (fixture site: tests/fixtures/site/README.md; verdicts from tests/e2e/flow.e2e.ts):
 *   lea.cuisine  instagram  shortlist  candidate  (commenter on olive.table's COlv0000002)
 *   nina.moves   tiktok     shortlist  candidate  (commenter on lou.paints' newest video)
 *   tom.trails   instagram  review     candidate  (added later, from another tab)
 * Links to creators not in the shortlist, avatar-only links and post links get no badge.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentWorld } from '../../scripts/content-ui.mjs';
import { type LaunchedExtension, launchExtension, openProfile, scoreProfile, ui } from './harness';

interface SeenBadge {
  href: string;
  /** The part of the page the link is in. */
  where: string;
  text: string;
  status: string | undefined;
  verdict: string | undefined;
  title: string;
}

/** Every badge on the page, read where only the extension can (its closed shadow roots). */
async function badgesOn(page: Page): Promise<SeenBadge[]> {
  return evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome?.dom;
    return [...document.querySelectorAll('microscope-badge')].map((host) => {
      const span = dom?.openOrClosedShadowRoot(host)?.querySelector('span');
      const link = host.parentElement as HTMLAnchorElement;
      const part = link.closest('[data-e2e="comment-list"], .comments, .suggested-list, .results, .more');
      return {
        href: new URL(link.href).pathname,
        where: part?.getAttribute('data-e2e') ?? part?.className ?? '',
        text: span?.textContent ?? '',
        status: span?.dataset.value,
        verdict: span?.dataset.verdict,
        title: span?.title ?? '',
      };
    });
  });
}

async function addWithCard(page: Page, url: string, handle: string): Promise<void> {
  await openProfile(page, url);
  await scoreProfile(page, handle);
  await ui(page).getByTestId('microscope-add').click();
  await expect.poll(() => ui(page).getByTestId('microscope-add').getAttribute('data-value')).toBe('added');
}

describe('badges on links to shortlisted creators', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension({ locale: 'en-US' });
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('no badge anywhere while the shortlist is empty', async () => {
    await page.goto('https://www.instagram.com/explore/search/keyword/?q=e');
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    expect(await badgesOn(page)).toEqual([]);
  });

  it('on an Instagram search page: the listed creator’s result and suggestion links, nothing else', async () => {
    await addWithCard(page, 'https://www.instagram.com/lea.cuisine/', 'lea.cuisine');
    await addWithCard(page, 'https://www.tiktok.com/@nina.moves', 'nina.moves');
    await page.goto('https://www.instagram.com/explore/search/keyword/?q=e');
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    // The result row, then the suggestion strip's text link (added by the page after its load);
    // the strip's avatar-only link to the same creator gets none.
    await expect.poll(() => badgesOn(page), { timeout: 10_000 }).toHaveLength(2);
    const badges = await badgesOn(page);
    expect(
      badges.map(({ href, where, text, status, verdict }) => ({ href, where, text, status, verdict })),
    ).toEqual([
      {
        href: '/lea.cuisine/',
        where: 'results',
        text: 'Candidate',
        status: 'candidate',
        verdict: 'shortlist',
      },
      { href: '/lea.cuisine/', where: 'more', text: 'Candidate', status: 'candidate', verdict: 'shortlist' },
    ]);
    expect(badges[0]?.title).toMatch(
      /^Microscope — @lea\.cuisine: Shortlist · Candidate · fit \d+ · ER 4\.53 % · scored \w{3} \d{1,2}, \d{4}$/,
    );
    // Other creators are listed on the page, unmarked.
    expect(await page.locator('a.result').count()).toBeGreaterThan(3);
    await ext.screenshot(page, 'badges-instagram-search');
  });

  it('on a TikTok search page', async () => {
    await page.goto('https://www.tiktok.com/search/user?q=o');
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    await expect.poll(() => badgesOn(page), { timeout: 10_000 }).toHaveLength(2);
    expect((await badgesOn(page)).map((b) => [b.href, b.where, b.status, b.verdict])).toEqual([
      ['/@nina.moves', 'results', 'candidate', 'shortlist'],
      ['/@nina.moves', 'more', 'candidate', 'shortlist'],
    ]);
    await ext.screenshot(page, 'badges-tiktok-search');
  });

  it('in comments: an Instagram post page, and a TikTok video’s comments loaded after it opened', async () => {
    await page.goto('https://www.instagram.com/p/COlv0000002/');
    await expect.poll(() => badgesOn(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await badgesOn(page)).map((b) => [b.href, b.where, b.status])).toEqual([
      ['/lea.cuisine/', 'comments', 'candidate'],
    ]);
    await ext.screenshot(page, 'badges-instagram-comments');

    await openProfile(page, 'https://www.tiktok.com/@lou.paints');
    const firstVideo = page.locator('[data-list-for="lou.paints"] a[href*="/video/"]').first();
    const videoId = /\/video\/(\d+)/.exec((await firstVideo.getAttribute('href')) ?? '')?.[1] ?? '';
    await firstVideo.click();
    await page.locator(`html[data-fixture-comments-loaded="${videoId}"]`).waitFor({ state: 'attached' });
    // The comment's name link has a badge; its avatar link (no text) has none. (lou.paints'
    // profile underneath suggests nina.moves too: that link has one as well.)
    await expect
      .poll(async () => (await badgesOn(page)).map((b) => [b.href, b.where, b.status]), { timeout: 10_000 })
      .toEqual([
        ['/@nina.moves', 'suggested-list', 'candidate'],
        ['/@nina.moves', 'comment-list', 'candidate'],
      ]);
    await ext.screenshot(page, 'badges-tiktok-comments');
  });

  it('a creator added in another tab gets a badge on a page already open; the switch removes them', async () => {
    await page.goto('https://www.instagram.com/explore/search/keyword/?q=o');
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    // q=o: tom.trails in the results (lea.cuisine is not); both in the suggestion strip.
    await expect
      .poll(async () => (await badgesOn(page)).map((b) => [b.href, b.where]))
      .toEqual([['/lea.cuisine/', 'more']]);
    const other = await ext.context.newPage();
    await addWithCard(other, 'https://www.instagram.com/tom.trails/', 'tom.trails');
    await expect
      .poll(async () => (await badgesOn(page)).map((b) => [b.href, b.where, b.verdict]), { timeout: 10_000 })
      .toEqual([
        ['/tom.trails/', 'results', 'review'],
        ['/lea.cuisine/', 'more', 'shortlist'],
        ['/tom.trails/', 'more', 'review'],
      ]);

    await other.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const toggle = other.getByTestId('microscope-setting-badges');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => badgesOn(page), { timeout: 10_000 }).toEqual([]);
    // Still off after a reload.
    await page.reload();
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('load');
    expect(await badgesOn(page)).toEqual([]);
    await toggle.check();
    await expect.poll(async () => (await badgesOn(page)).length, { timeout: 10_000 }).toBe(3);
    await other.close();
  });
});
