import type { SubScore } from '../model/report';
import { AWARENESS_SWEET_SPOT, REACH_LOG10_RANGE, reachRateFor } from './benchmarks';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { median } from './stats';

export interface ReachEstimate {
  perPost: number;
  basis: 'followers-x-rate' | 'median-views';
  rate?: number;
  /** The benchmark the rate comes from (followers-x-rate basis). */
  source?: string;
  /** Posts whose views were used (median-views basis). */
  postIds: string[];
}

/**
 * Estimated reach per post. Instagram: followers × the feed reach rate for the follower
 * band (minter.io); without followers, the median views of eligible reels. TikTok: median
 * views of eligible videos.
 */
export function estimateReach(ctx: ScoringContext): ReachEstimate | undefined {
  const withViews = ctx.selection.window.filter((p) => p.views !== undefined);
  const byViews = (): ReachEstimate | undefined => {
    const m = median(withViews.map((p) => p.views as number));
    return m === undefined
      ? undefined
      : {
          perPost: m,
          basis: 'median-views',
          postIds: withViews.map((p) => p.id),
        };
  };
  if (ctx.platform === 'tiktok') return byViews();
  if (ctx.followers !== undefined) {
    const { rate, source } = reachRateFor(ctx.followers);
    return { perPost: ctx.followers * rate, basis: 'followers-x-rate', rate, source, postIds: [] };
  }
  return byViews();
}

/** In the awareness objective, profiles in the 50k–100k sweet spot get a bonus in R and V (never a hard rule). */
export function sweetSpotBonus(ctx: ScoringContext): number {
  const f = ctx.followers;
  if (ctx.campaign.objective !== 'awareness' || f === undefined) return 0;
  return f >= AWARENESS_SWEET_SPOT.followersFrom && f < AWARENESS_SWEET_SPOT.followersBelow
    ? AWARENESS_SWEET_SPOT.bonus
    : 0;
}

/** R: reach per post on a log10 scale, 100 → 0 and 1,000,000 → 100, plus the awareness sweet-spot bonus. */
export function scoreReach(ctx: ScoringContext): SubScoreResult & { reach: ReachEstimate | undefined } {
  const reach = estimateReach(ctx);
  if (!reach || reach.perPost <= 0) {
    return {
      subscore: noData('reach', { code: 'reach.no-data' }),
      reasons: [],
      reach,
    };
  }
  const { zeroAt, fullAt } = REACH_LOG10_RANGE;
  const base = ((Math.log10(reach.perPost) - zeroAt) / (fullAt - zeroAt)) * 100;
  const bonus = sweetSpotBonus(ctx);
  const inputs: SubScore['inputs'] = {
    reachPerPost: reach.perPost,
    basis: reach.basis,
    rate: reach.rate ?? null,
    followers: ctx.followers ?? null,
    sweetSpotBonus: bonus,
  };
  const views = reach.basis === 'median-views';
  const confidence = views
    ? reach.postIds.length >= ctx.thresholds.lowConfidencePosts
      ? 'high'
      : 'low'
    : 'high';
  return {
    subscore: {
      key: 'reach',
      value: scoreValue(Math.min(100, Math.max(0, base)) + bonus),
      inputs,
      used: reach.postIds.map((id) => ({ id })),
      excluded: [],
      confidence,
      explanation: {
        code: 'reach.scored',
        params: {
          reach: Math.round(reach.perPost),
          basis: reach.basis,
          ...(reach.rate === undefined ? {} : { rate: reach.rate }),
          ...(reach.source === undefined ? {} : { source: reach.source }),
          ...(views ? { videos: reach.postIds.length } : {}),
          sweetSpot: bonus > 0,
        },
      },
    },
    reasons: [],
    reach,
  };
}
