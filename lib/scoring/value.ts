import type { Reason, SubScore } from '../model/report';
import { priceBandFor } from './benchmarks';
import { noData, piecewise, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { formatMoney, formatMoneyFr, formatNumber, formatNumberFr } from './format';
import { reason } from './labels';
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
  priceBand?: { min: number; max: number; currency: string; source: string };
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
  const result: ValueResult = { subscore: noData('value', '', ''), reasons: [] };
  if (band) result.priceBand = band;
  if (!reach) {
    result.subscore = noData(
      'value',
      'Not scored: reach unknown, so no media value.',
      'Non noté : portée inconnue, pas de valeur média.',
      {
        quotedPrice: quotedPrice ?? null,
      },
    );
    return result;
  }
  const cpm = campaign.cpm[platform];
  const emv = mediaValue(reach.perPost, cpm);
  result.emv = { perPost: emv, impressions: reach.perPost, cpm, currency };
  const reasons: Reason[] = [];
  const money = (x: number) => formatMoney(x, currency);
  const moneyFr = (x: number) => formatMoneyFr(x, currency);
  if (quotedPrice !== undefined) {
    if (band && quotedPrice > band.max) {
      reasons.push(
        reason(
          'quote-above-band',
          'warn',
          `Quoted ${money(quotedPrice)} is above the fair band of ${money(band.min)}–${money(band.max)} per post.`,
          `Devis de ${moneyFr(quotedPrice)}, au-dessus de la fourchette de prix juste de ${moneyFr(band.min)}–${moneyFr(band.max)} par publication.`,
        ),
      );
    }
    if (quotedPrice > emv * thresholds.quoteMaxEmvMultiple) {
      reasons.push(
        reason(
          'quote-above-emv',
          'warn',
          `Quoted ${money(quotedPrice)} is more than ${formatNumber(thresholds.quoteMaxEmvMultiple)}× the media value of ${money(emv)} per post.`,
          `Devis de ${moneyFr(quotedPrice)}, plus de ${formatNumberFr(thresholds.quoteMaxEmvMultiple)} fois la valeur média de ${moneyFr(emv)} par publication.`,
        ),
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
    result.subscore = noData(
      'value',
      `Media value ${money(emv)} per post; no price to compare.`,
      `Valeur média ${moneyFr(emv)} par publication ; aucun prix de comparaison.`,
      inputs,
    );
    result.reasons = reasons;
    return result;
  }
  const bonus = sweetSpotBonus(ctx);
  inputs.sweetSpotBonus = bonus;
  const ratio = price <= 0 ? Number.POSITIVE_INFINITY : emv / price;
  const against =
    quotedPrice === undefined ? `the fair band midpoint ${money(price)}` : `the quote ${money(price)}`;
  result.subscore = {
    key: 'value',
    value: scoreValue(piecewise(ratio, VALUE_RATIO_CURVE) + bonus),
    inputs,
    used: [],
    excluded: [],
    confidence: quotedPrice === undefined ? 'low' : 'high',
    explanation: {
      en: `Media value ${money(emv)} per post (${formatNumber(Math.round(reach.perPost))} impressions × ${formatNumber(cpm)} CPM / 1000) against ${against}.`,
      fr: `Valeur média ${moneyFr(emv)} par publication (${formatNumberFr(Math.round(reach.perPost))} impressions × CPM ${formatNumberFr(cpm)} / 1000) comparée ${quotedPrice === undefined ? `au milieu de la fourchette de prix juste (${moneyFr(price)})` : `au devis (${moneyFr(price)})`}.`,
    },
  };
  result.reasons = reasons;
  return result;
}
