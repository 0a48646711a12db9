/**
 * The shortlist workspace in real Chromium with the built extension:
 *
 * 1. Budgets at 10,000 creators, seeded straight into the extension's IndexedDB with the raw
 *    IndexedDB API from an extension page (the stored form the repository writes: pages of
 *    replicas and of their rows, lib/shortlist/pages.ts; nothing in the product knows about
 *    seeding). Measured in the page's own clock and printed: dashboard first rows ≤ 500 ms
 *    after navigation, sort ≤ 150 ms, filter keystroke ≤ 50 ms, CSV of 10,000 ≤ 1 s, popup
 *    first paint ≤ 150 ms.
 * 2. The marketer's flow: shortlist creators on their profiles, move them through the
 *    pipeline, write a note, enter an audit share, generate a brief, bulk-edit with undo,
 *    look at the campaign view, export a `;` CSV and check its columns.
 *
 * Run: `npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/workspace.e2e.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/exchange/csv';
import { syntheticReplicas } from '../helpers/seed';
import {
  ARTIFACTS_DIR,
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  scoreProfile,
} from './harness';
import { seedShortlist } from './seed-shortlist';

const N = 10_000;
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const BUDGET = { firstRows: 500, sort: 150, filterKeystroke: 50, csvExport: 1_000, popupPaint: 150 };
const measured: Record<string, number> = {};

/** Seeds `count` creators of the project's generator (tests/helpers/seed.ts). */
async function seed(page: Page, count: number): Promise<void> {
  await seedShortlist(page, syntheticReplicas(count));
}

/** Runs `act` in the page and returns the ms until `done()` holds and the next frame is painted. */
async function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(
    async ({ act, done }) => {
      const run = new Function(act) as () => void;
      const isDone = new Function(`return (${done});`) as () => boolean;
      const t0 = performance.now();
      run();
      await new Promise<void>((resolve) => {
        const check = () => (isDone() ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    },
    { act, done },
  );
}

/** Types into a React-controlled input the way a keystroke does (native setter + input event). */
function typeScript(testId: string, value: string): string {
  return `
    const input = document.querySelector('[data-testid="${testId}"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));`;
}

const FILTERED = `document.querySelector('[data-testid="microscope-filtered-count"]').getAttribute('data-value')`;

describe(`the workspace stays fast with ${N.toLocaleString('en')} creators`, () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    // The popup opens the database (Dexie creates the v2 schema), then the seed writes into it.
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page
      .locator('[data-testid="microscope-shortlist-count"][data-value="0"]')
      .waitFor({ timeout: 10_000 });
    await seed(page, N);
  });
  afterAll(async () => {
    console.log(
      `\nWorkspace budgets at ${N} creators (measured / budget, ms):\n${Object.entries(measured)
        .map(
          ([k, v]) =>
            `  ${k.padEnd(28)} ${v.toFixed(1).padStart(7)} / ${(BUDGET as Record<string, number>)[k] ?? '—'}`,
        )
        .join('\n')}\n`,
    );
    await ext?.close();
  });

  it('shows the first rows of the dashboard within 500 ms of navigation', async () => {
    await page.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await page.getByTestId('microscope-row').first().waitFor({ timeout: 10_000 });
    measured.firstRows = await page.evaluate(
      () => performance.getEntriesByName('microscope:first-rows')[0]?.startTime ?? Number.NaN,
    );
    expect(await page.getByTestId('microscope-shortlist-count').getAttribute('data-value')).toBe(String(N));
    // Then the whole list loads (filters and sorting wait for it).
    await page
      .locator(`[data-testid="microscope-filtered-count"][data-value="${N}"]`)
      .waitFor({ timeout: 10_000 });
    measured.wholeListLoaded = await page.evaluate(() => performance.now());
    // Virtualised: a screenful of rows in the DOM, not 10,000.
    const inDom = await page.getByTestId('microscope-row').count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(80);
    await ext.screenshot(page, 'workspace-dashboard-10000');
    expect(measured.firstRows).toBeLessThanOrEqual(BUDGET.firstRows);
  });

  it('sorts 10,000 rows within 150 ms', async () => {
    const sortBy = async (column: string) =>
      timeInPage(
        page,
        `document.querySelector('[data-testid="microscope-sort-${column}"]').click();`,
        `document.querySelector('[data-testid="microscope-sort-${column}"]').closest('th').getAttribute('aria-sort') !== 'none'`,
      );
    const times = [await sortBy('followers'), await sortBy('handle'), await sortBy('er')];
    console.log('sort times (followers, handle, er):', times.map((x) => x.toFixed(1)).join(', '));
    measured.sort = Math.max(...times);
    const first = await page.getByTestId('microscope-row').first().getAttribute('data-handle');
    expect(first).toBeTruthy();
    expect(measured.sort).toBeLessThanOrEqual(BUDGET.sort);
  });

  it('filters on each keystroke within 50 ms', async () => {
    const times: number[] = [];
    let previous = '';
    // Each keystroke: until the view shows the result for that text, and the next frame.
    for (const text of ['l', 'le', 'lea', 'lea.', 'lea.c']) {
      times.push(
        await timeInPage(
          page,
          typeScript('microscope-filter-text', text),
          `document.querySelector('[data-testid="microscope-filtered-count"]').getAttribute('data-query') === ${JSON.stringify(text)}`,
        ),
      );
      previous = (await page.getByTestId('microscope-filtered-count').getAttribute('data-value')) ?? '';
    }
    console.log('keystroke times:', times.map((x) => x.toFixed(1)).join(', '));
    // The machine is shared: hold the median keystroke to the budget, report the worst too.
    measured.filterKeystroke = median(times);
    measured.filterKeystrokeWorst = Math.max(...times);
    expect(Number(previous)).toBeGreaterThan(0);
    expect(Number(previous)).toBeLessThan(N);
    await ext.screenshot(page, 'workspace-dashboard-filtered');
    // Back to everything for the export.
    await timeInPage(page, typeScript('microscope-filter-text', ''), `${FILTERED} === '${N}'`);
    expect(measured.filterKeystroke).toBeLessThanOrEqual(BUDGET.filterKeystroke);
  });

  it('exports 10,000 creators as CSV within 1 s', async () => {
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByTestId('microscope-export-csv').click(),
    ]);
    measured.csvExport = Date.now() - t0;
    const file = join(ARTIFACTS_DIR, 'workspace-10000.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThanOrEqual(N + 1);
    expect(measured.csvExport).toBeLessThanOrEqual(BUDGET.csvExport);
  });

  it('paints the popup within 150 ms without loading the whole shortlist', async () => {
    // Opened three times (a cold extension page start is noisy here); the median is held to the budget.
    const paints: number[] = [];
    const apps: number[] = [];
    for (let run = 0; run < 3; run++) {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await expect
        .poll(() => popup.getByTestId('microscope-shortlist-count').getAttribute('data-value'), {
          timeout: 10_000,
        })
        .toBe(String(N));
      // The paint entry is queued once the frame is presented, which can come after the count
      // shows on a busy machine: wait for it (buffered) rather than read the list at once.
      const times = await popup.evaluate(async () => ({
        paint: await new Promise<number | undefined>((resolve) => {
          const timer = setTimeout(() => resolve(undefined), 5_000);
          new PerformanceObserver((list, observer) => {
            const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (!fcp) return;
            clearTimeout(timer);
            observer.disconnect();
            resolve(fcp.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
        app: performance.getEntriesByName('microscope:popup-rendered')[0]?.startTime,
      }));
      paints.push(times.paint ?? Number.NaN);
      apps.push(times.app ?? Number.NaN);
      if (run === 0) await ext.screenshot(popup, 'workspace-popup-10000');
      await popup.close();
    }
    console.log('popup first paint (3 opens):', paints.map((x) => x.toFixed(1)).join(', '));
    measured.popupPaint = median(paints);
    measured.popupAppRendered = median(apps);
    expect(measured.popupPaint).toBeLessThanOrEqual(BUDGET.popupPaint);
  });
});

describe('a marketer works the shortlist: pipeline, note, brief, bulk edit with undo, campaign view, CSV', () => {
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

  it('shortlists three creators from their profiles', async () => {
    for (const [url, handle] of [
      ['https://www.instagram.com/lea.cuisine/', 'lea.cuisine'],
      ['https://www.instagram.com/tom.trails/', 'tom.trails'],
      ['https://www.tiktok.com/@nina.moves', 'nina.moves'],
    ] as const) {
      await openProfile(page, url);
      await scoreProfile(page, handle);
      const add = card(page).getByTestId('microscope-add');
      await add.click();
      await expect.poll(() => add.getAttribute('data-value'), { timeout: 10_000 }).toBe('added');
    }
    dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await expect.poll(() => dashboard.getByTestId('microscope-row').count(), { timeout: 10_000 }).toBe(3);
  });

  it('opens a creator, moves it through the pipeline, writes a note and enters an audit share', async () => {
    await dashboard.locator('[data-testid="microscope-row"][data-handle="lea.cuisine"]').click();
    const detail = dashboard.locator('[data-testid="microscope-detail"][data-handle="lea.cuisine"]');
    await detail.waitFor();
    const pipeline = detail.getByTestId('microscope-pipeline');
    await detail.getByTestId('microscope-status-contacted').click();
    await expect.poll(() => pipeline.getAttribute('data-value')).toBe('contacted');
    await detail.getByTestId('microscope-status-brief-sent').click();
    await expect.poll(() => pipeline.getAttribute('data-value')).toBe('brief-sent');
    const row = dashboard.locator('[data-testid="microscope-row"][data-handle="lea.cuisine"]');
    await expect.poll(() => row.locator('.ms-status').getAttribute('data-value')).toBe('brief-sent');

    await detail.getByTestId('microscope-note').fill('Très réactive — <b>not bold</b>, tarif à négocier');
    await detail.getByTestId('microscope-assignee').click(); // blur saves the note
    await detail.getByTestId('microscope-note-saved').waitFor();
    await detail.getByTestId('microscope-assignee').fill('Anna');
    await detail.getByTestId('microscope-quoted-price').fill('450');
    await detail.getByTestId('microscope-audit-fake-share').fill('25');
    await detail.getByTestId('microscope-deliverables').click();
    await expect
      .poll(() => detail.getByTestId('microscope-effective-verdict').getAttribute('data-value'))
      .toBe('reject');
    await detail.getByTestId('microscope-verdict-override').waitFor();
    await detail.getByTestId('microscope-content-rights').check();
    await detail.getByTestId('microscope-tag-input').fill('spring');
    await detail.getByTestId('microscope-tag-add').click();
    await detail.locator('.ms-tag[data-value="spring"]').waitFor();
    await detail.evaluate((el) => el.scrollTo(0, 0));
    await ext.screenshot(dashboard, 'workspace-detail-top');
    // Hostile text stays text.
    expect(await dashboard.locator('.ms-detail b').count()).toBe(0);
  });

  it('generates the brief with the French disclosure wording and copies it', async () => {
    const brief = dashboard.getByTestId('microscope-brief');
    await brief.scrollIntoViewIfNeeded();
    const text = await brief.getByTestId('microscope-brief-text').inputValue();
    expect(text).toContain('1. Brand context');
    expect(text).toContain('5. Constraints and mandatory information');
    expect(text).toContain('"Publicité" or "Collaboration commerciale"');
    expect(text).toContain('Content rights: we plan to reuse this content');
    await brief.getByTestId('microscope-brief-language').selectOption('fr');
    const french = await brief.getByTestId('microscope-brief-text').inputValue();
    expect(french).toContain('« Publicité » ou « Collaboration commerciale »');
    await brief.getByTestId('microscope-brief-copy-markdown').click();
    await brief.getByTestId('microscope-brief-notice').waitFor();
    await ext.screenshot(dashboard, 'workspace-detail');
    await ext.screenshot(dashboard.getByTestId('microscope-detail'), 'workspace-detail-panel');
    await dashboard.getByTestId('microscope-detail-close').click();
  });

  it('bulk-moves every creator shown and undoes it', async () => {
    await dashboard.getByTestId('microscope-select-all').check();
    expect(await dashboard.getByTestId('microscope-selected-count').getAttribute('data-value')).toBe('3');
    await dashboard.getByTestId('microscope-bulk-status').selectOption('in-review');
    await dashboard.getByTestId('microscope-bulk-apply-status').click();
    const statuses = () =>
      dashboard
        .locator('[data-testid="microscope-row"] .ms-status')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')).sort());
    await expect.poll(statuses).toEqual(['in-review', 'in-review', 'in-review']);
    await dashboard.getByTestId('microscope-toast').waitFor();
    await ext.screenshot(dashboard, 'workspace-bulk-toast');
    await dashboard.getByTestId('microscope-undo').click();
    await expect.poll(statuses).toEqual(['brief-sent', 'candidate', 'candidate']);

    await dashboard.getByTestId('microscope-bulk-tag').fill('vip');
    await dashboard.getByTestId('microscope-bulk-add-tag').click();
    await expect
      .poll(() => dashboard.locator('[data-testid="microscope-row"] .ms-tag', { hasText: 'vip' }).count())
      .toBe(3);

    await dashboard.getByTestId('microscope-bulk-remove').click();
    await expect.poll(() => dashboard.getByTestId('microscope-row').count()).toBe(0);
    await dashboard.getByTestId('microscope-undo').click();
    await expect.poll(() => dashboard.getByTestId('microscope-row').count()).toBe(3);
  });

  it('shows the campaign view with totals and the guide sizing advice', async () => {
    await dashboard.getByTestId('microscope-tab-campaign').click();
    const view = dashboard.getByTestId('microscope-campaign-view');
    await view.waitFor();
    expect(await view.getByTestId('microscope-total-creators').getAttribute('data-value')).toBe('3');
    expect(
      Number(await view.getByTestId('microscope-total-reach').getAttribute('data-value')),
    ).toBeGreaterThan(0);
    expect(await view.getByTestId('microscope-sizing').getAttribute('data-state')).toBe('no-advice'); // engagement
    await ext.screenshot(dashboard, 'workspace-campaign-view');
    await dashboard.getByTestId('microscope-tab-shortlist').click();
  });

  it('exports a ";" CSV with a decimal comma and every column', async () => {
    await dashboard.getByTestId('microscope-export-options').click();
    const dialog = dashboard.getByTestId('microscope-export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('microscope-export-separator').selectOption(';');
    await dialog.getByTestId('microscope-export-decimal-comma').check();
    await ext.screenshot(dashboard, 'workspace-export-dialog');
    const [download] = await Promise.all([
      dashboard.waitForEvent('download', { timeout: 15_000 }),
      dialog.getByTestId('microscope-export-confirm').click(),
    ]);
    const file = join(ARTIFACTS_DIR, 'workspace-semicolon.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    const lea = parsed.data.find((r) => r.handle === 'lea.cuisine');
    expect(lea?.status).toBe('brief-sent');
    expect(lea?.er_mean_pct).toBe('4,53');
    expect(lea?.quoted_price).toBe('450,00');
    expect(lea?.audit_fake_share_pct).toBe('25,0');
    expect(lea?.assignee).toBe('Anna');
    expect(lea?.content_rights).toBe('yes');
    expect(lea?.tags).toBe('spring, vip');
    expect(lea?.notes).toContain('Très réactive');
  });

  it('the popup shows the counts, the campaign switcher and the links', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect
      .poll(() => popup.getByTestId('microscope-shortlist-count').getAttribute('data-value'), {
        timeout: 10_000,
      })
      .toBe('3');
    await popup.getByTestId('microscope-popup-message').waitFor();
    await popup.getByTestId('microscope-campaign-switcher').waitFor();
    expect(await popup.getByTestId('microscope-open-dashboard').getAttribute('href')).toContain(
      '/dashboard.html',
    );
    await ext.screenshot(popup, 'workspace-popup');
    await popup.close();
  });
});
