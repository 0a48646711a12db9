/**
 * The built Firefox extension (.output/firefox-mv3) in real headless Firefox against the fixture
 * site (tests/e2e/fixture-server.mjs), driven by puppeteer-core over WebDriver BiDi: see
 * scripts/firefox-browser.mjs for how the sites are reached (a local proxy that tunnels only the
 * two hosts) and how the add-on is installed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type ElementHandle, type Page, TimeoutError } from 'puppeteer-core';
import { type LaunchedFirefox, launchFirefoxWithExtension } from '../../scripts/firefox-browser.mjs';
import { type FixtureServer, startFixtureServer } from '../e2e/fixture-server.mjs';
import { boxInUi, clickInUi, inUi, waitInUi } from './closed-ui';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built Firefox extension; `E2E_FIREFOX_EXTENSION_DIR` overrides it. */
export const EXTENSION_DIR = process.env.E2E_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'tests/e2e-firefox/.artifacts');

export interface LaunchedFirefoxExtension {
  browser: Browser;
  /** `moz-extension://UUID` of the installed add-on. */
  extensionOrigin: string;
  server: FixtureServer;
  /** What the site proxy tunnelled (the two sites) and refused (everything else). */
  proxy: LaunchedFirefox['proxy'];
  /** Folder Firefox saves downloads to (deleted on close). */
  downloadDir: string;
  /** Evaluates a script in the browser's privileged scope (scripts/firefox-browser.mjs). */
  privileged: LaunchedFirefox['privileged'];
  /**
   * Saves a PNG of `target` (a page, an element, or a page's region `clip`) to
   * tests/e2e-firefox/.artifacts/NAME.png and returns the path.
   */
  screenshot(
    target: Page | ElementHandle,
    name: string,
    clip?: { x: number; y: number; width: number; height: number },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefoxExtension(
  options: {
    prefs?: Record<string, string | number | boolean>;
    now?: number;
    /** An X display (e.g. ':7', scripts/real-keyboard.mjs): Firefox runs headed there. */
    display?: string;
  } = {},
): Promise<LaunchedFirefoxExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const downloadDir = mkdtempSync(join(tmpdir(), 'microscope-firefox-downloads-'));
  const server = await startFixtureServer({ now: options.now });
  let launched: LaunchedFirefox;
  try {
    launched = await launchFirefoxWithExtension({
      extensionDir: EXTENSION_DIR,
      port: server.port,
      headless: !process.env.HEADED,
      ...(options.display ? { display: options.display } : {}),
      prefs: {
        // Downloads go straight to downloadDir, without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
        'browser.helperApps.neverAsk.saveToDisk': 'text/csv',
        ...options.prefs,
      },
    });
  } catch (error) {
    await server.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser: launched.browser,
    extensionOrigin: launched.extensionOrigin,
    server,
    proxy: launched.proxy,
    downloadDir,
    privileged: launched.privileged,
    async screenshot(target, name, clip) {
      const path = join(ARTIFACTS_DIR, `${name}.png`) as `${string}.png`;
      await target.screenshot(clip ? { path, clip } : { path });
      return path;
    },
    async close() {
      await launched.close();
      await server.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

export function handleOf(url: string): string {
  const m = /^\/@?([A-Za-z0-9._]+)/.exec(new URL(url).pathname);
  if (!m?.[1]) throw new Error(`No handle in ${url}`);
  return m[1];
}

/** Waits until the fixture page has rendered the posts of `handle` (after load or in-app navigation). */
export async function waitForPosts(page: Page, handle: string): Promise<void> {
  await page.waitForSelector(`html[data-fixture-posts-loaded="${handle}"]`, { timeout: 15_000 });
}

/** Opens a fixture profile and waits until the page's own script has rendered that creator's posts. */
export async function openProfile(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForPosts(page, handleOf(url));
}

/**
 * Opens an extension page (popup.html, dashboard.html) in `page`. Firefox does not report the
 * navigation of a moz-extension:// page to the driver, so it is not awaited: callers wait for
 * the page's own content instead.
 */
export function openExtensionPage(page: Page, origin: string, path: string): void {
  void page.goto(`${origin}/${path}`).catch(() => undefined);
}

/**
 * In the page: every element matching `selector` in the document and its open shadow roots,
 * optionally only those whose `data-handle` (without "@") is `handle` (the extension's own pages;
 * the card's root on a site is closed: see closed-ui.ts).
 */
const DEEP_QUERY = `(selector, handle) => {
  const roots = [document];
  const found = [];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll(selector)) {
      if (handle === null || el.getAttribute('data-handle')?.replace(/^@/, '') === handle) found.push(el);
    }
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return found;
}`;
const deepCall = (selector: string, handle: string | null) =>
  `(${DEEP_QUERY})(${JSON.stringify(selector)}, ${JSON.stringify(handle)})`;

/**
 * The first element matching `selector` (and `handle`) in the page or its shadow roots, once it
 * exists. An extension page is opened without waiting for its navigation (`openExtensionPage`),
 * so the wait may start in the document being left: when Firefox's driver then fails an
 * evaluation as that document goes (a protocol error such as "right-hand side of 'in' should be
 * an object, got null", seen in a CI run), the wait starts again in the new document, within the
 * same time limit. A wait that runs out is an error as before.
 */
export async function waitForDeep(
  page: Page,
  selector: string,
  { handle = null, timeout = 15_000 }: { handle?: string | null; timeout?: number } = {},
): Promise<ElementHandle> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const found = await page.waitForFunction(`${deepCall(selector, handle)}[0]`, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 50,
      });
      return found as unknown as ElementHandle;
    } catch (error) {
      if (error instanceof TimeoutError || Date.now() >= deadline || !isProtocolError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** An error of the driver's protocol (not a time-out, not an error of the test's own script). */
function isProtocolError(error: unknown): boolean {
  const cause = (error as { cause?: unknown }).cause;
  return [error, cause].some((e) => e instanceof Error && e.name === 'ProtocolError');
}

export const CARD = '[data-testid="microscope-card"]';

/** The score card's machine-readable values (same shape as the Chromium suite's). */
export interface CardValues {
  platform: string | null;
  handle: string | null;
  followers: string | null;
  tier: string | null;
  er: string | null;
  erMedian: string | null;
  postsUsed: string | null;
  verdict: string | null;
}

/**
 * In the UI's shadow root: the values of the card of `handle` once it shows a verdict
 * (handles compared without TikTok's "@"), else undefined.
 */
function cardValuesIn(root: ShadowRoot, handle: string): CardValues | undefined {
  const card = [...root.querySelectorAll('[data-testid="microscope-card"]')].find(
    (c) => c.getAttribute('data-handle')?.replace(/^@/, '') === handle,
  );
  if (!card?.querySelector('[data-testid="microscope-verdict"]')) return undefined;
  const value = (id: string) =>
    card.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') ?? null;
  return {
    platform: card.getAttribute('data-platform'),
    handle: card.getAttribute('data-handle')?.replace(/^@/, '') ?? null,
    followers: value('microscope-followers'),
    tier: value('microscope-tier'),
    er: value('microscope-er'),
    erMedian: value('microscope-er-median'),
    postsUsed: value('microscope-posts-used'),
    verdict: value('microscope-verdict'),
  };
}

/** The card of `handle` (Microscope's closed shadow root, reached as closed-ui.ts explains). */
export function readCard(page: Page, handle: string): Promise<CardValues> {
  return waitInUi(page, cardValuesIn, handle, { what: `the card of ${handle}` });
}

/** How many cards of `handle` the page shows. */
export async function countCards(page: Page, handle: string): Promise<number> {
  const out = await inUi(
    page,
    (root, h: string) =>
      [...root.querySelectorAll('[data-testid="microscope-card"]')].filter(
        (c) => c.getAttribute('data-handle')?.replace(/^@/, '') === h,
      ).length,
    handle,
  );
  return out.missing ? 0 : out.value;
}

/** Clicks Score (a real pointer click) and waits for the card of `handle` with a verdict. */
export async function scoreProfile(page: Page, handle: string): Promise<CardValues> {
  await clickInUi(page, '[data-testid="microscope-score-button"]');
  return readCard(page, handle);
}

/** Saves a PNG of the card (page coordinates of the closed root's card) as NAME. */
export async function cardClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return boxInUi(page, CARD);
}

/**
 * The files Firefox has finished saving into `dir`. While it downloads, Firefox keeps an empty
 * placeholder under the final name next to the `NAME.part` it writes, then moves the `.part`
 * over the placeholder: a download is done once no `.part` is left and the file has content.
 */
export function downloadedFiles(dir: string): string[] {
  const names = readdirSync(dir);
  if (names.some((name) => name.endsWith('.part'))) return [];
  return names.filter((name) => statSync(join(dir, name)).size > 0);
}
