import type { Platform } from '../model';
import { instagramHandleFromUrl, instagramPostFromUrl } from './instagram/url';
import { tiktokHandleFromUrl, tiktokVideoFromUrl } from './tiktok/url';

export interface ProfilePage {
  platform: Platform;
  handle: string;
}

export interface PostPage {
  platform: Platform;
  /** Instagram shortcode or TikTok video id. */
  postId: string;
  /** Known from the URL on TikTok and on Instagram's `/HANDLE/p/CODE/` form. */
  handle?: string;
}

/** The creator profile a URL shows, on either site. */
export function detectProfilePage(url: string | URL): ProfilePage | undefined {
  const ig = instagramHandleFromUrl(url);
  if (ig) return { platform: 'instagram', handle: ig };
  const tt = tiktokHandleFromUrl(url);
  if (tt) return { platform: 'tiktok', handle: tt };
  return undefined;
}

/** A single post or video (where its comments can be read), on either site. */
export function detectPostPage(url: string | URL): PostPage | undefined {
  const ig = instagramPostFromUrl(url);
  if (ig) return { platform: 'instagram', postId: ig.shortcode, ...(ig.handle ? { handle: ig.handle } : {}) };
  const tt = tiktokVideoFromUrl(url);
  if (tt) return { platform: 'tiktok', postId: tt.id, handle: tt.handle };
  return undefined;
}
