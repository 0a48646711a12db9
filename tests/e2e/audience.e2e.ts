/**
 * Audience languages, in real Chromium: the campaign targets French on the options page; on
 * duo.voyages (IG) the user opens the post whose comments are in two languages, goes back and
 * scores; the card shows the language mix with the number of comments behind it, the mismatch
 * and its reason, and the niche sub-score falls; the creator goes to the shortlist and the
 * dashboard filters on it.
 *
 * Expected values, from the fixture (tests/fixtures/site/instagram.mjs, each comment labelled
 * with the language it was written in) and docs/method.md "N — Niche fit":
 * - CDuo0000002 has 39 comments: 24 English, 12 French, 3 too short to tell ("😍😍😍", "Wow!",
 *   "@nico_p 👀 #travel") → 36 in a recognised language (≥ 30: not low confidence), 3 undetermined.
 * - Target French: 12 / 36 = 33.3 % < 50 % → mismatch; the campaign has no keywords, so the niche
 *   fit is the language part alone: 100 × 33.3 / 50 = 66.6 → shown 67.
 * - Without target languages (the default campaign) the niche has no data and no reason is given.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, type LaunchedExtension, launchExtension, openProfile, scoreProfile } from './harness';

const PROFILE = 'https://www.instagram.com/duo.voyages/';
const POST = 'CDuo0000002';

async function openPostAndBack(page: Page): Promise<void> {
  await page.locator(`[data-grid-for="duo.voyages"] a[href="/p/${POST}/"]`).click();
  await page.waitForURL(`https://www.instagram.com/p/${POST}/`);
  await page.locator(`html[data-fixture-post-open="${POST}"]`).waitFor({ state: 'attached' });
  await expect(page.locator('[role="dialog"] ul h3').count()).resolves.toBe(39);
  // Let the extension see the post page (it polls the URL twice a second).
  await page.waitForTimeout(1200);
  await page.goBack();
  await page.waitForURL(PROFILE);
  await page.waitForTimeout(1200);
}

async function languages(page: Page) {
  const block = card(page).getByTestId('microscope-audience-languages');
  const items = await block
    .locator('li[data-language]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-language'), el.getAttribute('data-count')] as const),
    );
  return {
    value: await block.getAttribute('data-value'),
    comments: await block.getAttribute('data-comments'),
    confidence: await block.getAttribute('data-confidence'),
    fit: await block.getAttribute('data-fit'),
    items,
    text: (await block.textContent()) ?? '',
  };
}

async function reasonCodes(page: Page): Promise<string[]> {
  return card(page)
    .locator('.ms-reasons li[data-code]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
}

async function nicheValue(page: Page): Promise<string | null> {
  return card(page)
    .locator('[data-testid="microscope-subscore"][data-key="niche"]')
    .getAttribute('data-value');
}

describe('audience languages on a profile whose comments are in two languages', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('any language (the default): the mix is shown, with no target and no niche from it', async () => {
    await openProfile(page, PROFILE);
    await openPostAndBack(page);
    await scoreProfile(page, 'duo.voyages');
    const l = await languages(page);
    expect(l).toMatchObject({ value: 'en:24,fr:12', comments: '36', confidence: 'high', fit: '' });
    expect(l.items).toEqual([
      ['en', '24'],
      ['fr', '12'],
    ]);
    expect(l.text).toContain('from 36 comments in a recognised language');
    expect(l.text).toContain('3 comments too short or emoji only: not counted');
    expect(l.text).toContain('The campaign accepts any language.');
    expect(l.text).toContain('the one audience signal a tool in your browser can measure honestly');
    expect(await card(page).getByTestId('microscope-audience-languages-low').count()).toBe(0);
    expect(await reasonCodes(page)).not.toContain('audience-language-mismatch');
    expect(await nicheValue(page)).toBe('');
  });

  it('a French campaign: mismatch, its reason on the card, the niche from the languages', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const french = options.getByTestId('microscope-campaign-language-fr');
    await expect(french.isChecked()).resolves.toBe(false);
    await french.check();
    await options.getByTestId('microscope-campaign-save').click();
    const notice = options.getByTestId('microscope-campaign-notice');
    await notice.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await notice.getAttribute('class')).not.toContain('ms-error');
    await ext.screenshot(options.getByTestId('microscope-campaign-languages'), 'audience-options-languages');
    await options.reload();
    await expect(options.getByTestId('microscope-campaign-language-fr').isChecked()).resolves.toBe(true);
    await options.close();

    await page.bringToFront();
    await card(page).getByTestId('microscope-rescore').click();
    await expect.poll(() => languages(page).then((l) => l.fit), { timeout: 10_000 }).toBe('mismatch');
    const l = await languages(page);
    expect(l.value).toBe('en:24,fr:12');
    expect(l.text).toContain('Campaign languages French: 33 % of these comments — mismatch');
    expect(await card(page).getByTestId('microscope-audience-languages-fit').getAttribute('data-value')).toBe(
      'mismatch',
    );
    expect(await reasonCodes(page)).toContain('audience-language-mismatch');
    const reason = card(page).locator('.ms-reasons li[data-code="audience-language-mismatch"]');
    expect(await reason.getAttribute('class')).toContain('ms-reason-warn');
    // The reason starts with its spoken mark ("Warning:" for screen readers, an icon on screen).
    expect(await reason.textContent()).toContain(
      'Only 33.30 % of 36 comments in a recognised language are in French (a match needs 50 %); most are in English.',
    );
    expect(await nicheValue(page)).toBe('67');
    await ext.screenshot(card(page).getByTestId('microscope-audience-languages'), 'audience-card-languages');
    await ext.screenshot(card(page), 'audience-card');
  });

  it('the dashboard filters the shortlist on the audience’s languages', async () => {
    await card(page).getByTestId('microscope-add').click();
    await expect
      .poll(() => card(page).getByTestId('microscope-add').getAttribute('data-value'))
      .toBe('added');
    // A second creator, no comment read: too few comments to judge against French.
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await scoreProfile(page, 'lea.cuisine');
    expect(await languages(page)).toMatchObject({
      value: '',
      comments: '0',
      confidence: 'none',
      fit: 'unsure',
    });
    await card(page).getByTestId('microscope-add').click();
    await expect
      .poll(() => card(page).getByTestId('microscope-add').getAttribute('data-value'))
      .toBe('added');

    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    const rows = dashboard.getByTestId('microscope-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    const filter = dashboard.getByTestId('microscope-filter-audience-language');
    const shown = async () =>
      rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-handle')?.replace(/^@/, '')).sort());
    await filter.selectOption('mismatch');
    await expect.poll(shown).toEqual(['duo.voyages']);
    await filter.selectOption('main:en');
    await expect.poll(shown).toEqual(['duo.voyages']);
    await filter.selectOption('unsure');
    await expect.poll(shown).toEqual(['lea.cuisine']);
    await filter.selectOption('unmeasured');
    await expect.poll(shown).toEqual([]);
    await filter.selectOption('match');
    await expect.poll(shown).toEqual([]);
    const labels = await filter.locator('option').allTextContents();
    expect(labels).toContain('Mostly English');
    await filter.selectOption('mismatch');
    await ext.screenshot(dashboard, 'audience-dashboard-filter');
    await dashboard.close();
  });
});
