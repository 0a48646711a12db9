import type { BrowserContext } from 'playwright-core';

export function chromiumArgs(extensionDir: string, port: number): string[];
export function launchWithExtension(options: {
  profileDir: string;
  extensionDir: string;
  port: number;
  headless?: boolean;
}): Promise<{ context: BrowserContext; extensionId: string }>;
