/** Which Instagram URLs are creator profiles, and which are posts. Pure functions of the URL. */

const INSTAGRAM_HOSTS = new Set(['www.instagram.com', 'instagram.com']);

/** First path segments that are site sections, never usernames. */
const RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'accounts',
  'direct',
  'stories',
  'about',
  'developer',
  'legal',
  'api',
  'graphql',
  'ajax',
  'challenge',
  'emails',
  'web',
  'privacy',
  'terms',
  'static',
  'topics',
  'directory',
  'session',
  'oauth',
  'lite',
  'nametag',
  'your_activity',
  'notifications',
  'create',
  'ar',
  'press',
  'download',
  'blog',
  'help',
  'live',
  'invites',
  'sessions',
  'fragment',
]);

const HANDLE_RE = /^[a-z0-9._]{1,30}$/i;

/** The profile tab a profile URL shows; `followers`/`following` are lists opened over the profile. */
export type InstagramProfileTab = 'posts' | 'reels' | 'tagged' | 'saved' | 'followers' | 'following';

const TABS: Readonly<Record<string, InstagramProfileTab>> = {
  reels: 'reels',
  tagged: 'tagged',
  saved: 'saved',
  followers: 'followers',
  following: 'following',
};

function toUrl(url: string | URL): URL | undefined {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
}

function segments(url: string | URL): string[] | undefined {
  const parsed = toUrl(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !INSTAGRAM_HOSTS.has(parsed.hostname))
    return undefined;
  return parsed.pathname.split('/').filter((s) => s !== '');
}

/** Whether a path segment can be a username: not a site section, no dot at either end. */
export function isInstagramHandle(segment: string): boolean {
  if (RESERVED.has(segment.toLowerCase()) || !HANDLE_RE.test(segment)) return false;
  return !segment.startsWith('.') && !segment.endsWith('.');
}

function profileParts(url: string | URL): { handle: string; tab: InstagramProfileTab } | undefined {
  const parts = segments(url);
  if (!parts || parts.length === 0 || parts.length > 2) return undefined;
  const [first, second] = parts as [string, string | undefined];
  if (!isInstagramHandle(first)) return undefined;
  const tab = second === undefined ? 'posts' : TABS[second.toLowerCase()];
  if (!tab) return undefined;
  return { handle: first.toLowerCase(), tab };
}

/** `https://www.instagram.com/HANDLE/` and its tabs (`/reels/`, `/tagged/`). */
export function isInstagramProfileUrl(url: string | URL): boolean {
  return profileParts(url) !== undefined;
}

/** The lower-case handle of a profile URL, or undefined for any other page. */
export function instagramHandleFromUrl(url: string | URL): string | undefined {
  return profileParts(url)?.handle;
}

/** Which tab of the profile the URL shows, or undefined when it is not a profile. */
export function instagramProfileTab(url: string | URL): InstagramProfileTab | undefined {
  return profileParts(url)?.tab;
}

export interface InstagramPostRef {
  shortcode: string;
  kind: 'post' | 'reel';
  /** Present in the newer `/HANDLE/p/CODE/` form. */
  handle?: string;
}

const CODE_RE = /^[A-Za-z0-9_-]{5,64}$/;

/** `/p/CODE/`, `/reel/CODE/`, `/tv/CODE/` and `/HANDLE/p/CODE/`: a single post. */
export function instagramPostFromUrl(url: string | URL): InstagramPostRef | undefined {
  const parts = segments(url);
  if (!parts) return undefined;
  const [a, b, c] = parts;
  const kindOf = (s: string | undefined) =>
    s === 'p' || s === 'tv'
      ? ('post' as const)
      : s === 'reel' || s === 'reels'
        ? ('reel' as const)
        : undefined;
  if (parts.length === 2 && a && b && CODE_RE.test(b)) {
    const kind = kindOf(a);
    if (kind) return { shortcode: b, kind };
  }
  if (parts.length === 3 && a && b && c && CODE_RE.test(c) && !RESERVED.has(a) && HANDLE_RE.test(a)) {
    const kind = kindOf(b);
    if (kind) return { shortcode: c, kind, handle: a.toLowerCase() };
  }
  return undefined;
}

/** Is this the login page Instagram redirects logged-out visitors to? */
export function isInstagramLoginUrl(url: string | URL): boolean {
  const parts = segments(url);
  return parts?.[0] === 'accounts' && (parts[1] === 'login' || parts[1] === 'signup');
}

/** The canonical URL of a post or reel by its shortcode. */
export function instagramPostUrl(code: string, type: 'photo' | 'carousel' | 'video' | 'reel'): string {
  return `https://www.instagram.com/${type === 'reel' ? 'reel' : 'p'}/${code}/`;
}
