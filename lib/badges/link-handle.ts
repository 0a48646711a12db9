/**
 * Which links on a page lead to a creator's profile, from the link's written address alone (its
 * `href` as in the page: `/handle/`, `https://…`): no URL is built for the many links that cannot
 * be one. Only the profile itself counts: a post, a video, a creator's follower list or a site
 * section does not. Pure.
 */
import type { Platform } from '../model';
import { isInstagramHandle } from '../sites/instagram/url';

export interface LinkTarget {
  platform: Platform;
  /** Lower case, without `@`. */
  handle: string;
}

const IG_HOSTS = new Set(['www.instagram.com', 'instagram.com']);
const TT_HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
/** `/handle` or `/handle/` on Instagram, then the address's query or fragment, or its end. */
const IG_PATH = /^\/([A-Za-z0-9._]{1,30})\/?(?:[?#]|$)/;
/** `/@handle` or `/@handle/` on TikTok, the same. */
const TT_PATH = /^\/@([A-Za-z0-9._]{1,24})\/?(?:[?#]|$)/;
/** A TikTok handle (lib/sites/tiktok/url.ts reads profile addresses by the same rule). */
const TT_HANDLE = /^[a-z0-9._]{1,24}$/i;

/**
 * The index key (`platform:handle`, lib/badges/index-data.ts `badgeKey`) of the creator a link's
 * written address could name, for a first look-up in the index: most links on a page name nobody
 * in the shortlist and cost one regular expression. `pageHost` is the host that addresses without
 * one are resolved against (the document's base). A creator found in the index is then checked
 * once with `isProfileHandle` (site sections, reserved names).
 */
export function candidateKeyOfHref(href: string, pageHost: string): string | undefined {
  let host = pageHost;
  let path = href;
  let start = -1;
  if (href.charCodeAt(0) === 47 /* / */) {
    if (href.charCodeAt(1) === 47) start = 2;
  } else if (href.startsWith('https://')) start = 8;
  else if (href.startsWith('http://')) start = 7;
  else return undefined;
  if (start !== -1) {
    const slash = href.indexOf('/', start);
    const authority = slash === -1 ? href.slice(start) : href.slice(start, slash);
    const colon = authority.indexOf(':');
    host = (colon === -1 ? authority : authority.slice(0, colon)).toLowerCase();
    if (colon !== -1 && !/^:\d*$/.test(authority.slice(colon))) return undefined;
    path = slash === -1 ? '/' : href.slice(slash);
  }
  if (IG_HOSTS.has(host)) {
    const m = IG_PATH.exec(path);
    return m ? `instagram:${(m[1] as string).toLowerCase()}` : undefined;
  }
  if (TT_HOSTS.has(host)) {
    const m = TT_PATH.exec(path);
    return m ? `tiktok:${(m[1] as string).toLowerCase()}` : undefined;
  }
  return undefined;
}

/** `candidateKeyOfHref` as a platform and a handle. */
export function candidateOfHref(href: string, pageHost: string): LinkTarget | undefined {
  const key = candidateKeyOfHref(href, pageHost);
  if (!key) return undefined;
  const colon = key.indexOf(':');
  return { platform: key.slice(0, colon) as Platform, handle: key.slice(colon + 1) };
}

/**
 * Whether a handle the address pattern accepts is a creator's profile by the site's own rules
 * (not a section such as `explore` or `reels`, no leading or trailing dot).
 */
export function isProfileHandle(platform: Platform, handle: string): boolean {
  return platform === 'instagram' ? isInstagramHandle(handle) : TT_HANDLE.test(handle);
}

/** The creator whose profile a link's written address leads to, if any. */
export function profileOfHref(href: string, pageHost: string): LinkTarget | undefined {
  const target = candidateOfHref(href, pageHost);
  return target && isProfileHandle(target.platform, target.handle) ? target : undefined;
}
