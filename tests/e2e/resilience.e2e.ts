/**
 * Sites re-render their header at will (hydration, A/B layouts). The Score button must come
 * back after each re-render — once, never twice — and keep the card of the same creator.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, type LaunchedExtension, launchExtension, openProfile, scoreProfile, ui } from './harness';

const buttons = (page: Page) => ui(page).getByTestId('microscope-score-button');

describe('the Score button survives the site re-rendering its header', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('comes back exactly once after the header is replaced, several times in a row', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await expect.poll(() => buttons(page).count()).toBe(1);
    await scoreProfile(page, 'lea.cuisine');
    for (let i = 0; i < 3; i++) {
      // What a framework re-render does: the header node is thrown away and a fresh copy inserted,
      // and our host element next to it is removed with the old subtree's parent content.
      await page.evaluate(() => {
        const header = document.querySelector('main header');
        if (!header?.parentElement) throw new Error('no header');
        const fresh = header.cloneNode(true);
        document.querySelectorAll('microscope-ui').forEach((el) => {
          el.remove();
        });
        header.replaceWith(fresh);
      });
      await expect.poll(() => buttons(page).count(), { timeout: 5_000 }).toBe(1);
    }
    // The card state is kept: the same creator's card is still there after the re-renders.
    await expect.poll(() => card(page).getAttribute('data-handle')).toBe('lea.cuisine');
    expect(await page.locator('microscope-ui').count()).toBe(1);
  });
});
