import type { Reason, SubScore } from '../model/report';
import { type PriceBand, priceBandFor } from './benchmarks';
import { reason } from './codes';
import { noData, piecewise, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import type { ReachEstimate } from './reach';
import { sweetSpotBonus } from './reach';

/** Media value ÷ price → 0–100: 0.2 → 10, 0.5 → 40, 1 → 70, 2 or more → 100. */
const VALUE_RATIO_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.2, 10],
  [0.5, 40],
  [1, 70],
  [2, 100],
];

export interface ValueResult extends SubScoreResult {
  emv?: { perPost: number; impressions: number; cpm: number; currency: string };
  priceBand?: PriceBand;
}

/** EMV = impressions × CPM / 1000 (the guide: 100,000 impressions at €5 → €500). */
export function mediaValue(impressions: number, cpm: number): number {
  return (impressions * cpm) / 1000;
}

/**
 * V: media value per post (impressions ≈ estimated reach per post — we have no frequency
 * data — × the campaign CPM / 1000) against the quoted price, or the fair band's midpoint
 * without a quote. A quote above the band or above 5× media value is flagged.
 */
export function scoreValueForMoney(
  ctx: ScoringContext,
  reach: ReachEstimate | undefined,
  quotedPrice?: number,
): ValueResult {
  const { campaign, platform, followers, thresholds } = ctx;
  const currency = campaign.currency;
  const band = followers === undefined ? undefined : priceBandFor(platform, followers, currency);
  const result: ValueResult = {
    subscore: noData('value', { code: 'value.no-reach' }, { quotedPrice: quotedPrice ?? null }),
    reasons: [],
  };
  if (band) result.priceBand = band;
  if (!reach) return result;
  const cpm = campaign.cpm[platform];
  const emv = mediaValue(reach.perPost, cpm);
  result.emv = { perPost: emv, impressions: reach.perPost, cpm, currency };
  const reasons: Reason[] = [];
  if (quotedPrice !== undefined) {
    if (band && quotedPrice > band.max) {
      reasons.push(
        reason('warn', {
          code: 'quote-above-band',
          params: { quote: quotedPrice, min: band.min, max: band.max, currency },
        }),
      );
    }
    if (quotedPrice > emv * thresholds.quoteMaxEmvMultiple) {
      reasons.push(
        reason('warn', {
          code: 'quote-above-emv',
          params: { quote: quotedPrice, multiple: thresholds.quoteMaxEmvMultiple, emv, currency },
        }),
      );
    }
  }
  const price = quotedPrice ?? (band ? (band.min + band.max) / 2 : undefined);
  const inputs: SubScore['inputs'] = {
    impressions: reach.perPost,
    cpm,
    emvPerPost: emv,
    currency,
    quotedPrice: quotedPrice ?? null,
    bandMin: band?.min ?? null,
    bandMax: band?.max ?? null,
  };
  if (price === undefined) {
    result.subscore = noData('value', { code: 'value.no-price', params: { emv, currency } }, inputs);
    result.reasons = reasons;
    return result;
  }
  const bonus = sweetSpotBonus(ctx);
  inputs.sweetSpotBonus = bonus;
  const ratio = price <= 0 ? Number.POSITIVE_INFINITY : emv / price;
  result.subscore = {
    key: 'value',
    value: scoreValue(piecewise(ratio, VALUE_RATIO_CURVE) + bonus),
    inputs,
    used: [],
    excluded: [],
    confidence: quotedPrice === undefined ? 'low' : 'high',
    explanation: {
      code: 'value.scored',
      params: {
        emv,
        impressions: Math.round(reach.perPost),
        cpm,
        price,
        currency,
        against: quotedPrice === undefined ? 'band' : 'quote',
      },
    },
  };
  result.reasons = reasons;
  return result;
}
