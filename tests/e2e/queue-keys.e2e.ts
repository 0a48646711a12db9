/**
 * The review queue from the keyboard, in real Chromium: a queue of five creators on both sites,
 * Next pressed with Enter in the popup, then on each profile the card scores on arrival, shows
 * "n / 5" and the decision keys, takes the focus, and one key decides and opens the next profile.
 * The decisions land in the shortlist with the score (read back from the extension's database);
 * the queue says 5 / 5. Then the same in French (browser language French: the card's words and
 * keys are French). And the shortcut that scores the profile in view, typed on a real keyboard (a
 * headed browser on a virtual display: scripts/real-keyboard.mjs).
 *
 * Expected, worked out from the decision rules (lib/queue/decisions.ts) and the fixture site:
 *   lea.cuisine  S → shortlisted, candidate        (verdict shortlist, ER 4.53)
 *   tom.trails   L → shortlisted, candidate, tag "review later"
 *   nina.moves   R → shortlisted, declined
 *   camille.mode N → not in the shortlist (skipped)
 *   theo.builds  S → shortlisted, candidate        (verdict reject: the user decides)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentWorld } from '../../scripts/content-ui.mjs';
import { realKeyboardTools, startVirtualDisplay, typeKeys } from '../../scripts/real-keyboard.mjs';
import { card, type LaunchedExtension, launchExtension, normaliseHandle, openProfile, ui } from './harness';

/** The part of the extension API the tests use in the service worker. */
interface ServiceWorkerChrome {
  chrome: {
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
}

interface Row {
  key: string;
  status: string;
  tags: string[];
  verdict: string;
  erMean?: number;
}

/** The shortlist as stored (row pages of the extension's IndexedDB), read in an extension page. */
async function storedRows(page: Page): Promise<Row[]> {
  return page.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('microscope');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('rowPages').objectStore('rowPages').getAll();
          request.onsuccess = () => {
            const rows: Row[] = [];
            for (const record of request.result as { text: string }[]) {
              for (const line of record.text.split('\n')) {
                if (!line) continue;
                const parts = line.split('\t');
                const json = JSON.parse(parts.slice(4).join('\t'));
                rows.push({
                  key: parts[0] ?? '',
                  status: json.status,
                  tags: json.tags,
                  verdict: json.verdict,
                  erMean: json.erMean,
                });
              }
            }
            db.close();
            resolve(rows.sort((a, b) => a.key.localeCompare(b.key)));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function createQueue(ext: LaunchedExtension, name: string, lines: string[]): Promise<void> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  await dashboard.getByTestId('microscope-tab-queues').click();
  await dashboard.getByTestId('microscope-queue-name').fill(name);
  await dashboard.getByTestId('microscope-queue-paste').fill(lines.join('\n'));
  await dashboard.getByTestId('microscope-queue-create').click();
  await expect
    .poll(() => dashboard.getByTestId('microscope-queue-progress').first().getAttribute('data-value'))
    .toBe(`0/${lines.length}`);
  await dashboard.close();
}

/** Where the keyboard focus is on a profile page, through Microscope's closed shadow root. */
async function focusInCard(page: Page): Promise<boolean> {
  return evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome?.dom;
    const host = document.querySelector('microscope-ui');
    const root = host && dom?.openOrClosedShadowRoot(host);
    return !!root?.activeElement?.closest('[data-testid="microscope-card"]');
  });
}

/** Waits for the card of `handle`, scored on arrival, with its place in the queue. */
async function arrived(page: Page, handle: string, position: string): Promise<void> {
  const c = card(page);
  await c.waitFor({ state: 'visible', timeout: 20_000 });
  await expect
    .poll(async () => normaliseHandle(await c.getAttribute('data-handle')), { timeout: 15_000 })
    .toBe(handle);
  await expect
    .poll(() => c.getByTestId('microscope-card-queue-position').getAttribute('data-value'), {
      timeout: 10_000,
    })
    .toBe(position);
  // The card took the focus: its keys work without a click.
  await expect.poll(() => focusInCard(page)).toBe(true);
}

/** Opens the queue's first profile from the popup (opened as a tab: Next navigates it) by keyboard. */
async function startFromPopup(ext: LaunchedExtension): Promise<Page> {
  const tab = await ext.context.newPage();
  await tab.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const next = tab.getByTestId('microscope-queue-next');
  await next.waitFor();
  // The popup's own tab order reaches Next; Enter presses it.
  for (
    let i = 0;
    i < 20 &&
    (await tab.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !==
      'microscope-queue-next';
    i++
  )
    await tab.keyboard.press('Tab');
  expect(await tab.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'microscope-queue-next',
  );
  await tab.keyboard.press('Enter');
  return tab;
}

describe('the review queue, keyboard only', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension({ locale: 'en-US' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('five profiles: Next, scored on arrival, one key each, decisions in the shortlist', async () => {
    await createQueue(ext, 'Afternoon', [
      'https://www.instagram.com/lea.cuisine/',
      '@tom.trails',
      'https://www.tiktok.com/@nina.moves',
      'camille.mode',
      'https://www.tiktok.com/@theo.builds',
    ]);
    const tab = await startFromPopup(ext);
    const steps: Array<[string, string, string]> = [
      ['lea.cuisine', 'https://www.instagram.com/lea.cuisine/', 's'],
      ['tom.trails', 'https://www.instagram.com/tom.trails/', 'l'],
      ['nina.moves', 'https://www.tiktok.com/@nina.moves', 'r'],
      ['camille.mode', 'https://www.instagram.com/camille.mode/', 'n'],
      ['theo.builds', 'https://www.tiktok.com/@theo.builds', 's'],
    ];
    for (const [i, [handle, url, key]] of steps.entries()) {
      await tab.waitForURL(url, { timeout: 15_000 });
      await arrived(tab, handle, `${i + 1}/5`);
      if (i === 0) {
        await ext.screenshot(card(tab), 'queue-card-keys');
        const labels = await ui(tab)
          .locator('.ms-queue-key')
          .evaluateAll((els) => els.map((el) => el.textContent));
        expect(labels).toEqual(['SShortlist', 'LLater', 'RReject', 'NSkip']);
      }
      await tab.keyboard.press(key);
    }
    // The last decision leaves the card on the last profile, its decision recorded.
    await expect
      .poll(() => card(tab).getByTestId('microscope-card-queue-decision').getAttribute('data-value'))
      .toBe('shortlist');

    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    const rows = await storedRows(dashboard);
    expect(rows.map(({ key, status, tags }) => ({ key, status, tags }))).toEqual([
      { key: 'instagram:lea.cuisine', status: 'candidate', tags: [] },
      { key: 'instagram:tom.trails', status: 'candidate', tags: ['review later'] },
      { key: 'tiktok:nina.moves', status: 'declined', tags: [] },
      { key: 'tiktok:theo.builds', status: 'candidate', tags: [] },
    ]);
    // With the score the card showed (fixture: lea.cuisine ER 4.53, shortlist; theo.builds reject).
    expect(rows[0]?.erMean?.toFixed(2)).toBe('4.53');
    expect(rows[0]?.verdict).toBe('shortlist');
    expect(rows[3]?.verdict).toBe('reject');
    await dashboard.getByTestId('microscope-tab-queues').click();
    await expect
      .poll(() => dashboard.getByTestId('microscope-queue-progress').first().getAttribute('data-value'))
      .toBe('5/5');
    const decisions = await dashboard
      .getByTestId('microscope-queue-item')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-decision')));
    expect(decisions).toEqual(['shortlist', 'later', 'reject', 'skip', 'shortlist']);
    await dashboard.close();
    await tab.close();
  });

  it('a key a page script types decides nothing; the user’s next key does', async () => {
    await createQueue(ext, 'Guarded', ['maison.verte']);
    const tab = await startFromPopup(ext);
    await tab.waitForURL('https://www.instagram.com/maison.verte/');
    await arrived(tab, 'maison.verte', '1/1');
    // Everything a page can aim a synthetic "S" at: the focused element (to the page, the host of
    // Microscope's closed root), the host itself, the document.
    await tab.evaluate(() => {
      const targets = [document.activeElement, document.querySelector('microscope-ui'), document];
      for (const target of targets)
        target?.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
    });
    // Had the page's S counted, it would be the decision (a decision in progress ignores keys).
    await tab.keyboard.press('n');
    await expect
      .poll(() => card(tab).getByTestId('microscope-card-queue-decision').getAttribute('data-value'))
      .toBe('skip');
    await tab.close();
  });

  it('with “score automatically” on, a profile no queue names is scored as it opens', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const box = options.getByTestId('microscope-setting-auto-score');
    await box.check();
    // Saved in the extension's storage, where every tab's content script hears it.
    await expect
      .poll(() =>
        options.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          };
          return (await chrome.storage.local.get('pageSettings')).pageSettings;
        }),
      )
      .toEqual({ autoScore: true, badges: true });
    // The queue's current item is maison.verte (the last queue above): camille.mode is not it.
    const page = await ext.context.newPage();
    await page.goto('https://www.instagram.com/camille.mode/');
    const c = card(page);
    await c.waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(async () => normaliseHandle(await c.getAttribute('data-handle')), { timeout: 15_000 })
      .toBe('camille.mode');
    expect(await c.getByTestId('microscope-card-queue-position').count()).toBe(0);
    await box.uncheck();
    await options.close();
    await page.close();
  });
});

/** Where the focus is in Microscope's closed shadow root on `page` (its element's test id). */
async function focusedInUi(page: Page): Promise<string | null> {
  return evaluateInContentWorld(page, () => {
    const dom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome?.dom;
    const host = document.querySelector('microscope-ui');
    return (host && dom?.openOrClosedShadowRoot(host))?.activeElement?.getAttribute('data-testid') ?? null;
  });
}

/**
 * The shortcut pressed as a user presses it. Browser-level shortcuts never reach headless Chromium,
 * and keys sent through the DevTools protocol go to the page only; so this browser runs headed on a
 * virtual display of its own and the keys are typed through the X server (scripts/real-keyboard.mjs):
 * Chromium's own shortcut handling sees `Alt+Shift+S` and runs the extension's command.
 */
const keyboard = realKeyboardTools();
const noKeyboard = 'unavailable' in keyboard ? keyboard.unavailable : undefined;
if (noKeyboard) console.warn(`Skipped: the Alt+Shift+S test (${noKeyboard}).`);

describe.skipIf(noKeyboard !== undefined)('the Alt+Shift+S shortcut, typed on a real keyboard', () => {
  let ext: LaunchedExtension;
  let screen: { display: string; close(): Promise<void> } | undefined;
  const type = (keys: string) => {
    if ('unavailable' in keyboard || !screen) throw new Error('No virtual display');
    typeKeys(keyboard, screen.display, keys);
  };
  beforeAll(async () => {
    if ('unavailable' in keyboard) return;
    screen = await startVirtualDisplay(keyboard);
    ext = await launchExtension({ locale: 'en-US', display: screen.display });
  });
  afterAll(async () => {
    await ext?.close();
    await screen?.close();
  });

  it('scores the profile in view and puts the focus in the card; Esc gives it back to Score', async () => {
    const worker = ext.context.serviceWorkers()[0];
    if (!worker) throw new Error('No service worker');
    // The browser registered the command from the built manifest, with its default keys.
    const shortcut = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ServiceWorkerChrome;
      return (await chrome.commands.getAll()).find((c) => c.name === 'score-profile')?.shortcut;
    });
    expect(shortcut).toBe('Alt+Shift+S');
    // Only the profile tab is left open, so it is the window's active tab, the one a user looks
    // at (opened before the others close: a headed browser quits with its last tab).
    const page = await ext.context.newPage();
    for (const other of ext.context.pages()) if (other !== page) await other.close();
    for (const [url, handle] of [
      ['https://www.tiktok.com/@kai.cooks', 'kai.cooks'],
      ['https://www.instagram.com/lea.cuisine/', 'lea.cuisine'],
    ] as const) {
      await openProfile(page, url);
      await page.bringToFront();
      const c = card(page);
      expect(await c.count()).toBe(0);
      type('alt+shift+s');
      await c.waitFor({ state: 'visible', timeout: 15_000 });
      expect(normaliseHandle(await c.getAttribute('data-handle'))).toBe(handle);
      await expect.poll(() => focusInCard(page)).toBe(true);
      if (handle === 'kai.cooks') await ext.screenshot(page, 'shortcut-card');
      type('Escape');
      await c.waitFor({ state: 'detached' });
      expect(await focusedInUi(page)).toBe('microscope-score-button');
    }
    await page.close();
  });
});

describe('the review queue, keyboard only, in French', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension({ locale: 'fr-FR' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the card speaks French and its keys are French: S, P, I', async () => {
    await createQueue(ext, 'Après-midi', [
      'https://www.instagram.com/lea.cuisine/',
      'https://www.tiktok.com/@nina.moves',
      'tom.trails',
    ]);
    const tab = await startFromPopup(ext);
    const steps: Array<[string, string, string]> = [
      ['lea.cuisine', 'https://www.instagram.com/lea.cuisine/', 's'],
      ['nina.moves', 'https://www.tiktok.com/@nina.moves', 'p'],
      ['tom.trails', 'https://www.instagram.com/tom.trails/', 'i'],
    ];
    for (const [i, [handle, url, key]] of steps.entries()) {
      await tab.waitForURL(url, { timeout: 15_000 });
      await arrived(tab, handle, `${i + 1}/3`);
      if (i === 0) {
        await ext.screenshot(card(tab), 'queue-card-keys-fr');
        const labels = await ui(tab)
          .locator('.ms-queue-key')
          .evaluateAll((els) => els.map((el) => el.textContent));
        expect(labels).toEqual(['SRetenir', 'PPlus tard', 'RÉcarter', 'IIgnorer']);
        expect(await card(tab).getByTestId('microscope-card-queue').textContent()).toContain(
          'File « Après-midi »',
        );
      }
      await tab.keyboard.press(key);
    }
    await expect
      .poll(() => card(tab).getByTestId('microscope-card-queue-decision').getAttribute('data-value'))
      .toBe('skip');
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    expect((await storedRows(dashboard)).map(({ key, status, tags }) => ({ key, status, tags }))).toEqual([
      { key: 'instagram:lea.cuisine', status: 'candidate', tags: [] },
      { key: 'tiktok:nina.moves', status: 'candidate', tags: ['review later'] },
    ]);
    await dashboard.close();
  });
});
