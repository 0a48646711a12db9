import type { Comment, Extraction, Platform } from '../model';
import type { CapturedPayload } from '../sites/capture';
import type { SelectorChoice } from '../sites/dom';

export interface ExtractInput {
  doc: Document;
  url: string;
  captured: CapturedPayload[];
  now: number;
}

/** What the shared content-script wiring needs from one site. */
export interface SiteAdapter {
  platform: Platform;
  /** The profile handle of a profile URL, undefined elsewhere. */
  profileHandle(url: string): string | undefined;
  /** The canonical profile URL of a handle. */
  profileUrl(handle: string): string;
  /** True on a post/video page, whose comments belong to the creator in view. */
  isPostPage(url: string): boolean;
  extractProfile(input: ExtractInput): Extraction;
  extractComments(input: ExtractInput & { creatorHandle: string }): Comment[];
  /** Where the Score button goes: CSS selectors tried in order. */
  anchorSelectors: readonly string[];
  /** The site's selector table, probed for Copy diagnostics. */
  selectorTable: Record<string, readonly SelectorChoice[]>;
}
