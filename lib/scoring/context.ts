import type { Campaign, Thresholds } from '../model/campaign';
import type { Platform, ProfileSnapshot } from '../model/profile';
import type { Engagement, Reason, SubScore, SubScoreKey, Tier } from '../model/report';
import type { ExplanationCode } from './codes';
import type { EligibleSelection } from './eligibility';

/** What every sub-score reads: the snapshot, the campaign and the ER window already computed. */
export interface ScoringContext {
  snapshot: ProfileSnapshot;
  campaign: Campaign;
  thresholds: Thresholds;
  platform: Platform;
  followers: number | undefined;
  tier: Tier | undefined;
  selection: EligibleSelection;
  engagement: Engagement;
  now: number;
}

/** A sub-score plus the reasons it adds to the card (warnings, data notes). */
export interface SubScoreResult {
  subscore: SubScore;
  reasons: Reason[];
}

/** A sub-score with no data: it drops out of the fit and the card says why. */
export function noData(
  key: SubScoreKey,
  explanation: ExplanationCode,
  inputs: SubScore['inputs'] = {},
): SubScore {
  return { key, inputs, used: [], excluded: [], confidence: 'none', explanation };
}

/** 0–100, rounded to one decimal so reports stay stable and readable (the sub-score, not a percent input). */
export function scoreValue(x: number): number {
  return Math.round(Math.min(100, Math.max(0, x)) * 10) / 10;
}

/** Piecewise-linear map through (x, y) points sorted by x; flat beyond the ends. */
export function piecewise(x: number, points: ReadonlyArray<readonly [number, number]>): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}
