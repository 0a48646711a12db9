/**
 * Launching Firefox with the built extension (.output/firefox-mv3) against the offline fixture
 * site; used by the Firefox end-to-end tests (tests/e2e-firefox/).
 *
 * - puppeteer-core drives Firefox over WebDriver BiDi (no geckodriver) and installs the built
 *   add-on as a temporary add-on (`browser.installExtension(dir)`; no signing needed).
 * - Firefox has no `--host-resolver-rules`: it is pointed at a local proxy (site-proxy.mjs) that
 *   tunnels www.instagram.com and www.tiktok.com to the fixture server and refuses everything
 *   else; the fixture's self-signed certificate is accepted for the session only
 *   (`acceptInsecureCerts`).
 * - The extension's internal UUID is fixed (`extensions.webextensions.uuids`), so its pages are
 *   at a known `moz-extension://UUID/…`; `--remote-allow-system-access` lets the driver open them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './find-firefox.mjs';
import { startSiteProxy } from './site-proxy.mjs';

/** The extension's internal UUID in the test browser (any fixed v4 UUID will do). */
export const FIREFOX_EXTENSION_UUID = '3f9c2a51-7d4e-4b8a-9c61-0e5d8b2f4a17';

/** The add-on id from the built manifest (browser_specific_settings.gecko.id). */
export function geckoIdOf(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || !id) throw new Error(`${extensionDir}/manifest.json has no gecko id.`);
  return id;
}

/**
 * Preferences for the test profile: every request through the site proxy, a fixed extension
 * UUID, and none of Firefox's own background traffic (remote settings, captive portal, …).
 */
export function firefoxPrefs({ proxyPort, geckoId, uuid = FIREFOX_EXTENSION_UUID }) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
  };
}

/**
 * Starts the site proxy, launches Firefox and installs the extension.
 * `prefs` are added to (and override) the test profile's preferences. `display` (an X display
 * such as ':7') runs Firefox headed there (scripts/real-keyboard.mjs).
 */
export async function launchFirefoxWithExtension({
  extensionDir,
  port,
  headless = true,
  prefs = {},
  display,
}) {
  if (display) headless = false;
  const geckoId = geckoIdOf(extensionDir);
  const proxy = await startSiteProxy({ targetPort: port });
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      // Firefox's own test switch: no connection to a non-loopback address (the proxy is on
      // 127.0.0.1), and its remote-settings client honours the dummy server below.
      env: {
        ...process.env,
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
        ...(display ? { DISPLAY: display } : {}),
      },
      extraPrefsFirefox: { ...firefoxPrefs({ proxyPort: proxy.port, geckoId }), ...prefs },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`Installed add-on ${installed}, expected ${geckoId}.`);
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy.close();
    throw error;
  }
  /** Evaluates `expression` in the browser's privileged (chrome) scope; test use only. */
  let chromeContext;
  async function privileged(expression) {
    const connection = browser.connection;
    if (!chromeContext) {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      chromeContext = tree.result.contexts[0]?.context;
      if (!chromeContext)
        throw new Error('No privileged browsing context (is --remote-allow-system-access set?).');
    }
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`Privileged evaluation failed: ${JSON.stringify(result)}`);
    return result.result?.value;
  }
  return {
    browser,
    proxy,
    privileged,
    extensionId: geckoId,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
    },
  };
}
