/**
 * Which links on a page lead to a creator's profile, from the link's own host and path (an
 * anchor's `hostname` and `pathname`: no URL is parsed for links that cannot be one). Only the
 * profile itself counts: a post, a video, a creator's follower list or a site section does not.
 * Pure.
 */
import type { Platform } from '../model';
import { instagramHandleFromUrl } from '../sites/instagram/url';
import { tiktokHandleFromUrl } from '../sites/tiktok/url';

/** `/handle` or `/handle/` on Instagram. */
const IG_PATH = /^\/[A-Za-z0-9._]{1,30}\/?$/;
/** `/@handle` or `/@handle/` on TikTok. */
const TT_PATH = /^\/@[A-Za-z0-9._]{1,24}\/?$/;

export interface LinkTarget {
  platform: Platform;
  /** Lower case, without `@`. */
  handle: string;
}

export function profileOfLink(link: { hostname: string; pathname: string }): LinkTarget | undefined {
  const host = link.hostname;
  if (host === 'www.instagram.com' || host === 'instagram.com') {
    if (!IG_PATH.test(link.pathname)) return undefined;
    // Section names (explore, reels, accounts…) are kept out by the sites' own rules.
    const handle = instagramHandleFromUrl(`https://www.instagram.com${link.pathname}`);
    return handle ? { platform: 'instagram', handle } : undefined;
  }
  if (host === 'www.tiktok.com' || host === 'tiktok.com') {
    if (!TT_PATH.test(link.pathname)) return undefined;
    const handle = tiktokHandleFromUrl(`https://www.tiktok.com${link.pathname}`);
    return handle ? { platform: 'tiktok', handle } : undefined;
  }
  return undefined;
}
