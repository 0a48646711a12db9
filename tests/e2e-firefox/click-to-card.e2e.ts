/**
 * Click → card on unseen profiles, real Chromium and real Firefox side by side in one run, the
 * same built extension, the same fixture pages, the same in-page clock.
 *
 * Each sample loads a profile in a fresh document (so the click is the first of that page),
 * presses Score with a real pointer and times, in the page's window, from the press
 * (`pointerdown` event time) to the first frame after the card shows its verdict. The card is in
 * a closed shadow root: the clock runs where a driver can reach it (Chromium: the extension's
 * content-script world; Firefox: a WebDriver BiDi sandbox given the root, see closed-ui.ts). The extension's background is put
 * in a known state first; the browsers stop it after ~30 s without events (Firefox suspends the
 * event page, Chromium stops the service worker), here it is stopped on demand (Firefox:
 * Extension.terminateBackground() in the privileged scope; Chromium: ServiceWorker.stopAllWorkers
 * over CDP) and the stop is checked:
 * - awake: the previous score was seconds ago; the background runs at the press;
 * - opened: stopped before the profile is opened (the first score after a pause), pressed as
 *   soon as the posts show: the product's warm-up as the profile opens has it starting meanwhile;
 * - hover: stopped after the page loaded (the user stayed > 30 s), then the pointer rests on
 *   Score until the warm-up has the background running (must happen within 2 s; printed);
 * - asleep: stopped after the page loaded and pressed with no hover or focus first (touch, or
 *   a click that arrives without pointer travel): the start sits on the click path.
 * Every sample and the medians are printed; Firefox's median must stay within 1.5× of
 * Chromium's in each state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM_UP_INTERVAL_MS } from '../../lib/content/warm-up';
import { contentUi, evaluateInContentWorld } from '../../scripts/content-ui.mjs';
import { launchWithExtension } from '../../scripts/extension-browser.mjs';
import { type LaunchedFirefox, launchFirefoxWithExtension } from '../../scripts/firefox-browser.mjs';
import { type FixtureServer, startFixtureServer } from '../e2e/fixture-server.mjs';
import { clickInUi, hoverInUi, inUi, waitInUi } from './closed-ui';
import { EXTENSION_DIR as FIREFOX_EXTENSION_DIR, handleOf, ROOT } from './harness';

const CHROME_EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
const PROFILES = [
  'https://www.instagram.com/lea.cuisine/',
  'https://www.tiktok.com/@nina.moves',
  'https://www.instagram.com/tom.trails/',
  'https://www.tiktok.com/@theo.builds',
  'https://www.instagram.com/camille.mode/',
  'https://www.tiktok.com/@kai.cooks',
  'https://www.instagram.com/maison.verte/',
  'https://www.tiktok.com/@lou.paints',
];
const STATES = ['awake', 'opened', 'hover', 'asleep'] as const;
const MAX_RATIO = 1.5;
/**
 * The test's own time limit: 64 samples, 32 of them after a 1 s wait, each a fresh page in one
 * of two browsers — 82 s in one CI run on a slower 2-core machine and over the suite's 90 s in the
 * next. The limit only stops a hung run; the ratio is what the test holds.
 */
const TEST_TIMEOUT_MS = 300_000;

const SCORE = '[data-testid="microscope-score-button"]';

/**
 * In the UI's shadow root (Chromium: the extension's content-script world; Firefox: a driver's
 * sandbox, see closed-ui.ts): arms the clock. On the next pointerdown it notes the event time,
 * then on every frame looks for the card of `handle` with a verdict; the first frame that has it
 * ends the sample.
 */
function armClock(root: ShadowRoot, handle: string): boolean {
  const clock: { pressedAt?: number; shownAt?: number } = {};
  Object.assign(globalThis, { __microscopeClock: clock });
  const cardShown = () =>
    [...root.querySelectorAll('[data-testid="microscope-card"]')].some(
      (c) =>
        c.getAttribute('data-handle')?.replace(/^@/, '') === handle &&
        c.querySelector('[data-testid="microscope-verdict"]') !== null,
    );
  document.addEventListener(
    'pointerdown',
    (event) => {
      clock.pressedAt = event.timeStamp;
      const frame = () => {
        if (cardShown()) clock.shownAt = performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true, once: true },
  );
  return true;
}

/** Where the armed clock stands: ms from the press to the card, or null until the card shows. */
function readClock(): number | null {
  const c = (globalThis as { __microscopeClock?: { pressedAt?: number; shownAt?: number } })
    .__microscopeClock;
  return c?.shownAt !== undefined && c.pressedAt !== undefined ? c.shownAt - c.pressedAt : null;
}

/** `fn(root, arg)` in Chromium's content-script world, with the UI's closed shadow root. */
function inChromiumUi<A, R>(page: PlaywrightPage, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R> {
  return evaluateInContentWorld(
    page,
    `(input) => {
      const host = document.querySelector('microscope-ui');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      if (!root) throw new Error('no Microscope UI on the page');
      return (${fn.toString()})(root, input);
    }`,
    arg,
  );
}

async function pollFor<T>(read: () => Promise<T | null>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`no card within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Driver {
  name: string;
  /** Loads `url` in a fresh document and waits for its posts and the Score button. */
  open(url: string): Promise<void>;
  /** Stops the extension's background and waits until it is stopped. */
  stopBackground(): Promise<void>;
  /** Whether the extension's background runs now. */
  backgroundRunning(): Promise<boolean>;
  /** Moves the pointer onto Score (no press). */
  hoverScore(): Promise<void>;
  /** Presses Score with the pointer and returns the in-page ms from press to card. */
  pressScore(handle: string): Promise<number>;
  close(): Promise<void>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

async function chromiumDriver(server: FixtureServer): Promise<Driver> {
  const profileDir = mkdtempSync(join(tmpdir(), 'microscope-latency-chromium-'));
  const { context }: { context: BrowserContext } = await launchWithExtension({
    profileDir,
    extensionDir: CHROME_EXTENSION_DIR,
    port: server.port,
  });
  const page: PlaywrightPage = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const workerRunning = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.some(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
  return {
    name: 'Chromium',
    async open(url) {
      await page.goto(url);
      await page
        .locator(`html[data-fixture-posts-loaded="${handleOf(url)}"]`)
        .waitFor({ state: 'attached', timeout: 15_000 });
      await contentUi(page).getByTestId('microscope-score-button').waitFor({ timeout: 15_000 });
    },
    async stopBackground() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(workerRunning, { timeout: 5_000 }).toBe(false);
    },
    backgroundRunning: workerRunning,
    async hoverScore() {
      // From outside the button: the previous press left the pointer where Score shows up again.
      await page.mouse.move(1, 1);
      await contentUi(page).getByTestId('microscope-score-button').hover();
    },
    async pressScore(handle) {
      await inChromiumUi(page, armClock, handle);
      await contentUi(page).getByTestId('microscope-score-button').click();
      return pollFor(() => evaluateInContentWorld(page, readClock));
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function firefoxDriver(server: FixtureServer): Promise<Driver> {
  const launched: LaunchedFirefox = await launchFirefoxWithExtension({
    extensionDir: FIREFOX_EXTENSION_DIR,
    port: server.port,
  });
  const page: PuppeteerPage = await launched.browser.newPage();
  const extension = `WebExtensionPolicy.getByID(${JSON.stringify(launched.extensionId)}).extension`;
  return {
    name: 'Firefox',
    async open(url) {
      await page.goto(url);
      await page.waitForSelector(`html[data-fixture-posts-loaded="${handleOf(url)}"]`, { timeout: 15_000 });
      await waitInUi(page, (root, css: string) => root.querySelector(css) !== null, SCORE);
    },
    async stopBackground() {
      await launched.privileged(`${extension}.terminateBackground()`);
      expect(await launched.privileged(`${extension}.backgroundState`)).toBe('stopped');
    },
    async backgroundRunning() {
      return (await launched.privileged(`${extension}.backgroundState`)) === 'running';
    },
    async hoverScore() {
      // From outside the button: the previous press left the pointer where Score shows up again.
      await page.mouse.move(1, 1);
      await hoverInUi(page, SCORE);
    },
    async pressScore(handle) {
      await waitInUi(page, armClock, handle);
      await clickInUi(page, SCORE);
      return pollFor(async () => {
        const out = await inUi(page, readClock, null);
        return out.missing ? null : out.value;
      });
    },
    close: () => launched.close(),
  };
}

describe('click → card on unseen profiles, Chromium and Firefox side by side', () => {
  let server: FixtureServer;
  const drivers: Driver[] = [];
  const samples = new Map<string, number[]>();
  /** Per browser: ms from the pointer reaching Score to the background running again. */
  const wakeOnHover = new Map<string, number[]>();

  beforeAll(async () => {
    server = await startFixtureServer();
    drivers.push(await chromiumDriver(server), await firefoxDriver(server));
  });
  afterAll(async () => {
    for (const driver of drivers) await driver.close();
    await server?.close();
  });

  it(
    `keeps Firefox within ${MAX_RATIO}× of Chromium, whatever the background's state`,
    async () => {
      // Interleaved, the two browsers take turns sample by sample (first one, then the other), so
      // the load of a shared machine weighs on both alike.
      let turn = 0;
      for (const url of PROFILES) {
        for (const state of STATES) {
          const order = turn++ % 2 ? [...drivers].reverse() : drivers;
          for (const driver of order) {
            if (state === 'opened') await driver.stopBackground();
            await driver.open(url);
            if (state === 'awake') {
              await expect
                .poll(() => driver.backgroundRunning(), { timeout: 5_000, interval: 20 })
                .toBe(true);
            }
            if (state === 'hover' || state === 'asleep') {
              // The user stayed on the page: the warm-up sent when Score appeared is behind them.
              await new Promise((resolve) => setTimeout(resolve, WARM_UP_INTERVAL_MS));
              await driver.stopBackground();
            }
            if (state === 'hover') {
              const start = performance.now();
              await driver.hoverScore();
              await expect
                .poll(() => driver.backgroundRunning(), { timeout: 2_000, interval: 10 })
                .toBe(true);
              const woken = performance.now() - start;
              wakeOnHover.set(driver.name, [...(wakeOnHover.get(driver.name) ?? []), woken]);
            }
            const ms = await driver.pressScore(handleOf(url));
            const key = `${driver.name} ${state}`;
            samples.set(key, [...(samples.get(key) ?? []), ms]);
          }
        }
      }
      const lines = [
        '',
        `Click → card on ${PROFILES.length} unseen fixture profiles (in-page ms, press → first frame with the card):`,
      ];
      for (const state of STATES) {
        const chromium = samples.get(`Chromium ${state}`) ?? [];
        const firefox = samples.get(`Firefox ${state}`) ?? [];
        const ratio = median(firefox) / median(chromium);
        lines.push(
          `  background ${state}:`,
          `    Chromium median ${median(chromium).toFixed(0).padStart(4)}   [${chromium.map((v) => v.toFixed(0)).join(', ')}]`,
          `    Firefox  median ${median(firefox).toFixed(0).padStart(4)}   [${firefox.map((v) => v.toFixed(0)).join(', ')}]`,
          `    Firefox / Chromium ${ratio.toFixed(2)} (budget ≤ ${MAX_RATIO})`,
        );
      }
      for (const [name, woken] of wakeOnHover) {
        lines.push(
          `  ${name}: pointer on Score → background running (driver round trips included) median ${median(woken).toFixed(0)} ms [${woken.map((v) => v.toFixed(0)).join(', ')}]`,
        );
      }
      console.log(`${lines.join('\n')}\n`);
      for (const state of STATES) {
        const ratio =
          median(samples.get(`Firefox ${state}`) ?? []) / median(samples.get(`Chromium ${state}`) ?? []);
        expect(ratio, `Firefox / Chromium, background ${state}`).toBeLessThanOrEqual(MAX_RATIO);
      }
    },
    TEST_TIMEOUT_MS,
  );
});
