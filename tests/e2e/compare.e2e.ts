/**
 * Side by side, in real Chromium: three creators scored on the fixture site and added to the
 * shortlist, selected in the dashboard and compared. Expected values come from the fixture site's
 * table (tests/fixtures/site/README.md), not from the product's code:
 *
 *   creator      | ER (mean) | verdict   | posts in the ER window (all dated)
 *   lea.cuisine  | 4.53 %    | shortlist | 8
 *   tom.trails   | 2.33 %    | review    | 10
 *   nina.moves   | 6.89 %    | shortlist | 10   (TikTok: its chart uses ER by views)
 *
 * So the ER row marks nina.moves better, the verdict row lea.cuisine and nina.moves (a tie), and
 * the chart has three lines of 8, 10 and 10 points. The CSV has one line per row on screen; the
 * print stylesheet shows the comparison alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  scoreProfile,
} from './harness';

const CREATORS = [
  ['https://www.instagram.com/lea.cuisine/', 'lea.cuisine'],
  ['https://www.instagram.com/tom.trails/', 'tom.trails'],
  ['https://www.tiktok.com/@nina.moves', 'nina.moves'],
] as const;

async function bestIn(dialog: ReturnType<Page['getByTestId']>, key: string): Promise<string[]> {
  const handles = await dialog
    .getByTestId('microscope-compare-creator')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-handle') ?? ''));
  const best = await dialog
    .locator(`[data-testid="microscope-compare-row"][data-key="${key}"] td`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-best') === 'true'));
  return handles.filter((_, i) => best[i]);
}

describe('comparing three creators side by side', () => {
  let ext: LaunchedExtension;
  let page: Page;
  let dashboard: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('scores the three and adds them to the shortlist', async () => {
    for (const [url, handle] of CREATORS) {
      await openProfile(page, url);
      await scoreProfile(page, handle);
      await card(page).getByTestId('microscope-add').click();
      await expect
        .poll(() => card(page).getByTestId('microscope-add').getAttribute('data-value'))
        .toBe('added');
    }
  });

  it('Compare needs two to four selected creators', async () => {
    dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    const rows = dashboard.getByTestId('microscope-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const select = (handle: string) =>
      dashboard.locator(
        `[data-testid="microscope-row"][data-handle="${handle}"] [data-testid="microscope-select-row"]`,
      );
    await select('lea.cuisine').check();
    const open = dashboard.getByTestId('microscope-compare-open');
    await expect(open.isDisabled()).resolves.toBe(true);
    await select('tom.trails').check();
    await select('nina.moves').check();
    await expect(open.isEnabled()).resolves.toBe(true);
    await expect(open.textContent()).resolves.toBe('Compare (3)');
  });

  it('shows every figure in a row, with the better value marked by a sign and a word', async () => {
    await dashboard.getByTestId('microscope-compare-open').click();
    const dialog = dashboard.getByTestId('microscope-compare');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getAttribute('role')).toBe('dialog');
    const handles = await dialog
      .getByTestId('microscope-compare-creator')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-handle')));
    expect([...handles].sort()).toEqual(['lea.cuisine', 'nina.moves', 'tom.trails']);

    const keys = await dialog
      .getByTestId('microscope-compare-row')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
    for (const key of [
      'verdict',
      'fit',
      'tier',
      'er',
      'erViews',
      'sub:engagement',
      'sub:commentQuality',
      'sub:authenticity',
      'sub:reach',
      'sub:consistency',
      'sub:hygiene',
      'sub:niche',
      'sub:value',
      'reach',
      'emv',
      'priceBand',
      'quote',
      'lowEffort',
      'languages',
      'signals',
      'disclosure',
    ])
      expect(keys, key).toContain(key);
    // How each row ranks, in words: a verdict by its order, a number by its size.
    const hint = (key: string) =>
      dialog
        .locator(`[data-testid="microscope-compare-row"][data-key="${key}"] th .ms-compare-sub`)
        .textContent();
    expect(await hint('verdict')).toBe('Shortlist, then Review, then Reject');
    expect(await hint('fit')).toBe('higher is better');

    const ers = await dialog
      .locator('[data-testid="microscope-compare-row"][data-key="er"] td')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value')).toFixed(2)));
    const order = handles as string[];
    const expected: Record<string, string> = {
      'lea.cuisine': '4.53',
      'tom.trails': '2.33',
      'nina.moves': '6.89',
    };
    expect(ers).toEqual(order.map((h) => expected[h]));
    expect(await bestIn(dialog, 'er')).toEqual(['nina.moves']);
    expect((await bestIn(dialog, 'verdict')).sort()).toEqual(['lea.cuisine', 'nina.moves']);
    const marked = dialog.locator(
      '[data-testid="microscope-compare-row"][data-key="er"] td[data-best="true"]',
    );
    await expect(marked.textContent()).resolves.toContain('▲ better');

    // Each sub-score with its weight in the fit.
    const engagement = await dialog
      .locator('[data-testid="microscope-compare-row"][data-key="sub:engagement"] td')
      .allTextContents();
    for (const text of engagement) expect(text).toMatch(/^\d+ · weight \d+ %/);
    // The three were scored from their grids, no post's comments opened: the comment rows and the
    // sub-scores without data say why, as the card does, instead of a bare dash or a bare 0 —
    // once under the row's name, as the reason is the same for all three.
    const why = (key: string) =>
      dialog
        .locator(
          `[data-testid="microscope-compare-row"][data-key="${key}"] th [data-testid="microscope-compare-why-row"]`,
        )
        .textContent();
    const noComments = 'No comments read yet: open a few posts to judge comment quality.';
    for (const key of ['sub:commentQuality', 'comments', 'lowEffort'])
      expect(await why(key), key).toBe(noComments);
    expect(await why('sub:niche')).toBe('Not scored: the campaign has no niche keywords.');
    expect(await why('quote')).toBe(
      'No quote recorded: enter the creator’s price in the detail panel (Quoted price).',
    );
    expect(await why('languages')).toBe(
      'No comment long enough to tell its language yet: open a few posts to read their comments.',
    );
    await expect.poll(() => dialog.getByTestId('microscope-compare-why').count()).toBe(0);

    const series = await dialog
      .getByTestId('microscope-compare-series')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-handle'), el.getAttribute('data-points')]),
      );
    expect(Object.fromEntries(series)).toEqual({
      'lea.cuisine': '8',
      'tom.trails': '10',
      'nina.moves': '10',
    });
    // Each line's rate is named in the legend: TikTok's by views, Instagram's by followers.
    const rates = await dialog
      .getByTestId('microscope-compare-chart-rate')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-handle'), el.getAttribute('data-value')]));
    expect(Object.fromEntries(rates)).toEqual({
      'lea.cuisine': 'followers',
      'tom.trails': 'followers',
      'nina.moves': 'views',
    });
    await expect.poll(() => dialog.getByTestId('microscope-compare-chart-basis').count()).toBe(1);
    // The dialog scrolls inside a fixed backdrop: the window is made as tall as the dialog for
    // its screenshot, which otherwise shows only what one window's height paints.
    const viewport = dashboard.viewportSize();
    const tall = await dialog.evaluate((el) => Math.ceil(el.getBoundingClientRect().height) + 64);
    if (viewport)
      await dashboard.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, tall) });
    await ext.screenshot(dialog, 'compare-three');
    if (viewport) await dashboard.setViewportSize(viewport);
    await ext.screenshot(dialog.locator('tbody').nth(2), 'compare-audience');
    await ext.screenshot(dialog.locator('tbody').nth(3), 'compare-money');
    await ext.screenshot(dialog.locator('tbody').nth(4), 'compare-risk');
    await ext.screenshot(dialog.getByTestId('microscope-compare-chart'), 'compare-chart');
  });

  it('exports the compared rows as a CSV', async () => {
    const dialog = dashboard.getByTestId('microscope-compare');
    const [download] = await Promise.all([
      dashboard.waitForEvent('download', { timeout: 15_000 }),
      dialog.getByTestId('microscope-compare-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^microscope-compare-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = join(ARTIFACTS_DIR, 'compare.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...lines] = parsed.data;
    expect(header?.[0]).toBe('Row');
    expect(header?.at(-2)).toBe('Better');
    expect(header?.at(-1)).toBe('Why a figure is missing');
    expect(header?.slice(1, -2).sort()).toEqual([
      'instagram:@lea.cuisine',
      'instagram:@tom.trails',
      'tiktok:@nina.moves',
    ]);
    const rowsOnScreen = await dialog.getByTestId('microscope-compare-row').count();
    expect(lines).toHaveLength(rowsOnScreen);
    const er = lines.find((l) => l[0] === 'Engagement rate (mean)');
    expect(er?.at(-2)).toBe('tiktok:@nina.moves');
    expect(er?.at(-1)).toBe('');
    // A figure missing for every creator: its cells empty, the reason the screen gives under the
    // row's name in the last column.
    const quality = lines.find((l) => l[0] === 'Comment quality');
    expect(quality?.slice(1, -2)).toEqual(['', '', '']);
    expect(quality?.at(-1)).toBe('No comments read yet: open a few posts to judge comment quality.');
    expect(lines.find((l) => l[0] === 'Niche fit')?.at(-1)).toBe(
      'Not scored: the campaign has no niche keywords.',
    );
    const col = (handle: string) => header?.indexOf(handle) ?? -1;
    expect(er?.[col('instagram:@lea.cuisine')]).toBe('4.53');
    expect(er?.[col('instagram:@tom.trails')]).toBe('2.33');
  });

  it('prints the comparison alone', async () => {
    await dashboard.emulateMedia({ media: 'print' });
    const rootShown = await dashboard.evaluate(
      () => getComputedStyle(document.getElementById('root') as Element).display,
    );
    expect(rootShown).toBe('none');
    await expect(dashboard.getByTestId('microscope-compare').isVisible()).resolves.toBe(true);
    await expect(dashboard.getByTestId('microscope-compare-csv').isVisible()).resolves.toBe(false);
    await dashboard.pdf({ path: join(ARTIFACTS_DIR, 'compare-print.pdf') });
    await ext.screenshot(dashboard, 'compare-print');
    await dashboard.emulateMedia({ media: 'screen' });
  });

  it('Esc closes it and gives focus back to the Compare button', async () => {
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dashboard.getByTestId('microscope-compare').count()).toBe(0);
    const focused = await dashboard.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focused).toBe('microscope-compare-open');
  });
});
