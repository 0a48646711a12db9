import { z } from 'zod';

/**
 * Bounds shared by every schema that stores or exchanges data, so that nothing a file or a
 * page brings can break a formatter, a sort or a screen: times a `Date` can hold, text of a
 * sensible length, profile addresses on the two sites only.
 */

/** 9999-12-31T23:59:59.999Z: the last instant with a four-digit year (every formatter handles it). */
const MAX_EPOCH_MS = 253_402_300_799_999;

/** A time in epoch milliseconds, from 1970 to the end of year 9999. */
export const EpochMsSchema = z.number().refine(isEpochMsInRange, {
  message: 'a time from 1970 to the year 9999, in whole milliseconds',
  params: { problem: 'time' },
});

/** True for an epoch-ms time the schemas accept (and `Date` can format). */
function isEpochMsInRange(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_EPOCH_MS;
}

/** Longest text each kind of field may hold (characters). */
export const TEXT_LIMITS = {
  /** Instagram handles have at most 30 characters, TikTok ones 24. */
  handle: 100,
  /** Display names, device names, owners, campaign ids. */
  name: 200,
  url: 2_048,
  /** Ids of posts and comments, codes. */
  id: 200,
  /** A note by one author. */
  note: 10_000,
  /** Deliverables and other free text a user types. */
  text: 2_000,
  /** Messages and explanations in a score report, caption evidence. */
  message: 5_000,
  tag: 200,
} as const;

/** An integer with English thousands separators ("10,000"), as `toLocaleString('en')` writes it. */
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// The limit is written without Intl: the schemas are built when a module loads, on the path of
// the first click on Score, and each `toLocaleString` call builds a number formatter (~0.5 ms).
export const bounded = (max: number) => z.string().max(max, `at most ${withCommas(max)} characters`);

/** Most items a score report's lists may hold. */
export const LIST_LIMITS = {
  posts: 5_000,
  comments: 50_000,
  reasons: 500,
} as const;

/** Hosts whose https addresses Microscope shows as links: the two sites' own. */
const SITE_HOSTS = new Set(['www.instagram.com', 'instagram.com', 'www.tiktok.com', 'tiktok.com']);

/** The common, plain form of a site address, checked without building a URL (thousands per import). */
const PLAIN_SITE_URL = /^https:\/\/(?:www\.)?(?:instagram|tiktok)\.com\/[^\s\\]*$/;

/** An https address on instagram.com or tiktok.com, without credentials or port. */
function isSiteUrl(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > TEXT_LIMITS.url) return false;
  if (PLAIN_SITE_URL.test(text)) return true;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    SITE_HOSTS.has(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

export const SiteUrlSchema = bounded(TEXT_LIMITS.url).refine(isSiteUrl, {
  message: 'only an https address on instagram.com or tiktok.com',
  params: { problem: 'url' },
});

/** The profile page of a creator, built from the handle (what links show when a stored address is not the site's). */
export function profileUrlOf(platform: 'instagram' | 'tiktok', handle: string): string {
  const path = encodeURIComponent(handle.replace(/^@/, ''));
  return platform === 'instagram' ? `https://www.instagram.com/${path}/` : `https://www.tiktok.com/@${path}`;
}

/** The address to open for a creator: the stored one when it is on the site, else the one built from the handle. */
export function safeProfileUrl(entry: {
  platform: 'instagram' | 'tiktok';
  handle: string;
  url?: string;
}): string {
  return isSiteUrl(entry.url) ? entry.url : profileUrlOf(entry.platform, entry.handle);
}
