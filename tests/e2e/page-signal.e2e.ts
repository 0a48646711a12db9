/**
 * The pages read the extension's records only while those can change what a page does
 * (lib/page-signal/): with no queue, automatic scoring off and an empty shortlist, nothing is
 * registered for the pages and a profile opens with its Score button only. Automatic scoring
 * switched on in the options page reaches a page already open — its next profile, reached by
 * in-app navigation, is scored as it opens — and every page opened after; switched off again,
 * nothing is registered.
 *
 * Expected (fixture site: tests/fixtures/site/README.md): lea.cuisine's profile links to
 * tom.trails; camille.mode is another Instagram profile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  card,
  type LaunchedExtension,
  launchExtension,
  normaliseHandle,
  openProfile,
  ui,
  waitForPosts,
} from './harness';

describe('the pages’ signal: records read only while they matter', () => {
  let ext: LaunchedExtension;
  let page: Page;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension({ locale: 'en-US' });
    page = await ext.context.newPage();
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** The content scripts the extension registered. */
  const registered = () =>
    options.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
      };
      return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
    });

  /** Switches automatic scoring on in the options page and waits for it to be saved. */
  async function autoScoreOn(): Promise<void> {
    await options.getByTestId('microscope-setting-auto-score').check();
    // Reported saved once the pages' signal is in line with it (PageSettingsPanel).
    await expect
      .poll(() => options.getByTestId('microscope-page-settings-notice').textContent())
      .toBe('Saved.');
  }

  const cardHandle = async (p: Page) => normaliseHandle(await card(p).getAttribute('data-handle'));

  it('in the default state nothing is registered; a profile shows its Score button', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await ui(page).getByTestId('microscope-score-button').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await registered()).toEqual([]);
  });

  it('automatic scoring switched on reaches the page already open: its next profile is scored as it opens', async () => {
    await autoScoreOn();
    expect(await registered()).toEqual(['microscope-page-signal']);
    await page.locator('main a[href="/tom.trails/"]').first().click();
    await page.waitForURL('https://www.instagram.com/tom.trails/');
    await waitForPosts(page, 'tom.trails');
    await card(page).waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => cardHandle(page), { timeout: 15_000 }).toBe('tom.trails');
  });

  it('and a page opened after it', async () => {
    const other = await ext.context.newPage();
    await other.goto('https://www.instagram.com/camille.mode/');
    await card(other).waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => cardHandle(other), { timeout: 15_000 }).toBe('camille.mode');
    await other.close();
  });

  it('switched off again, nothing is registered', async () => {
    await options.getByTestId('microscope-setting-auto-score').uncheck();
    await expect.poll(registered).toEqual([]);
  });
});
