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
      };
    });
  });
}

/**
 * The badges' one tooltip, read where only the extension can (its closed shadow root): its text,
 * and whether it lies inside the viewport, or null while it is hidden.
 */
async function tooltipOn(page: Page): Promise<{ text: string; inView: boolean } | null> {
  return evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome?.dom;
    const host = document.querySelector('microscope-badge-tip');
    const box = host
      ? (dom?.openOrClosedShadowRoot(host)?.querySelector('[data-testid="microscope-badge-tooltip"]') as
          | HTMLElement
          | null
          | undefined)
      : null;
    if (!box || box.hidden) return null;
    const r = box.getBoundingClientRect();
    return {
      text: box.textContent ?? '',
      inView: r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
    };
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

  /** The content scripts the extension registered (the pages' signal, lib/page-signal/). */
  async function registeredScripts(): Promise<string[]> {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const ids = await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
      };
      return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
    });
    await popup.close();
    return ids;
  }

  it('no badge anywhere while the shortlist is empty, and nothing registered for the pages', async () => {
    await page.goto('https://www.instagram.com/explore/search/keyword/?q=e');
    await page.locator('html[data-fixture-search-more="1"]').waitFor({ state: 'attached' });
    expect(await badgesOn(page)).toEqual([]);
    expect(await registeredScripts()).toEqual([]);
  });

  it('a page opened while the shortlist was empty gets badges once the first creator is added', async () => {
    // `page` still shows the search page opened above; the creator is added in another tab.
    const other = await ext.context.newPage();
    await addWithCard(other, 'https://www.instagram.com/lea.cuisine/', 'lea.cuisine');
    await expect
      .poll(async () => (await badgesOn(page)).map((b) => [b.href, b.where, b.verdict]), { timeout: 10_000 })
      .toEqual([
        ['/lea.cuisine/', 'results', 'shortlist'],
        ['/lea.cuisine/', 'more', 'shortlist'],
      ]);
    expect(await registeredScripts()).toEqual(['microscope-page-signal']);
    await other.close();
  });

  it('on an Instagram search page: the listed creator’s result and suggestion links, nothing else', async () => {
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
    // The tooltip (fit, ER, last scored): one for the page, shown while the pointer is on a badge…
    const tooltip =
      /^Microscope — @lea\.cuisine: Shortlist · Candidate · fit \d+ · ER 4\.53 % · scored \w{3} \d{1,2}, \d{4}$/;
    expect(await tooltipOn(page)).toBeNull();
    await page.locator('microscope-badge').first().hover();
    await expect.poll(() => tooltipOn(page)).toEqual({ text: expect.stringMatching(tooltip), inView: true });
    await ext.screenshot(page, 'badges-instagram-tooltip');
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltipOn(page)).toBeNull();
    // …or while the keyboard's focus is on its link; Esc hides it.
    await page.locator('a.result', { has: page.locator('microscope-badge') }).focus();
    await expect.poll(() => tooltipOn(page)).toEqual({ text: expect.stringMatching(tooltip), inView: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipOn(page)).toBeNull();
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
    // On tom.trails' own profile (\`other\`): the suggestion of lea.cuisine has a badge; the
    // profile's own Posts tab, a link to tom.trails, has none (the card is about him already).
    await expect
      .poll(async () => (await badgesOn(other)).map((b) => [b.href, b.verdict]), { timeout: 10_000 })
      .toEqual([['/lea.cuisine/', 'shortlist']]);
    expect(await other.locator('a.tab[href="/tom.trails/"]').count()).toBe(1);

    // A status changed in the dashboard shows on the page open; every badge stays the same size
    // (what the page can measure of it), whatever it says, and each says all of it.
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await dashboard.locator('[data-testid="microscope-row"][data-handle="lea.cuisine"]').click();
    await dashboard
      .locator('[data-testid="microscope-detail"][data-handle="lea.cuisine"]')
      .getByTestId('microscope-status-in-review')
      .click();
    await expect
      .poll(async () => (await badgesOn(page)).map((b) => [b.href, b.text, b.status]), { timeout: 10_000 })
      .toEqual([
        ['/tom.trails/', 'Candidate', 'candidate'],
        ['/lea.cuisine/', 'In review', 'in-review'],
        ['/tom.trails/', 'Candidate', 'candidate'],
      ]);
    await dashboard.close();
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('microscope-badge')].map((host) => {
        const r = host.getBoundingClientRect();
        return `${r.width}×${r.height}`;
      }),
    );
    expect(sizes).toHaveLength(3);
    expect(new Set(sizes).size).toBe(1);
    expect(Number.parseFloat(sizes[0] ?? '')).toBeGreaterThan(30);
    const cut = await evaluateInContentWorld(page, () => {
      const dom = (
        globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
      ).chrome?.dom;
      return [...document.querySelectorAll('microscope-badge')].filter((host) => {
        const span = dom?.openOrClosedShadowRoot(host)?.querySelector('span');
        return !span || span.scrollWidth > span.clientWidth;
      }).length;
    });
    expect(cut).toBe(0);
    await ext.screenshot(page, 'badges-two-statuses');

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
