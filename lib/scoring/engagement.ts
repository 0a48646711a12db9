import type { Thresholds } from '../model/campaign';
import type { Platform, Post } from '../model/profile';
import type { Confidence, Engagement, ExcludedPost, Reason, UsedPost } from '../model/report';
import type { EligibleSelection } from './eligibility';
import { formatNumber, formatNumberFr } from './format';
import { reason } from './labels';
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

const EXCLUSION_LABEL: Record<ExcludedPost['reason'], string> = {
  pinned: 'pinned',
  'likes-hidden': 'with hidden likes',
  'too-recent': 'too recent',
  collab: 'collab',
  'missing-counts': 'with missing counts',
  'outside-window': 'outside the window',
};

/** The same in French, agreeing with "publication" (feminine) in number. */
const EXCLUSION_LABEL_FR: Record<ExcludedPost['reason'], (n: number) => string> = {
  pinned: (n) => (n > 1 ? 'épinglées' : 'épinglée'),
  'likes-hidden': () => 'avec j’aime masqués',
  'too-recent': (n) => (n > 1 ? 'trop récentes' : 'trop récente'),
  collab: () => 'en collaboration',
  'missing-counts': () => 'aux compteurs illisibles',
  'outside-window': () => 'hors de la fenêtre',
};

function exclusionCounts(excluded: readonly ExcludedPost[]): Array<[ExcludedPost['reason'], number]> {
  const counts = new Map<ExcludedPost['reason'], number>();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  const out: Array<[ExcludedPost['reason'], number]> = [];
  for (const reason of Object.keys(EXCLUSION_LABEL) as ExcludedPost['reason'][]) {
    const n = counts.get(reason);
    if (n) out.push([reason, n]);
  }
  return out;
}

/** "2 pinned, 1 with hidden likes" — in a fixed order so the text is deterministic. */
function summariseExclusions(excluded: readonly ExcludedPost[]): string {
  return exclusionCounts(excluded)
    .map(([reason, n]) => `${n} ${EXCLUSION_LABEL[reason]}`)
    .join(', ');
}

/** "2 épinglées, 1 avec j’aime masqués" — the French form of {@link summariseExclusions}. */
function summariseExclusionsFr(excluded: readonly ExcludedPost[]): string {
  return exclusionCounts(excluded)
    .map(([reason, n]) => `${formatNumberFr(n)} ${EXCLUSION_LABEL_FR[reason](n)}`)
    .join(', ');
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

  const summary = summariseExclusions(selection.excluded);
  const summaryFr = summariseExclusionsFr(selection.excluded);
  const n = used.length;
  // With nothing read and nothing excluded there is no window to describe.
  if (n > 0 || selection.excluded.length > 0)
    reasons.push(
      reason(
        'window',
        'info',
        `ER over ${n} post${n === 1 ? '' : 's'}${summary ? `; excluded: ${summary}` : ''}.`,
        `Taux d’engagement calculé sur ${formatNumberFr(n)} publication${n > 1 ? 's' : ''}${summaryFr ? ` ; écartées : ${summaryFr}` : ''}.`,
      ),
    );
  if (followers === undefined) {
    reasons.push(
      reason(
        'followers-unknown',
        'warn',
        'The follower count could not be read, so the engagement rate by followers is unknown.',
        'Le nombre d’abonnés n’a pas pu être lu : le taux d’engagement par abonnés est inconnu.',
      ),
    );
  } else if (followers === 0) {
    reasons.push(
      reason(
        'followers-zero',
        'warn',
        'The profile shows 0 followers, so the engagement rate by followers cannot be computed.',
        'Le profil affiche 0 abonné : le taux d’engagement par abonnés ne peut pas être calculé.',
      ),
    );
  }
  const undated = selection.undated.length;
  if (undated > 0) {
    reasons.push(
      reason(
        'posts-undated',
        'info',
        `${undated} post${undated === 1 ? '' : 's'} without a date: age not checked, placed after dated posts.`,
        undated > 1
          ? `${formatNumberFr(undated)} publications sans date : âge non vérifié, placées après les publications datées.`
          : '1 publication sans date : âge non vérifié, placée après les publications datées.',
      ),
    );
  }
  if (platform === 'tiktok' && used.length > 0 && erViews.length < used.length) {
    reasons.push(
      reason(
        'views-missing',
        'info',
        `ER by views uses ${erViews.length} of ${formatNumber(used.length)} videos; the others lack views or shares.`,
        `Le taux d’engagement par vues porte sur ${formatNumberFr(erViews.length)} vidéo${erViews.length > 1 ? 's' : ''} sur ${formatNumberFr(used.length)} ; les autres n’ont pas de vues ou de partages lisibles.`,
      ),
    );
  }
  return { engagement, reasons };
}
