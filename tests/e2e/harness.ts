/**
 * Launches the built extension (.output/chrome-mv3) in real Chromium against the fixture
 * site (see tests/e2e/README.md): a persistent context with
 * --load-extension, resolver rules that send www.instagram.com and www.tiktok.com to the
 * local HTTPS fixture server and every other host nowhere (nothing leaves the machine).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { contentUi, type UiLocator } from '../../scripts/content-ui.mjs';
import { launchWithExtension } from '../../scripts/extension-browser.mjs';
import { type FixtureServer, startFixtureServer } from './fixture-server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension; `E2E_EXTENSION_DIR` overrides it (e.g. to try another build). */
export const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'tests/e2e/.artifacts');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Saves a PNG of `target` (page or element) to tests/e2e/.artifacts/NAME.png and returns the path. */
  screenshot(target: Page | Locator | UiLocator, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true; `HEADED=1` in the environment turns it off. */
  headless?: boolean;
  /** Fixed "now" for the fixture site (ms). */
  now?: number;
  extensionDir?: string;
  artifactsDir?: string;
  /** Port for the fixture server (0 = any free port). */
  port?: number;
  /** The browser's language, e.g. 'fr-FR' (default: the machine's). */
  locale?: string;
  /** An X display (e.g. ':7', scripts/real-keyboard.mjs): the browser runs headed there. */
  display?: string;
}

/**
 * A copy of the built extension with one page more, `reference.html`: the popup's page as built
 * with its scripts and stylesheets taken out — the same inline shell, nothing of the product's
 * code. Its first paint is what the browser itself takes to show a page of the extension on this
 * machine at this moment, measured beside the popup's (tests/e2e/workspace.e2e.ts).
 */
export function extensionWithReferencePage(extensionDir: string = EXTENSION_DIR): string {
  const dir = mkdtempSync(join(tmpdir(), 'microscope-e2e-extension-'));
  cpSync(extensionDir, dir, { recursive: true });
  const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
  const reference = popup.replace(/\s*<script\b[^>]*>[^<]*<\/script>/g, '').replace(/\s*<link\b[^>]*>/g, '');
  if (reference.includes('<script') || reference.includes('<link') || !reference.includes('ms-shell'))
    throw new Error('The built popup.html has a shape the reference page does not expect.');
  writeFileSync(join(dir, 'reference.html'), reference);
  return dir;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const artifactsDir = options.artifactsDir ?? ARTIFACTS_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  const server = await startFixtureServer({ port: options.port ?? 0, now: options.now });
  const profileDir = mkdtempSync(join(tmpdir(), 'microscope-e2e-profile-'));
  let launched: { context: BrowserContext; extensionId: string };
  try {
    launched = await launchWithExtension({
      profileDir,
      extensionDir,
      port: server.port,
      headless: options.headless ?? !process.env.HEADED,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.display ? { display: options.display } : {}),
    });
  } catch (error) {
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  const { context, extensionId } = launched;

  return {
    context,
    extensionId,
    server,
    async screenshot(target, name) {
      const path = join(artifactsDir, `${name}.png`);
      await target.screenshot({ path });
      return path;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a fixture profile and waits until the page's own script has loaded and rendered
 * that creator's posts (the fixture marks `<html data-fixture-posts-loaded="HANDLE">`).
 */
export async function openProfile(page: Page, url: string): Promise<void> {
  const handle = handleOf(url);
  await page.goto(url);
  await waitForPosts(page, handle);
}

/** Waits until the fixture page has rendered the posts of `handle` (after load or in-app navigation). */
export async function waitForPosts(page: Page, handle: string): Promise<void> {
  await page
    .locator(`html[data-fixture-posts-loaded="${handle}"]`)
    .waitFor({ state: 'attached', timeout: 15_000 });
}

export function handleOf(url: string): string {
  const path = new URL(url).pathname;
  const m = /^\/@?([A-Za-z0-9._]+)/.exec(path);
  if (!m?.[1]) throw new Error(`No handle in ${url}`);
  return m[1];
}

/** The score card's machine-readable values, keyed by data-testid without the `microscope-` prefix. */
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
 * Microscope's on-page UI: the Score button and the card, inside a CLOSED shadow root that
 * page scripts and Playwright's own locators cannot enter. The tests reach it through the
 * extension's content-script world (scripts/content-ui.mjs; see tests/e2e/README.md) and click
 * with real mouse input.
 */
export function ui(page: Page): UiLocator {
  return contentUi(page);
}

export function card(page: Page): UiLocator {
  return ui(page).getByTestId('microscope-card');
}

export async function readCard(page: Page): Promise<CardValues> {
  const c = card(page);
  const value = (id: string) => c.getByTestId(id).getAttribute('data-value');
  return {
    platform: await c.getAttribute('data-platform'),
    handle: normaliseHandle(await c.getAttribute('data-handle')),
    followers: await value('microscope-followers'),
    tier: await value('microscope-tier'),
    er: await value('microscope-er'),
    erMedian: await value('microscope-er-median'),
    postsUsed: await value('microscope-posts-used'),
    verdict: await value('microscope-verdict'),
  };
}

/** Handles are compared without a leading "@" (TikTok shows one, the contract does not fix it). */
export function normaliseHandle(handle: string | null): string | null {
  return handle === null ? null : handle.replace(/^@/, '');
}

/** Clicks Score and waits for the card of `handle`. */
export async function scoreProfile(page: Page, handle: string): Promise<UiLocator> {
  await ui(page).getByTestId('microscope-score-button').click();
  const c = card(page);
  await c.waitFor({ state: 'visible', timeout: 15_000 });
  const deadline = Date.now() + 15_000;
  while (normaliseHandle(await c.getAttribute('data-handle')) !== handle) {
    if (Date.now() > deadline) throw new Error(`The card never showed ${handle}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return c;
}
