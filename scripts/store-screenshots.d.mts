import type { BrowserContext } from 'playwright-core';

export const STORE_SIZE: { width: number; height: number };
export function pngSize(path: string): { width: number; height: number };
export function takeStoreScreenshots(options: {
  context: BrowserContext;
  extensionId: string;
  outDir: string;
}): Promise<string[]>;
