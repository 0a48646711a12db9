import type { Page } from 'playwright-core';

export const HOST_TAG: string;

export function evaluateInContentWorld<A, R>(page: Page, fn: ((arg: A) => R) | string, arg?: A): Promise<R>;

export class UiLocator {
  constructor(page: Page, steps?: ({ css: string } | { nth: number })[]);
  readonly page: Page;
  getByTestId(id: string): UiLocator;
  locator(css: string): UiLocator;
  first(): UiLocator;
  nth(index: number): UiLocator;
  count(): Promise<number>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  isVisible(): Promise<boolean>;
  waitFor(options?: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  }): Promise<void>;
  evaluateAll<R, A = undefined>(fn: (elements: Element[], arg: A) => R, arg?: A): Promise<R>;
  click(options?: { timeout?: number }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<{ x: number; y: number }>;
  press(key: string, options?: { timeout?: number }): Promise<void>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number }>;
  screenshot(options?: { path?: string }): Promise<Buffer>;
}

export function contentUi(page: Page): UiLocator;
