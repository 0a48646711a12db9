import type { Thresholds } from '../model/campaign';
import type { Platform, Post } from '../model/profile';
import type {
  Confidence,
  Engagement,
  ExcludedPost,
  ExclusionReason,
  Reason,
  UsedPost,
} from '../model/report';
import { reason } from './codes';
import type { EligibleSelection } from './eligibility';
import { mean, median } from './stats';

/** The campaign's minimum ER for a platform, percent (the guide: 3 % Instagram, 5 % TikTok). */
function minimumEr(platform: Platform, thresholds: Thresholds): number {
  return platform === 'tiktok' ? thresholds.minErTiktok : thresholds.minErInstagram;
}

/** none below `minEligiblePosts` (3) posts in the window, low below `lowConfidencePosts` (5), else high. */
export function confidenceOf(postsUsed: number, thresholds: Thresholds): Confidence {
  if (postsUsed < thresholds.minEligiblePosts) return 'none';
  if (postsUsed < thresholds.lowConfidencePosts) return 'low';
  return 'high';
}

/** (likes + comments) / followers × 100; undefined when followers are unknown or zero. */
function erByFollowers(likes: number, comments: number, followers: number | undefined): number | undefined {
  if (followers === undefined || followers <= 0) return undefined;
  return ((likes + comments) / followers) * 100;
}

/** (likes + comments + shares) / views × 100; undefined when views or shares are unknown, or views are 0. */
function erByViews(post: Post): number | undefined {
  if (post.likes === undefined || post.comments === undefined) return undefined;
  if (post.views === undefined || post.views <= 0 || post.shares === undefined) return undefined;
  return ((post.likes + post.comments + post.shares) / post.views) * 100;
}

export interface EngagementInput {
  selection: EligibleSelection;
  followers: number | undefined;
  platform: Platform;
  thresholds: Thresholds;
}

export interface EngagementResult {
  engagement: Engagement;
  /** Data notes for the card (window summary, followers unknown, …); verdict reasons live in verdict.ts. */
  reasons: Reason[];
}

/** Posts left out of the window, counted by reason. */
function exclusionCounts(excluded: readonly ExcludedPost[]): Partial<Record<ExclusionReason, number>> {
  const counts: Partial<Record<ExclusionReason, number>> = {};
  for (const e of excluded) counts[e.reason] = (counts[e.reason] ?? 0) + 1;
  return counts;
}

/**
 * The guide's ER over the window: mean (headline) and median (used for scoring) of
 * (likes + comments) / followers × 100 per post; on TikTok also the median ER by views.
 * Percent values are not rounded.
 */
export function computeEngagement({
  selection,
  followers,
  platform,
  thresholds,
}: EngagementInput): EngagementResult {
  const reasons: Reason[] = [];
  const used: UsedPost[] = selection.window.map((post) => {
    // The window only holds posts with both counts (eligibility guarantees it).
    const likes = post.likes ?? 0;
    const comments = post.comments ?? 0;
    const u: UsedPost = { postId: post.id, likes, comments };
    if (post.url !== undefined) u.url = post.url;
    if (post.takenAt !== undefined) u.takenAt = post.takenAt;
    if (post.views !== undefined) u.views = post.views;
    if (post.shares !== undefined) u.shares = post.shares;
    const erF = erByFollowers(likes, comments, followers);
    if (erF !== undefined) u.erFollowers = erF;
    if (platform === 'tiktok') {
      const erV = erByViews(post);
      if (erV !== undefined) u.erViews = erV;
    }
    return u;
  });

  const erFollowers = used.flatMap((u) => (u.erFollowers === undefined ? [] : [u.erFollowers]));
  const erViews = used.flatMap((u) => (u.erViews === undefined ? [] : [u.erViews]));
  const confidence = confidenceOf(used.length, thresholds);

  const engagement: Engagement = {
    minimum: minimumEr(platform, thresholds),
    used,
    excluded: selection.excluded,
    confidence,
  };
  const erMean = mean(erFollowers);
  const erMedian = median(erFollowers);
  const erByViewsMedian = median(erViews);
  if (erMean !== undefined) engagement.erMean = erMean;
  if (erMedian !== undefined) engagement.erMedian = erMedian;
  if (erByViewsMedian !== undefined) engagement.erByViewsMedian = erByViewsMedian;

  const n = used.length;
  // With nothing read and nothing excluded there is no window to describe.
  if (n > 0 || selection.excluded.length > 0)
    reasons.push(
      reason('info', {
        code: 'window',
        params: { posts: n, excluded: exclusionCounts(selection.excluded) },
      }),
    );
  if (followers === undefined) {
    reasons.push(reason('warn', { code: 'followers-unknown' }));
  } else if (followers === 0) {
    reasons.push(reason('warn', { code: 'followers-zero' }));
  }
  const undated = selection.undated.length;
  if (undated > 0) reasons.push(reason('info', { code: 'posts-undated', params: { posts: undated } }));
  if (platform === 'tiktok' && used.length > 0 && erViews.length < used.length) {
    reasons.push(
      reason('info', {
        code: 'views-missing',
        params: { withViews: erViews.length, videos: used.length },
      }),
    );
  }
  return { engagement, reasons };
}
