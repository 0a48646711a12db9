import type { BrowserContext } from 'playwright-core';

export function chromiumArgs(extensionDir: string, port: number): string[];
export function launchWithExtension(options: {
  profileDir: string;
  extensionDir: string;
  port: number;
  headless?: boolean;
  /** The browser's language, e.g. 'fr-FR'. */
  locale?: string;
}): Promise<{ context: BrowserContext; extensionId: string }>;
