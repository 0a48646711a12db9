import type { SubScore } from '../model/report';
import { noData, piecewise, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { formatNumber, formatNumberFr, formatPercent, formatPercentFr } from './format';

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
        `Not scored: ${engagement.used.length} eligible posts, at least ${thresholds.minEligiblePosts} needed.`,
        `Non noté : ${engagement.used.length} publications retenues, il en faut au moins ${thresholds.minEligiblePosts}.`,
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
    note: [
      u.erFollowers === undefined ? undefined : `ER ${formatPercent(u.erFollowers)} %`,
      u.erViews === undefined ? undefined : `by views ${formatPercent(u.erViews)} %`,
    ]
      .filter((x) => x !== undefined)
      .join(', '),
  }));
  const excluded = engagement.excluded.map((e) => ({ id: e.postId, reason: e.reason }));
  if (parts.length === 0) {
    return {
      subscore: {
        ...noData(
          'engagement',
          'Not scored: the follower count is unknown.',
          'Non noté : nombre d’abonnés inconnu.',
          inputs,
        ),
        used,
        excluded,
      },
      reasons: [],
    };
  }
  const value = scoreValue(parts.reduce((a, b) => a + b, 0) / parts.length);
  const median = engagement.erMedian;
  const en =
    median === undefined
      ? `Median ER by views ${formatPercent(engagement.erByViewsMedian ?? 0)} % over ${used.length} videos.`
      : `Median ER ${formatPercent(median)} % over ${used.length} posts (minimum ${formatNumber(engagement.minimum)} %${followerBenchmark === undefined ? '' : `, tier median ${formatNumber(followerBenchmark)} %`}).`;
  const fr =
    median === undefined
      ? `Taux d’engagement médian par vues ${formatPercentFr(engagement.erByViewsMedian ?? 0)} % sur ${used.length} vidéos.`
      : `Taux d’engagement médian ${formatPercentFr(median)} % sur ${used.length} publications (minimum ${formatNumberFr(engagement.minimum)} %${followerBenchmark === undefined ? '' : `, médiane de la catégorie ${formatNumberFr(followerBenchmark)} %`}).`;
  return {
    subscore: {
      key: 'engagement',
      value,
      inputs,
      used,
      excluded,
      confidence: engagement.confidence,
      explanation: { en, fr },
    },
    reasons: [],
  };
}
