import type { SubScore } from '../model/report';
import type { ExplanationCode, NoteCode } from './codes';
import { noData, piecewise, type ScoringContext, type SubScoreResult, scoreValue } from './context';

/** ER ÷ reference → 0–100: half the reference 30, at the reference 60, twice 90, three times 100. */
const ER_RATIO_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.5, 30],
  [1, 60],
  [2, 90],
  [3, 100],
];

/**
 * E: the median ER by followers against the campaign minimum (the guide's 3 % / 5 %); on
 * TikTok also the median ER by views against the tier benchmark; the mean of the parts.
 */
export function scoreEngagement(ctx: ScoringContext): SubScoreResult {
  const { engagement, thresholds, platform, tier } = ctx;
  const viewsBenchmark = platform === 'tiktok' && tier ? thresholds.benchmarkErViewsTiktok[tier] : undefined;
  const followerBenchmark =
    platform === 'instagram' && tier ? thresholds.benchmarkErInstagram[tier] : undefined;
  const inputs: SubScore['inputs'] = {
    erMedian: engagement.erMedian ?? null,
    erMean: engagement.erMean ?? null,
    minimum: engagement.minimum,
    tierBenchmark: followerBenchmark ?? null,
    erByViewsMedian: engagement.erByViewsMedian ?? null,
    viewsBenchmark: viewsBenchmark ?? null,
    posts: engagement.used.length,
  };
  if (engagement.confidence === 'none') {
    return {
      subscore: noData(
        'engagement',
        {
          code: 'engagement.too-few-posts',
          params: { posts: engagement.used.length, min: thresholds.minEligiblePosts },
        },
        inputs,
      ),
      reasons: [],
    };
  }
  const parts: number[] = [];
  if (engagement.erMedian !== undefined)
    parts.push(piecewise(engagement.erMedian / engagement.minimum, ER_RATIO_CURVE));
  if (engagement.erByViewsMedian !== undefined && viewsBenchmark !== undefined) {
    parts.push(piecewise(engagement.erByViewsMedian / viewsBenchmark, ER_RATIO_CURVE));
  }
  const used = engagement.used.map((u) => ({
    id: u.postId,
    note: {
      code: 'post-er',
      params: {
        ...(u.erFollowers === undefined ? {} : { er: u.erFollowers }),
        ...(u.erViews === undefined ? {} : { erViews: u.erViews }),
      },
    } satisfies NoteCode,
  }));
  const excluded = engagement.excluded.map((e) => ({
    id: e.postId,
    reason: { code: 'exclusion', params: { reason: e.reason } } satisfies NoteCode,
  }));
  if (parts.length === 0) {
    return {
      subscore: {
        ...noData('engagement', { code: 'engagement.followers-unknown' }, inputs),
        used,
        excluded,
      },
      reasons: [],
    };
  }
  const value = scoreValue(parts.reduce((a, b) => a + b, 0) / parts.length);
  const median = engagement.erMedian;
  const explanation: ExplanationCode =
    median === undefined
      ? { code: 'engagement.by-views', params: { er: engagement.erByViewsMedian ?? 0, videos: used.length } }
      : {
          code: 'engagement.by-followers',
          params: {
            er: median,
            posts: used.length,
            min: engagement.minimum,
            ...(followerBenchmark === undefined ? {} : { bench: followerBenchmark }),
          },
        };
  return {
    subscore: {
      key: 'engagement',
      value,
      inputs,
      used,
      excluded,
      confidence: engagement.confidence,
      explanation,
    },
    reasons: [],
  };
}
