import type { Platform, UsedPost } from '../model';

/** Which engagement rate a chart of posts shows. */
export type ErBasis = 'followers' | 'views';

/** A post's engagement rate on that basis; undefined when it has none (never 0 in its place). */
function postEr(post: UsedPost, basis: ErBasis): number | undefined {
  const value = basis === 'views' ? post.erViews : post.erFollowers;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * The engagement rate to draw for these posts, one for all of them (two rates on one line
 * would read as a jump in engagement): ER by views on TikTok (the rate its videos are judged
 * by), ER by followers on Instagram. When fewer than two posts have the platform's rate (views
 * not shown, the follower count not read), the other one if two posts have it; undefined when
 * neither has two.
 */
function erBasis(platform: Platform, posts: readonly UsedPost[]): ErBasis | undefined {
  const preferred: ErBasis = platform === 'tiktok' ? 'views' : 'followers';
  const other: ErBasis = preferred === 'views' ? 'followers' : 'views';
  const count = (basis: ErBasis) => posts.filter((post) => postEr(post, basis) !== undefined).length;
  if (count(preferred) >= 2) return preferred;
  return count(other) >= 2 ? other : undefined;
}

export interface ErSeries {
  basis: ErBasis;
  /** One point per post that has that rate, oldest first; a post without it is left out. */
  points: { id: string; takenAt?: number; value: number }[];
}

/** The engagement rate of each post, on one basis (`erBasis`): the card's chart and the comparison's. */
export function erSeries(platform: Platform, used: readonly UsedPost[]): ErSeries | undefined {
  const basis = erBasis(platform, used);
  if (basis === undefined) return undefined;
  const points = used
    .filter((post) => postEr(post, basis) !== undefined)
    .sort((a, b) => (a.takenAt ?? 0) - (b.takenAt ?? 0))
    .map((post) => ({
      id: post.postId,
      ...(post.takenAt === undefined ? {} : { takenAt: post.takenAt }),
      value: postEr(post, basis) as number,
    }));
  return { basis, points };
}
