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
/** The longest handle each site allows (lib/sites/*: the same rules read profile addresses). */
const IG_MAX = 30;
const TT_MAX = 24;
/** A TikTok handle (lib/sites/tiktok/url.ts reads profile addresses by the same rule). */
const TT_HANDLE = /^[a-z0-9._]{1,24}$/i;

/** Whether a UTF-16 code is a letter A–Z or a–z, a digit, `.` or `_` (a handle's characters). */
function isHandleCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95;
}

/**
 * The creator a link's written address could name, passed to `find` (platform, handle in lower
 * case) for a look-up: most links on a page name nobody in the shortlist, and this reads them
 * character by character, with no regular expression and no string made but the handle.
 * `pageHost` is the host that addresses without one are resolved against (the document's base).
 * Accepted: `/handle` or `/handle/` on Instagram, `/@handle` or `/@handle/` on TikTok, then the
 * address's query or fragment, or its end.
 */
export function findByHref<T>(
  href: string,
  pageHost: string,
  find: (platform: Platform, handle: string) => T | undefined,
): T | undefined {
  let host = pageHost;
  let at = 0;
  // An address with a host (`https://…`, `http://…`, `//…`): the host is read from it, and the
  // path starts at its first slash. Else a path on the page's own host (`/…`), or nobody.
  let start = -1;
  if (href.charCodeAt(0) === 47 /* / */) start = href.charCodeAt(1) === 47 ? 2 : -1;
  else if (href.startsWith('https://')) start = 8;
  else if (href.startsWith('http://')) start = 7;
  else return undefined;
  if (start !== -1) {
    const slash = href.indexOf('/', start);
    if (slash === -1) return undefined;
    const authority = href.slice(start, slash);
    const colon = authority.indexOf(':');
    host = (colon === -1 ? authority : authority.slice(0, colon)).toLowerCase();
    if (colon !== -1 && !/^:\d*$/.test(authority.slice(colon))) return undefined;
    at = slash;
  }
  let platform: Platform;
  let max: number;
  if (IG_HOSTS.has(host)) {
    platform = 'instagram';
    max = IG_MAX;
    at += 1;
  } else if (TT_HOSTS.has(host)) {
    platform = 'tiktok';
    max = TT_MAX;
    if (href.charCodeAt(at + 1) !== 64 /* @ */) return undefined;
    at += 2;
  } else return undefined;
  const from = at;
  const n = href.length;
  while (at < n && isHandleCode(href.charCodeAt(at))) at++;
  const length = at - from;
  if (length === 0 || length > max) return undefined;
  const to = at;
  if (href.charCodeAt(at) === 47) at++;
  if (at < n) {
    const c = href.charCodeAt(at);
    if (c !== 63 /* ? */ && c !== 35 /* # */) return undefined;
  }
  return find(platform, href.slice(from, to).toLowerCase());
}

/**
 * The key (`platform:handle`, as in the shortlist) of the creator a link's written address could
 * name (`findByHref`). A creator found in the index is a profile by the
 * site's rules only if `isProfileHandle` says so (the background's index holds only those).
 */
export function candidateKeyOfHref(href: string, pageHost: string): string | undefined {
  return findByHref(href, pageHost, (platform, handle) => `${platform}:${handle}`);
}

/** The creator a link's written address could name, as a platform and a handle (`findByHref`). */
export function candidateOfHref(href: string, pageHost: string): LinkTarget | undefined {
  return findByHref(href, pageHost, (platform, handle) => ({ platform, handle }));
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
