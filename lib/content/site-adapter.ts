import type { Platform } from '../model';
import type { CapturedPayload } from '../sites/capture';

export interface ExtractInput {
  doc: Document;
  url: string;
  captured: CapturedPayload[];
  now: number;
}

/**
 * What the always-on content script of one site needs: URL rules and where the Score button
 * goes. Kept small on purpose — it is loaded on every page of the site; the extractors load
 * later (lib/content/lazy/).
 */
export interface SitePage {
  platform: Platform;
  /** The profile handle of a profile URL, undefined elsewhere. */
  profileHandle(url: string): string | undefined;
  /** The canonical profile URL of a handle. */
  profileUrl(handle: string): string;
  /** True on a post/video page, whose comments belong to the creator in view. */
  isPostPage(url: string): boolean;
  /** Where the Score button goes: CSS selectors tried in order. */
  anchorSelectors: readonly string[];
}
