import type { Campaign, Currency, Objective, ShortlistEntry, Status, Tier } from '../model';
import { CurrencySchema, StatusSchema } from '../model';
import { EUR_TO, priceBandFor, reachRateFor } from '../scoring/benchmarks';
import { effectiveVerdictOf } from './effective-verdict';

/**
 * Campaign view totals (guide step 5 and FAQ): creators by tier and status, summed
 * estimated reach and media value, budget against quoted or estimated prices, and the
 * guide's sizing advice. Declined creators are counted by status but left out of every sum.
 */

export type TierKey = Tier | 'unknown';

/** The guide's advice on how many creators to activate, by objective (FAQ). */
const SIZING_ADVICE: Readonly<Record<Objective, { min: number; max: number } | undefined>> = {
  awareness: { min: 10, max: 20 },
  conversion: { min: 3, max: 5 },
  // The guide gives no figure for engagement campaigns.
  engagement: undefined,
};

export interface SizingCheck {
  objective: Objective;
  advice?: { min: number; max: number };
  /** Creators the advice is checked against: everyone for awareness, well-aligned ones for conversion. */
  counted: number;
  state: 'below' | 'within' | 'above' | 'no-advice';
}

export interface CreatorEstimate {
  id: string;
  /** Estimated reach (impressions) per post; undefined when followers are unknown and no report reach. */
  reach?: number;
  reachSource: 'report' | 'followers-x-rate' | 'missing';
  /** Media value per post in the campaign currency. */
  emv?: number;
  /** What this creator costs in the campaign currency: the quote, else the fair-price midpoint. */
  price?: number;
  priceSource: 'quote' | 'estimate' | 'missing';
  /** The quote was in another currency and converted with the benchmarks' fixed rates. */
  converted: boolean;
}

export interface CampaignTotals {
  currency: Currency;
  /** Creators in the totals (declined left out). */
  count: number;
  declined: number;
  byTier: Record<TierKey, number>;
  byStatus: Record<Status, number>;
  reach: number;
  reachFromReports: number;
  reachEstimated: number;
  reachMissing: number;
  emv: number;
  quoted: number;
  quotedCount: number;
  estimated: number;
  estimatedCount: number;
  priceMissing: number;
  /** Quotes converted from another currency. */
  converted: number;
  /** quoted + estimated. */
  cost: number;
  budget?: number;
  /** budget − cost (negative: over budget). */
  remaining?: number;
  /** Creators with the shown verdict "shortlist" (the guide's well-aligned profiles). */
  aligned: number;
  sizing: SizingCheck;
  perCreator: CreatorEstimate[];
}

function convert(amount: number, from: string, to: Currency): number | undefined {
  const source = CurrencySchema.safeParse(from);
  if (!source.success) return undefined;
  if (source.data === to) return amount;
  return (amount / EUR_TO[source.data]) * EUR_TO[to];
}

/** Reach per post: the report's own estimate when present, else followers × the reach-rate table. */
export function estimateReach(entry: ShortlistEntry): Pick<CreatorEstimate, 'reach' | 'reachSource'> {
  if (entry.report.reach && Number.isFinite(entry.report.reach.perPost)) {
    return { reach: entry.report.reach.perPost, reachSource: 'report' };
  }
  const followers = entry.followers ?? entry.report.followers;
  if (followers === undefined) return { reachSource: 'missing' };
  return { reach: followers * reachRateFor(followers).rate, reachSource: 'followers-x-rate' };
}

function estimateCreator(entry: ShortlistEntry, campaign: Campaign): CreatorEstimate {
  const { reach, reachSource } = estimateReach(entry);
  const currency = campaign.currency;
  let emv: number | undefined;
  const reportEmv = entry.report.emv;
  if (reportEmv && reachSource === 'report' && entry.report.campaignId === campaign.id) {
    emv = convert(reportEmv.perPost, reportEmv.currency, currency);
  }
  if (emv === undefined && reach !== undefined) emv = (reach * campaign.cpm[entry.platform]) / 1000;

  let price: number | undefined;
  let priceSource: CreatorEstimate['priceSource'] = 'missing';
  let converted = false;
  if (entry.quotedPrice !== undefined) {
    const from = entry.currency ?? currency;
    price = convert(entry.quotedPrice, from, currency);
    converted = from !== currency;
    priceSource = 'quote';
  } else {
    const band = entry.report.priceBand;
    const bandInCurrency = band ? convert((band.min + band.max) / 2, band.currency, currency) : undefined;
    const followers = entry.followers ?? entry.report.followers;
    const fallback =
      bandInCurrency === undefined && followers !== undefined
        ? priceBandFor(entry.platform, followers, currency)
        : undefined;
    price = bandInCurrency ?? (fallback ? (fallback.min + fallback.max) / 2 : undefined);
    if (price !== undefined) priceSource = 'estimate';
  }
  return { id: entry.id, reach, reachSource, emv, price, priceSource, converted };
}

export function sizingCheck(objective: Objective, count: number, aligned: number): SizingCheck {
  const advice = SIZING_ADVICE[objective];
  const counted = objective === 'conversion' ? aligned : count;
  if (!advice) return { objective, counted, state: 'no-advice' };
  const state = counted < advice.min ? 'below' : counted > advice.max ? 'above' : 'within';
  return { objective, advice, counted, state };
}

export function campaignTotals(entries: readonly ShortlistEntry[], campaign: Campaign): CampaignTotals {
  const byTier: Record<TierKey, number> = { nano: 0, micro: 0, macro: 0, mega: 0, unknown: 0 };
  const byStatus = Object.fromEntries(StatusSchema.options.map((s) => [s, 0])) as Record<Status, number>;
  const totals = {
    reach: 0,
    reachFromReports: 0,
    reachEstimated: 0,
    reachMissing: 0,
    emv: 0,
    quoted: 0,
    quotedCount: 0,
    estimated: 0,
    estimatedCount: 0,
    priceMissing: 0,
    converted: 0,
    aligned: 0,
  };
  const perCreator: CreatorEstimate[] = [];
  let count = 0;
  for (const entry of entries) {
    byStatus[entry.status] += 1;
    if (entry.status === 'declined') continue;
    count += 1;
    byTier[entry.tier ?? 'unknown'] += 1;
    if (effectiveVerdictOf(entry, campaign.thresholds.maxFakeShare).verdict === 'shortlist')
      totals.aligned += 1;
    const estimate = estimateCreator(entry, campaign);
    perCreator.push(estimate);
    if (estimate.reach === undefined) totals.reachMissing += 1;
    else {
      totals.reach += estimate.reach;
      if (estimate.reachSource === 'report') totals.reachFromReports += 1;
      else totals.reachEstimated += 1;
    }
    if (estimate.emv !== undefined) totals.emv += estimate.emv;
    if (estimate.price === undefined) totals.priceMissing += 1;
    else if (estimate.priceSource === 'quote') {
      totals.quoted += estimate.price;
      totals.quotedCount += 1;
      if (estimate.converted) totals.converted += 1;
    } else {
      totals.estimated += estimate.price;
      totals.estimatedCount += 1;
    }
  }
  const cost = totals.quoted + totals.estimated;
  return {
    currency: campaign.currency,
    count,
    declined: byStatus.declined,
    byTier,
    byStatus,
    ...totals,
    cost,
    budget: campaign.budget,
    remaining: campaign.budget === undefined ? undefined : campaign.budget - cost,
    sizing: sizingCheck(campaign.objective, count, totals.aligned),
    perCreator,
  };
}
