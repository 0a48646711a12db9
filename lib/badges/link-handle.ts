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

const IG_HOSTS = new Set(['www.instagram.com', 'instagram.com']);
const TT_HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
const IG_HANDLE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const TT_HANDLE_PATH = /^\/@([A-Za-z0-9._]{1,24})\/?$/;

/**
 * The creator a link's written address (`href` as in the page: `/handle/`, `https://…`) could
 * name, from its text alone — no URL is built — for a first look-up in the index. Only a creator
 * found there is then checked with `profileOfLink` (site sections, reserved names): most links on
 * a page name nobody in the shortlist and cost a regular expression. `pageHost` is the page's own
 * host (for addresses without one).
 */
export function candidateOfHref(href: string, pageHost: string): LinkTarget | undefined {
  let host = pageHost;
  let path = href;
  const scheme = href.startsWith('https://')
    ? 8
    : href.startsWith('http://')
      ? 7
      : href.startsWith('//')
        ? 2
        : -1;
  if (scheme !== -1) {
    const slash = href.indexOf('/', scheme);
    const authority = slash === -1 ? href.slice(scheme) : href.slice(scheme, slash);
    host = authority.replace(/:\d+$/, '').toLowerCase();
    path = slash === -1 ? '/' : href.slice(slash);
  } else if (!href.startsWith('/')) return undefined;
  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  if (IG_HOSTS.has(host)) {
    const m = IG_HANDLE_PATH.exec(path);
    return m?.[1] ? { platform: 'instagram', handle: m[1].toLowerCase() } : undefined;
  }
  if (TT_HOSTS.has(host)) {
    const m = TT_HANDLE_PATH.exec(path);
    return m?.[1] ? { platform: 'tiktok', handle: m[1].toLowerCase() } : undefined;
  }
  return undefined;
}
