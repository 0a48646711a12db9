import type { BrowserContext } from 'playwright-core';

export function chromiumArgs(extensionDir: string, port: number): string[];
export function launchWithExtension(options: {
  profileDir: string;
  extensionDir: string;
  port: number;
  headless?: boolean;
  /** The browser's language, e.g. 'fr-FR'. */
  locale?: string;
  /** An X display (e.g. ':7'): the browser runs headed there. */
  display?: string;
}): Promise<{ context: BrowserContext; extensionId: string }>;
