/**
 * The scoring shortcut in real Firefox, pressed as a user presses it. A browser's shortcut never
 * reaches headless Firefox, and keys sent over WebDriver BiDi go to the page only; so this Firefox
 * runs headed on a virtual X display of its own and the keys are typed through the X server
 * (scripts/real-keyboard.mjs): Firefox's own shortcut handling sees them and runs the add-on's
 * command. In Firefox the default is Alt+Shift+I: typed this way, Alt+Shift+S opened Firefox's
 * History menu (the access key S of its menu bar) and no card (lib/commands/score-command.ts).
 * On a TikTok and an Instagram profile the card opens scored with the focus in it; `Esc` closes
 * it and gives the focus back to the Score button.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realKeyboardTools, startVirtualDisplay, typeKeys } from '../../scripts/real-keyboard.mjs';
import { inUi, waitInUi } from './closed-ui';
import { countCards, type LaunchedFirefoxExtension, launchFirefoxExtension, openProfile } from './harness';

const keyboard = realKeyboardTools();
const noKeyboard = 'unavailable' in keyboard ? keyboard.unavailable : undefined;
if (noKeyboard) console.warn(`Skipped: the Firefox Alt+Shift+I test (${noKeyboard}).`);

/** The test id of the element with the focus in Microscope's closed shadow root, and whether it is in the card. */
async function focus(page: Page): Promise<{ id: string | null; inCard: boolean } | undefined> {
  const out = await inUi(page, (root) => {
    const active = root.activeElement;
    return {
      id: active?.getAttribute('data-testid') ?? null,
      inCard: active?.closest('[data-testid="microscope-card"]') != null,
    };
  });
  return out.missing ? undefined : out.value;
}

describe.skipIf(noKeyboard !== undefined)(
  'in Firefox, the Alt+Shift+I shortcut typed on a real keyboard',
  () => {
    let ext: LaunchedFirefoxExtension;
    let screen: { display: string; close(): Promise<void> } | undefined;
    const type = (keys: string) => {
      if ('unavailable' in keyboard || !screen) throw new Error('No virtual display');
      typeKeys(keyboard, screen.display, keys, 'firefox');
    };
    beforeAll(async () => {
      if ('unavailable' in keyboard) return;
      screen = await startVirtualDisplay(keyboard);
      ext = await launchFirefoxExtension({ display: screen.display });
    });
    afterAll(async () => {
      await ext?.close();
      await screen?.close();
    });

    it('scores the profile in view and puts the focus in the card; Esc gives it back to Score', async () => {
      // Firefox registered the command from the built manifest with its default keys (a key of
      // the add-on's keyset in the browser window).
      const keys = await ext.privileged(
        `JSON.stringify([...document.querySelectorAll('keyset[id^="ext-keyset-id-"] key')].map((k) => [k.getAttribute('modifiers'), k.getAttribute('key')]))`,
      );
      expect(JSON.parse(String(keys))).toEqual([['alt,shift', 'I']]);
      const page = await ext.browser.newPage();
      for (const [url, handle] of [
        ['https://www.tiktok.com/@kai.cooks', 'kai.cooks'],
        ['https://www.instagram.com/lea.cuisine/', 'lea.cuisine'],
      ] as const) {
        await openProfile(page, url);
        await page.bringToFront();
        // The Score button is there (the content script runs) and no card yet.
        await waitInUi(
          page,
          (root) => root.querySelector('[data-testid="microscope-score-button"]') !== null,
          null,
          {
            what: 'the Score button',
          },
        );
        expect(await countCards(page, handle)).toBe(0);
        type('alt+shift+i');
        await expect.poll(() => countCards(page, handle), { timeout: 20_000 }).toBe(1);
        await expect.poll(async () => (await focus(page))?.inCard, { timeout: 10_000 }).toBe(true);
        type('Escape');
        await expect.poll(() => countCards(page, handle), { timeout: 10_000 }).toBe(0);
        expect((await focus(page))?.id).toBe('microscope-score-button');
      }
      await page.close();
    });
  },
);
