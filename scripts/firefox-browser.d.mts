import type { Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_UUID: string;
export function geckoIdOf(extensionDir: string): string;
export function firefoxPrefs(options: {
  proxyPort: number;
  geckoId: string;
  uuid?: string;
}): Record<string, string | number | boolean>;

export interface SiteProxyLog {
  port: number;
  /** `host:443` of every tunnel opened (only the two sites). */
  tunnelled: string[];
  /** Every request the proxy refused (`CONNECT host:port` or `METHOD url`). */
  refused: string[];
}

export interface LaunchedFirefox {
  browser: Browser;
  proxy: SiteProxyLog;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** `moz-extension://UUID` of the installed extension. */
  extensionOrigin: string;
  /**
   * Evaluates a script in the browser's privileged (chrome) scope over WebDriver BiDi and returns
   * its serialisable value: tests use it to stop the extension's event page
   * (`WebExtensionPolicy.getByID(id).extension.terminateBackground()`) and read its state.
   */
  privileged(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export function launchFirefoxWithExtension(options: {
  extensionDir: string;
  /** Port of the fixture server on 127.0.0.1. */
  port: number;
  headless?: boolean;
  prefs?: Record<string, string | number | boolean>;
  /** An X display (e.g. ':7'): Firefox runs headed there. */
  display?: string;
}): Promise<LaunchedFirefox>;
