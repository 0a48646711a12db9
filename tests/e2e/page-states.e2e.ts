/**
 * Reading profile pages in every state, in real Chromium against the fixture site
 * (tests/fixtures/site/README.md): a private Instagram account, an Instagram profile whose
 * posts all hide their like counts, comments of a post opened over the Instagram profile
 * (`/p/CODE/` in-app, the profile underneath), comments of a TikTok video opened from the
 * profile (the page's own `GET /api/comment/list/`), and Copy diagnostics.
 *
 * Expected values are worked out by hand from the fixture data:
 *
 * - secret.garden (IG, private): header 8,765 followers (title "8,765"), "This account is
 *   private", no posts JSON → verdict reject (hard rule "private account"), followers 8765,
 *   micro, ER and median empty (never 0), 0 posts used.
 * - hidden.hearts (IG): 15,200 followers; 12 posts, 3–25 days old, none pinned or collab,
 *   every one `like_and_view_counts_disabled: true` with `like_count: 3` → 0 eligible → posts
 *   used 0, ER empty, verdict insufficient-data; 12 excluded posts, each `likes-hidden`.
 * - olive.table (IG): COlv0000002 has 6 comments (in the page's own
 *   PolarisPostCommentsContainerQuery answer and in the dialog's DOM); COlv0000006 has 4
 *   comments that only the dialog's DOM shows. None is by the creator.
 *   Open COlv0000002, back, Score → 6 comments judged from 1 post; then open COlv0000006,
 *   back, Score → 10 comments from 2 posts.
 * - lou.paints (TikTok): its newest video has 5 comments in /api/comment/list/ → open it
 *   in-app, back, Score → 5 comments from 1 post.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  readCard,
  scoreProfile,
  ui,
  waitForPosts,
} from './harness';

async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __microscopeE2eSameDocument: true }));
}
async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as { __microscopeE2eSameDocument?: boolean }).__microscopeE2eSameDocument === true,
  );
}

/** `data-code` of every problem in the data-quality panel and every reason on the card. */
async function codes(page: Page): Promise<{ problems: string[]; reasons: string[] }> {
  const c = card(page);
  const problems = await c
    .getByTestId('microscope-data-quality')
    .locator('li[data-code]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
  const reasons = await c
    .locator('.ms-reasons li[data-code]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
  return { problems, reasons };
}

async function commentsUsed(page: Page): Promise<{ value: string | null; posts: string | null }> {
  const el = card(page).getByTestId('microscope-comments-used');
  return { value: await el.getAttribute('data-value'), posts: await el.getAttribute('data-posts') };
}

/** Scores again: the Score button when it shows, else the open card's Re-score button. */
async function rescore(page: Page, handle: string): Promise<void> {
  const button = ui(page).getByTestId('microscope-score-button');
  if (await button.isVisible().catch(() => false)) {
    await scoreProfile(page, handle);
    return;
  }
  await card(page).getByTestId('microscope-rescore').click();
}

describe('page states: private, hidden likes, opened posts and videos, diagnostics', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.instagram.com',
    });
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a private Instagram account: reject, followers shown, ER empty (never 0), says private', async () => {
    await openProfile(page, 'https://www.instagram.com/secret.garden/');
    await scoreProfile(page, 'secret.garden');
    await ext.screenshot(card(page), 'states-card-private');
    const values = await readCard(page);
    expect(values).toEqual({
      platform: 'instagram',
      handle: 'secret.garden',
      followers: '8765',
      tier: 'micro',
      er: '',
      erMedian: '',
      postsUsed: '0',
      verdict: 'reject',
    });
    // The visible ER text is not "0" either.
    const erText = (await card(page).getByTestId('microscope-er').textContent()) ?? '';
    expect(erText).not.toMatch(/^\s*0([.,]0+)?\s*%?\s*$/);
    const { problems, reasons } = await codes(page);
    expect([...problems, ...reasons].some((code) => /private/i.test(code))).toBe(true);
    // The card says so in words too.
    await expect.poll(async () => (await card(page).textContent())?.toLowerCase() ?? '').toMatch(/private/);
    // The page's own script asked for no posts: nothing was there to read.
    expect(ext.server.requests.filter((r) => r.startsWith('POST www.instagram.com/graphql/query'))).toEqual(
      [],
    );
  });

  it('every post hides its likes: 0 posts used, ER empty, insufficient data, each excluded as likes-hidden', async () => {
    await openProfile(page, 'https://www.instagram.com/hidden.hearts/');
    await scoreProfile(page, 'hidden.hearts');
    const values = await readCard(page);
    expect(values).toMatchObject({
      platform: 'instagram',
      handle: 'hidden.hearts',
      followers: '15200',
      tier: 'micro',
      er: '',
      erMedian: '',
      postsUsed: '0',
      verdict: 'insufficient-data',
    });
    const excluded = card(page).getByTestId('microscope-excluded-post');
    const reasons = await excluded.evaluateAll((els) => els.map((el) => el.getAttribute('data-reason')));
    expect(reasons).toHaveLength(12);
    expect(new Set(reasons)).toEqual(new Set(['likes-hidden']));
    // Open the used/excluded posts list for the screenshot.
    await card(page).locator('details:has([data-testid="microscope-excluded-post"]) > summary').click();
    await ext.screenshot(card(page), 'states-card-hidden-likes');
  });

  it('comments of a post opened over the Instagram profile count after going back and scoring', async () => {
    await openProfile(page, 'https://www.instagram.com/olive.table/');
    await markDocument(page);
    await page.locator('[data-grid-for="olive.table"] a[href="/p/COlv0000002/"]').click();
    await page.waitForURL('https://www.instagram.com/p/COlv0000002/');
    await page.locator('html[data-fixture-post-open="COlv0000002"]').waitFor({ state: 'attached' });
    await expect(page.locator('[role="dialog"] ul h3').count()).resolves.toBe(6);
    // The profile is still underneath.
    await expect(page.locator('[data-grid-for="olive.table"]').count()).resolves.toBe(1);
    await ext.screenshot(page, 'states-instagram-post-open');
    // Let the extension see the post page (it polls the URL twice a second).
    await page.waitForTimeout(1200);
    await page.goBack();
    await page.waitForURL('https://www.instagram.com/olive.table/');
    await expect(page.locator('[role="dialog"]').count()).resolves.toBe(0);
    expect(await isSameDocument(page)).toBe(true);
    await page.waitForTimeout(1200);

    await scoreProfile(page, 'olive.table');
    expect(await commentsUsed(page)).toEqual({ value: '6', posts: '1' });
    await card(page).getByTestId('microscope-comments').locator('summary').click();
    await ext.screenshot(card(page), 'states-card-instagram-comments');
  });

  it('a second opened post whose comments only its dialog shows (DOM) adds to the count', async () => {
    await page.locator('[data-grid-for="olive.table"] a[href="/p/COlv0000006/"]').click();
    await page.waitForURL('https://www.instagram.com/p/COlv0000006/');
    await page.locator('html[data-fixture-post-open="COlv0000006"]').waitFor({ state: 'attached' });
    await expect(page.locator('[role="dialog"] ul h3').count()).resolves.toBe(4);
    await page.waitForTimeout(1200);
    await page.goBack();
    await page.waitForURL('https://www.instagram.com/olive.table/');
    await page.waitForTimeout(1200);
    await rescore(page, 'olive.table');
    await expect.poll(() => commentsUsed(page), { timeout: 10_000 }).toEqual({ value: '10', posts: '2' });
  });

  it('Score while the post is open over the profile counts its comments (DOM only)', async () => {
    await page.locator('[data-grid-for="olive.table"] a[href="/p/COlv0000006/"]').click();
    await page.waitForURL('https://www.instagram.com/p/COlv0000006/');
    await page.locator('html[data-fixture-post-open="COlv0000006"]').waitFor({ state: 'attached' });
    // The dialog covers the card, so no mouse can reach Re-score; the keyboard still can (Tab to
    // it, Enter: a trusted click — the card ignores clicks that page scripts synthesise).
    await card(page).getByTestId('microscope-rescore').press('Enter');
    await expect.poll(() => commentsUsed(page), { timeout: 10_000 }).toEqual({ value: '10', posts: '2' });
    await page.goBack();
    await page.waitForURL('https://www.instagram.com/olive.table/');
  });

  it('comments of a TikTok video opened from the profile count after going back and scoring', async () => {
    await openProfile(page, 'https://www.tiktok.com/@lou.paints');
    await markDocument(page);
    const firstVideo = page.locator('[data-list-for="lou.paints"] a[href*="/video/"]').first();
    const href = (await firstVideo.getAttribute('href')) ?? '';
    const videoId = /\/video\/(\d+)/.exec(href)?.[1] ?? '';
    expect(videoId).toMatch(/^\d+$/);
    await firstVideo.click();
    await page.waitForURL(`https://www.tiktok.com/@lou.paints/video/${videoId}`);
    await page.locator(`html[data-fixture-comments-loaded="${videoId}"]`).waitFor({ state: 'attached' });
    await expect(page.locator('[data-e2e="comment-level-1"]').count()).resolves.toBe(5);
    expect(
      ext.server.requests.filter((r) => r.startsWith(`GET www.tiktok.com/api/comment/list/?`)).length,
    ).toBe(1);
    await ext.screenshot(page, 'states-tiktok-video-open');
    await page.waitForTimeout(1200);
    await page.goBack();
    await page.waitForURL('https://www.tiktok.com/@lou.paints');
    expect(await isSameDocument(page)).toBe(true);
    await waitForPosts(page, 'lou.paints');
    await page.waitForTimeout(1200);

    await scoreProfile(page, 'lou.paints');
    expect(await commentsUsed(page)).toEqual({ value: '5', posts: '1' });
    await card(page).getByTestId('microscope-comments').locator('summary').click();
    await ext.screenshot(card(page), 'states-card-tiktok-comments');
  });

  it('Copy diagnostics gives JSON with the handle and provenance, without bio or display name', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await scoreProfile(page, 'lea.cuisine');
    const c = card(page);
    await c.getByTestId('microscope-data-quality').locator('summary').click();
    await c.getByTestId('microscope-copy-diagnostics').click();
    let text = '';
    const fallback = c.getByTestId('microscope-diagnostics-text');
    await expect
      .poll(
        async () => {
          if (await fallback.count()) text = await fallback.inputValue();
          else text = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
          return text.length > 0;
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    const parsed = JSON.parse(text) as { handle?: string; provenance?: Record<string, string> };
    expect(parsed.handle).toBe('lea.cuisine');
    expect(parsed.provenance).toBeTypeOf('object');
    expect(Object.keys(parsed.provenance ?? {})).toContain('followers');
    // Nothing that identifies a person beyond the public handle.
    expect(text).not.toContain('Léa Martin');
    expect(text).not.toContain('Recettes de saison');
    expect(text).not.toContain('Paris');
  });
});
