import type { Thresholds } from '../model/campaign';
import type { Platform, Post } from '../model/profile';
import type { ExcludedPost, ExclusionReason } from '../model/report';

const HOUR_MS = 3_600_000;

export interface EligibleSelection {
  /** The newest `postWindow` eligible posts, newest first: the ER window. */
  window: Post[];
  /** Every other post with the reason it was left out, newest first. */
  excluded: ExcludedPost[];
  /** Eligible posts before the window cut (window + 'outside-window'). */
  eligibleCount: number;
  /** Ids of posts without a date: their age could not be checked; sorted after dated posts. */
  undated: string[];
}

/** Minimum age before a post's counts are considered settled, in hours, for a platform. */
function minPostAgeHours(platform: Platform, thresholds: Thresholds): number {
  return platform === 'tiktok' ? thresholds.minPostAgeHoursTiktok : thresholds.minPostAgeHoursInstagram;
}

/** Newest first; undated posts keep their page order after the dated ones; ties keep page order. */
export function sortNewestFirst(posts: readonly Post[]): Post[] {
  return posts
    .map((post, index) => ({ post, index }))
    .sort((a, b) => {
      const ta = a.post.takenAt;
      const tb = b.post.takenAt;
      if (ta === undefined && tb === undefined) return a.index - b.index;
      if (ta === undefined) return 1;
      if (tb === undefined) return -1;
      return tb - ta || a.index - b.index;
    })
    .map(({ post }) => post);
}

/**
 * Why a post cannot enter the ER window, or undefined when it can. The first reason that
 * applies wins, in this order: pinned, likes hidden, too recent, collab, missing counts.
 * Hidden likes are checked before any count so a hidden like count is never used as a number.
 */
function exclusionReason(
  post: Post,
  platform: Platform,
  thresholds: Thresholds,
  now: number,
): ExclusionReason | undefined {
  if (post.pinned) return 'pinned';
  if (post.likesHidden) return 'likes-hidden';
  if (post.takenAt !== undefined && now - post.takenAt < minPostAgeHours(platform, thresholds) * HOUR_MS) {
    return 'too-recent';
  }
  if (post.coauthors.length > 0) return 'collab';
  if (post.likes === undefined || post.comments === undefined) return 'missing-counts';
  return undefined;
}

/**
 * The guide's window: newest first, excluding pinned, hidden-likes, too-recent (< 48 h
 * Instagram, < 72 h TikTok), collab and count-less posts; the newest `postWindow` eligible
 * posts are kept, the older eligible ones are excluded as 'outside-window'.
 */
export function selectEligiblePosts(
  posts: readonly Post[],
  platform: Platform,
  thresholds: Thresholds,
  now: number,
): EligibleSelection {
  const window: Post[] = [];
  const excluded: ExcludedPost[] = [];
  const undated: string[] = [];
  let eligibleCount = 0;
  for (const post of sortNewestFirst(posts)) {
    if (post.takenAt === undefined) undated.push(post.id);
    const reason = exclusionReason(post, platform, thresholds, now);
    if (reason === undefined) {
      eligibleCount++;
      if (window.length < thresholds.postWindow) {
        window.push(post);
        continue;
      }
    }
    excluded.push(withUrl({ postId: post.id, reason: reason ?? 'outside-window' }, post.url));
  }
  return { window, excluded, eligibleCount, undated };
}

function withUrl(excluded: ExcludedPost, url: string | undefined): ExcludedPost {
  return url === undefined ? excluded : { ...excluded, url };
}
