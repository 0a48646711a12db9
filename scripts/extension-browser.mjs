/**
 * Launching Chromium with the built extension against the offline fixture site; shared by
 * the E2E harness (tests/e2e/harness.ts) and `npm run demo` (scripts/demo.mjs).
 */
import process from 'node:process';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

/** Chromium flags: load the extension, send both sites to the fixture server on `port`, every other host nowhere. */
export function chromiumArgs(extensionDir, port) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP www.instagram.com 127.0.0.1:${port},MAP www.tiktok.com 127.0.0.1:${port},MAP * ~NOTFOUND`,
  ];
}

/**
 * Persistent context with the extension loaded; resolves once its service worker runs. `locale`
 * (e.g. 'fr-FR') is the browser's language: pages, the extension's pages and its content scripts.
 * `display` (an X display such as ':7') runs the browser headed there (scripts/real-keyboard.mjs).
 */
export async function launchWithExtension({
  profileDir,
  extensionDir,
  port,
  headless = true,
  locale,
  display,
}) {
  if (display) headless = false;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless,
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    acceptDownloads: true,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [...chromiumArgs(extensionDir, port), ...(locale ? [`--lang=${locale}`] : [])],
    ...(locale ? { locale } : {}),
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return { context, extensionId: new URL(worker.url()).host };
  } catch (error) {
    await context.close();
    throw error;
  }
}
