/**
 * Accessibility, themes and small screens, in real Chromium with the built extension:
 * - axe-core over the card (inside its shadow root), popup, dashboard, detail panel, sync drawer,
 *   export dialog, column chooser and options, in the light and the dark theme: no serious or
 *   critical violation (counts per surface printed and saved to .artifacts/a11y-axe.json);
 * - the card takes the site's theme (Instagram's class, TikTok's attribute) over the system's;
 * - keyboard only: Score → card → Esc back to Score; visible focus and the tab order of the
 *   dashboard; sortable headers with aria-sort; the detail panel, export dialog and sync drawer
 *   take the focus, keep it (the modal ones) and give it back; live regions;
 * - 200 % zoom (a 1280 × 900 window at 200 %: 640 × 450 CSS px) and 1280 px: nothing cut, the
 *   columns hidden and reordered by keyboard, the choice kept across a reload.
 * Screenshots of card, popup and dashboard in both themes land in tests/e2e/.artifacts/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentWorld } from '../../scripts/content-ui.mjs';
import { type AxeViolation, blocking, runAxe, runAxeOnPageUi } from './axe';
import {
  ARTIFACTS_DIR,
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  scoreProfile,
  ui,
} from './harness';

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const LEA = 'https://www.instagram.com/lea.cuisine/';
const TOM = 'https://www.instagram.com/tom.trails/';
const NINA = 'https://www.tiktok.com/@nina.moves';

/** Per surface and theme: violations by impact (written to .artifacts/a11y-axe.json). */
const axeCounts: Record<string, Record<string, number | string[]>> = {};

async function expectNoBlocking(page: Page, surface: string, context?: Record<string, unknown>) {
  record(surface, await runAxe(page, context));
}

function record(surface: string, violations: AxeViolation[]) {
  const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations)
    counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
  axeCounts[surface] = { ...counts, rules: violations.map((v) => `${v.impact} ${v.id}`) };
  const bad = blocking(violations);
  expect(bad, describeViolations(bad)).toEqual([]);
  return violations;
}

function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

type Focused = {
  testId: string | null;
  tag: string;
  text: string;
  inCard: boolean;
  inDialog: string | null;
  inDetail: boolean;
  ringVisible: boolean;
  onScreen: boolean;
};

/** Describes the focused element (run in the page, or in the content-script world for the card). */
function describeFocus(): Focused | undefined {
  const open = (el: Element): ShadowRoot | null => {
    const dom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome?.dom;
    return dom ? dom.openOrClosedShadowRoot(el) : el.shadowRoot;
  };
  let el: Element | null = document.activeElement;
  for (let root = el && open(el); root?.activeElement; root = open(root.activeElement))
    el = root.activeElement;
  if (!el || el === document.body) return undefined;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return {
    testId: el.getAttribute('data-testid'),
    tag: el.tagName.toLowerCase(),
    text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
    inCard: !!el.closest('[data-testid="microscope-card"]'),
    inDialog: el.closest('dialog[open]')?.getAttribute('data-testid') ?? null,
    inDetail: !!el.closest('[data-testid="microscope-detail"]'),
    ringVisible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    onScreen: rect.width > 0 && rect.height > 0,
  };
}

/** The element that has the keyboard focus on an extension page (open shadow roots only). */
async function focused(page: Page) {
  return page.evaluate(describeFocus);
}

/** The element that has the keyboard focus on a profile page, inside Microscope's closed root. */
async function focusedOnPage(page: Page): Promise<Focused | undefined> {
  return (await evaluateInContentWorld(page, describeFocus)) ?? undefined;
}

async function openExtensionPage(
  ext: LaunchedExtension,
  path: string,
  theme: Theme,
  size = { width: 1280, height: 900 },
) {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

async function openDashboard(ext: LaunchedExtension, theme: Theme, size?: { width: number; height: number }) {
  const page = await openExtensionPage(ext, 'dashboard.html', theme, size);
  await expect.poll(() => page.getByTestId('microscope-row').count(), { timeout: 10_000 }).toBe(3);
  // Export is offered once the whole list has loaded (the first rows can show before it).
  await expect
    .poll(() => page.getByTestId('microscope-export-csv').isEnabled(), { timeout: 10_000 })
    .toBe(true);
  return page;
}

/** The background colour the card is painted with, and the theme it was given. */
async function cardTheme(page: Page) {
  return evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome.dom;
    const host = document.querySelector('microscope-ui');
    const shadow = host ? dom.openOrClosedShadowRoot(host) : null;
    const root = shadow?.querySelector('.ms-root');
    const c = shadow?.querySelector('[data-testid="microscope-card"]');
    return {
      theme: root?.getAttribute('data-ms-theme') ?? null,
      background: c ? getComputedStyle(c).backgroundColor : null,
    };
  });
}

/** Opens or folds every section of the card. */
async function openSections(page: Page, open: boolean) {
  await evaluateInContentWorld(
    page,
    (value: boolean) => {
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const host = document.querySelector('microscope-ui');
      const shadow = host ? dom.openOrClosedShadowRoot(host) : null;
      for (const d of shadow?.querySelectorAll('details') ?? []) d.open = value;
    },
    open,
  );
}

/** Gives the keyboard focus to Score (as Tab would), inside the closed root. */
async function focusScore(page: Page) {
  await evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome.dom;
    const host = document.querySelector('microscope-ui');
    const shadow = host ? dom.openOrClosedShadowRoot(host) : null;
    shadow?.querySelector<HTMLElement>('[data-testid="microscope-score-button"]')?.focus();
  });
}

describe('accessibility, themes and small screens', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    for (const url of [LEA, TOM, NINA]) {
      await openProfile(page, url);
      const handle = new URL(url).pathname.replace(/^\/@?/, '').replace(/\/$/, '');
      await scoreProfile(page, handle);
      const add = card(page).getByTestId('microscope-add');
      await add.click();
      // (expect.poll is for tests only: a plain wait here.)
      const deadline = Date.now() + 10_000;
      while ((await add.getAttribute('data-value')) !== 'added') {
        if (Date.now() > deadline) throw new Error(`${handle} was not added`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });

  afterAll(async () => {
    writeFileSync(join(ARTIFACTS_DIR, 'a11y-axe.json'), `${JSON.stringify(axeCounts, null, 2)}\n`);
    console.log('axe violations (nodes) by surface:');
    for (const [surface, counts] of Object.entries(axeCounts))
      console.log(`  ${surface}: ${JSON.stringify(counts)}`);
    await ext?.close();
  });

  for (const theme of THEMES) {
    it(`the card (${theme}, from the system) has no serious or critical axe violation`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await openProfile(page, LEA);
      const c = await scoreProfile(page, 'lea.cuisine');
      expect((await cardTheme(page)).theme).toBe(theme);
      // Open every folding section so axe sees all of the card.
      await openSections(page, true);
      const { violations, contrastChecked } = await runAxeOnPageUi(page, '.ms-root');
      // axe really read the card inside its closed root: dozens of its texts had their contrast measured.
      expect(contrastChecked).toBeGreaterThan(30);
      record(`card ${theme}`, violations);
      await openSections(page, false);
      await ext.screenshot(c, `a11y-card-${theme}`);
    });

    it(`the popup (${theme}), on a scored profile, has no serious or critical axe violation`, async () => {
      // The popup reads the active tab: the profile is brought to the front before it loads.
      await openProfile(page, TOM);
      await scoreProfile(page, 'tom.trails');
      const popup = await ext.context.newPage();
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 400, height: 760 });
      await page.bringToFront();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await expect
        .poll(() => popup.getByTestId('microscope-shortlist-count').getAttribute('data-value'))
        .toBe('3');
      await popup.getByTestId('microscope-card').waitFor();
      await popup.getByTestId('microscope-popup-shortlisted').waitFor();
      await expectNoBlocking(popup, `popup ${theme}`);
      await popup.bringToFront();
      await ext.screenshot(popup, `a11y-popup-${theme}`);
      await popup.close();
    });

    it(`the dashboard, detail panel, export dialog, sync drawer and column chooser (${theme}) pass axe`, async () => {
      const dash = await openDashboard(ext, theme);
      await expectNoBlocking(dash, `dashboard ${theme}`);
      await ext.screenshot(dash, `a11y-dashboard-${theme}`);

      await dash
        .locator(
          '[data-testid="microscope-row"][data-handle="lea.cuisine"] [data-testid="microscope-open-detail"]',
        )
        .click();
      const detail = dash.getByTestId('microscope-detail');
      await expect.poll(() => detail.getAttribute('data-handle')).toBe('lea.cuisine');
      await expectNoBlocking(dash, `detail panel ${theme}`);
      await ext.screenshot(dash, `a11y-detail-${theme}`);
      await dash.getByTestId('microscope-detail-close').click();

      await dash.getByTestId('microscope-export-options').click();
      await dash.getByTestId('microscope-export-dialog').waitFor();
      await expectNoBlocking(dash, `export dialog ${theme}`);
      await ext.screenshot(dash, `a11y-export-${theme}`);
      await dash.keyboard.press('Escape');
      await dash.getByTestId('microscope-export-dialog').waitFor({ state: 'detached' });

      await dash.getByTestId('microscope-sync-open').click();
      await dash.getByTestId('microscope-sync-drawer').waitFor();
      await expectNoBlocking(dash, `sync drawer ${theme}`);
      await ext.screenshot(dash, `a11y-sync-${theme}`);
      await dash.keyboard.press('Escape');
      await dash.getByTestId('microscope-sync-drawer').waitFor({ state: 'detached' });

      await dash.getByTestId('microscope-columns').click();
      await dash.getByTestId('microscope-columns-panel').waitFor();
      await expectNoBlocking(dash, `column chooser ${theme}`);
      await dash.keyboard.press('Escape');

      await dash.getByTestId('microscope-tab-campaign').click();
      await expectNoBlocking(dash, `campaign view ${theme}`);
      await dash.close();
    });

    it(`the options page (${theme}) has no serious or critical axe violation`, async () => {
      const options = await openExtensionPage(ext, 'options.html', theme);
      await options.getByTestId('microscope-campaign-form').waitFor();
      await expectNoBlocking(options, `options ${theme}`);
      await ext.screenshot(options, `a11y-options-${theme}`);
      await options.close();
    });
  }

  it("the card takes the site's theme over the system's, and follows the site's switch", async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openProfile(page, LEA);
    await scoreProfile(page, 'lea.cuisine');
    const light = await cardTheme(page);
    expect(light.theme).toBe('light');
    // Instagram in dark mode: <html class="… __fb-dark-mode">.
    await page.evaluate(() => document.documentElement.classList.add('__fb-dark-mode'));
    await expect.poll(async () => (await cardTheme(page)).theme).toBe('dark');
    const dark = await cardTheme(page);
    expect(dark.background).not.toBe(light.background);
    await ext.screenshot(card(page), 'a11y-card-instagram-dark-class');

    // TikTok says light (data-tux-color-scheme) while the system is dark: the site wins.
    await page.emulateMedia({ colorScheme: 'dark' });
    await openProfile(page, NINA);
    await scoreProfile(page, 'nina.moves');
    expect((await cardTheme(page)).theme).toBe('dark');
    await page.evaluate(() => document.documentElement.setAttribute('data-tux-color-scheme', 'light'));
    await expect.poll(async () => (await cardTheme(page)).theme).toBe('light');
    expect((await cardTheme(page)).background).toBe(light.background);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('by keyboard: Score opens the card, Tab goes into it, Esc closes it and focuses Score; the verdict is announced', async () => {
    await openProfile(page, LEA);
    await focusScore(page);
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    expect((await focusedOnPage(page))?.testId).toBe('microscope-score-button');
    await expect
      .poll(() => ui(page).getByTestId('microscope-announce').textContent())
      .toMatch(/@lea\.cuisine scored: .*Shortlist/);
    await page.keyboard.press('Tab');
    const inside = await focusedOnPage(page);
    expect(inside?.inCard).toBe(true);
    expect(inside?.ringVisible).toBe(true);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect((await focusedOnPage(page))?.testId).toBe('microscope-score-button');
    expect((await focusedOnPage(page))?.ringVisible).toBe(true);
  });

  it('the dashboard by keyboard: tab order follows the layout, every stop shows its focus', async () => {
    const dash = await openDashboard(ext, 'light');
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 24; i++) {
      await dash.keyboard.press('Tab');
      const f = await focused(dash);
      if (f) stops.push(f);
    }
    const ids = stops.map((s) => s.testId ?? s.tag);
    const order = [
      'microscope-tab-shortlist',
      'microscope-tab-campaign',
      'microscope-sync-open',
      'microscope-export-csv',
      'microscope-export-options',
      'microscope-filter-text',
      'microscope-columns',
      'microscope-select-all',
      'microscope-sort-handle',
    ];
    const positions = order.map((id) => ids.indexOf(id));
    expect(
      positions.every((p) => p >= 0),
      `tab stops: ${ids.join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const hidden = stops.filter((s) => !s.ringVisible || !s.onScreen);
    expect(hidden, JSON.stringify(hidden)).toEqual([]);
    await dash.close();
  });

  it('sorts from the keyboard, with aria-sort on the header', async () => {
    const dash = await openDashboard(ext, 'light');
    const header = dash.locator('th.ms-col-followers');
    expect(await header.getAttribute('aria-sort')).toBe('none');
    expect(await dash.locator('th.ms-col-tags').getAttribute('aria-sort')).toBeNull();
    await dash.getByTestId('microscope-sort-followers').focus();
    await dash.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toMatch(/^(ascending|descending)$/);
    const first = await header.getAttribute('aria-sort');
    const handles = () =>
      dash
        .getByTestId('microscope-row')
        .evaluateAll((rows) =>
          rows
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map((r) => r.getAttribute('data-handle')),
        );
    // lea.cuisine 12,345 < tom.trails 25,000 < nina.moves 85,210 followers.
    const ascending = ['lea.cuisine', 'tom.trails', 'nina.moves'];
    await expect.poll(handles).toEqual(first === 'ascending' ? ascending : [...ascending].reverse());
    await dash.keyboard.press('Space');
    await expect
      .poll(() => header.getAttribute('aria-sort'))
      .toBe(first === 'ascending' ? 'descending' : 'ascending');
    await expect.poll(handles).toEqual(first === 'ascending' ? [...ascending].reverse() : ascending);
    await dash.close();
  });

  it('the detail panel takes the focus and Esc gives it back to the row; the filter count is a live region', async () => {
    const dash = await openDashboard(ext, 'light');
    const open = dash.locator(
      '[data-testid="microscope-row"][data-handle="tom.trails"] [data-testid="microscope-open-detail"]',
    );
    await open.focus();
    await dash.keyboard.press('Enter');
    await expect
      .poll(() => dash.getByTestId('microscope-detail').getAttribute('data-handle'))
      .toBe('tom.trails');
    expect((await focused(dash))?.inDetail).toBe(true);
    await dash.keyboard.press('Tab');
    expect((await focused(dash))?.inDetail).toBe(true);
    await dash.keyboard.press('Escape');
    await dash.getByTestId('microscope-detail').waitFor({ state: 'detached' });
    const back = await focused(dash);
    expect(back?.testId).toBe('microscope-open-detail');
    expect(back?.text).toBe('@tom.trails');

    const count = dash.getByTestId('microscope-filtered-count');
    expect(await count.getAttribute('role')).toBe('status');
    await dash.getByTestId('microscope-filter-text').fill('nina');
    await expect.poll(() => count.getAttribute('data-value')).toBe('1');
    expect(await count.textContent()).toMatch(/1/);
    // The toast region is on the page before any message, so a message put in it is read out.
    expect(await dash.getByTestId('microscope-live').getAttribute('role')).toBe('status');
    await dash.close();
  });

  for (const [opener, dialog, stops] of [
    ['microscope-export-options', 'microscope-export-dialog', 45],
    ['microscope-sync-open', 'microscope-sync-drawer', 45],
  ] as const) {
    it(`${dialog} keeps the focus while open and gives it back to ${opener} on Esc`, async () => {
      const dash = await openDashboard(ext, 'light');
      await dash.getByTestId(opener).focus();
      await dash.keyboard.press('Enter');
      await dash.getByTestId(dialog).waitFor();
      for (let i = 0; i < stops; i++) {
        const f = await focused(dash);
        expect(f?.inDialog, `stop ${i}: ${JSON.stringify(f)}`).toBe(dialog);
        await dash.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      }
      await dash.keyboard.press('Escape');
      await dash.getByTestId(dialog).waitFor({ state: 'detached' });
      expect((await focused(dash))?.testId).toBe(opener);
      await dash.close();
    });
  }

  it('at 1280 px every column fits; at 200 % zoom nothing is cut and columns can be hidden and moved by keyboard, remembered', async () => {
    const wide = await openDashboard(ext, 'light');
    // Headers, and cells of a fixed format (numbers, dates, verdict and status chips), are never cut.
    const fits = (p: Page) =>
      p.getByTestId('microscope-table').evaluate((scroll) => {
        const cut = (el: Element) =>
          el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        const fixed = [
          'platform',
          'followers',
          'tier',
          'er',
          'fit',
          'verdict',
          'status',
          'quotedPrice',
          'dueDate',
          'addedAt',
        ];
        return {
          sideways: scroll.scrollWidth - scroll.clientWidth,
          cutHeaders: [...scroll.querySelectorAll('th')].filter(cut).map((th) => th.textContent),
          cutCells: [...scroll.querySelectorAll('td')]
            .filter((td) => fixed.some((c) => td.classList.contains(`ms-col-${c}`)) && cut(td))
            .map((td) => td.textContent),
        };
      });
    expect(await fits(wide)).toEqual({ sideways: 0, cutHeaders: [], cutCells: [] });
    await wide.close();

    // 200 % of a 1280 × 900 window lays the page out in 640 × 450 CSS px.
    const dash = await openDashboard(ext, 'light', { width: 640, height: 450 });
    expect(await dash.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([640, 450]);
    // The page itself never scrolls sideways; every header control is within the window.
    const page = await dash.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      outside: [...document.querySelectorAll('header button, header a, header select')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.textContent),
    }));
    expect(page).toEqual({ sideways: 0, outside: [] });
    const narrow = await fits(dash);
    expect(narrow.sideways).toBeGreaterThan(0);
    expect({ cutHeaders: narrow.cutHeaders, cutCells: narrow.cutCells }).toEqual({
      cutHeaders: [],
      cutCells: [],
    });
    // The table scrolls inside its frame: scrolled to the end, the last column is whole, the creator still shown.
    const end = await dash.getByTestId('microscope-table').evaluate((scroll) => {
      scroll.scrollLeft = scroll.scrollWidth;
      const frame = scroll.getBoundingClientRect();
      const ths = [...scroll.querySelectorAll('th')];
      const last = ths[ths.length - 1]!.getBoundingClientRect();
      const creator = scroll.querySelector('th.ms-col-handle')!.getBoundingClientRect();
      return { lastInside: last.right <= frame.right + 1, creatorInside: creator.left >= frame.left - 1 };
    });
    expect(end).toEqual({ lastInside: true, creatorInside: true });
    await ext.screenshot(dash, 'a11y-dashboard-zoom200');

    // The column chooser, by keyboard: hide Tags, move Due to just after the creator.
    const headers = () =>
      dash
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.map((th) => [...th.classList].find((c) => c.startsWith('ms-col-'))?.slice(7)),
        );
    expect(await headers()).toContain('tags');
    await dash.getByTestId('microscope-columns').focus();
    await dash.keyboard.press('Enter');
    await dash.getByTestId('microscope-column-toggle-tags').focus();
    await dash.keyboard.press('Space');
    await expect.poll(headers).not.toContain('tags');
    await dash.getByTestId('microscope-column-up-dueDate').focus();
    for (let i = 0; i < 12; i++) {
      const f = await focused(dash);
      if (f?.testId !== 'microscope-column-up-dueDate') break;
      await dash.keyboard.press('Enter');
    }
    await expect.poll(async () => (await headers()).slice(0, 3)).toEqual(['select', 'handle', 'dueDate']);
    await dash.keyboard.press('Escape');
    expect((await focused(dash))?.testId).toBe('microscope-columns');
    await ext.screenshot(dash, 'a11y-dashboard-zoom200-columns');

    // Remembered: a new dashboard shows the same columns in the same order.
    await dash.reload();
    await expect.poll(() => dash.getByTestId('microscope-row').count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(async () => (await headers()).slice(0, 3)).toEqual(['select', 'handle', 'dueDate']);
    expect(await headers()).not.toContain('tags');
    // Back to every column for whoever opens the dashboard next.
    await dash.getByTestId('microscope-columns').click();
    await dash.getByTestId('microscope-columns-reset').click();
    await expect.poll(headers).toContain('tags');
    await dash.close();
  });
});
