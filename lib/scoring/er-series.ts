import type { Platform, UsedPost } from '../model';

/** Which engagement rate a chart of posts shows. */
export type ErBasis = 'followers' | 'views';

export interface ErSeries {
  basis: ErBasis;
  /** One point per post that has that rate, oldest first; a post without it is left out, never drawn as 0. */
  points: { id: string; value: number }[];
}

/**
 * The engagement rate per post for the card's chart: ER by views on TikTok (the rate its posts
 * are judged by), ER by followers on Instagram, each post with the one rate only (two rates on
 * one line would read as a jump in engagement). When fewer than two posts have the platform's
 * rate (views not shown, the follower count not read), the other rate is drawn if two posts
 * have it; undefined when neither has two.
 */
export function erSeries(platform: Platform, used: readonly UsedPost[]): ErSeries | undefined {
  const preferred: ErBasis = platform === 'tiktok' ? 'views' : 'followers';
  const other: ErBasis = preferred === 'views' ? 'followers' : 'views';
  for (const basis of [preferred, other]) {
    const points = used
      .filter((post) => rateOf(post, basis) !== undefined)
      .sort((a, b) => (a.takenAt ?? 0) - (b.takenAt ?? 0))
      .map((post) => ({ id: post.postId, value: rateOf(post, basis) as number }));
    if (points.length >= 2) return { basis, points };
  }
  return undefined;
}

function rateOf(post: UsedPost, basis: ErBasis): number | undefined {
  const value = basis === 'views' ? post.erViews : post.erFollowers;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
