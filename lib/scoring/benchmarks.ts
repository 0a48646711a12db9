import type { Currency, Objective } from '../model/campaign';
import type { Platform } from '../model/profile';
import type { SubScoreKey } from '../model/report';

/**
 * Benchmarks as data (docs/method.md). Vendors disagree up to tenfold, so every figure
 * carries its source; ER benchmarks and the thresholds are editable per campaign
 * (ThresholdsSchema), the rest is versioned here. Bump the version when a number changes:
 * reports record it.
 */
export const BENCHMARKS_VERSION = '2026-03.1';

/** Instagram feed median reach as a share of followers (minter.io study of 3–4M posts). */
const REACH_RATES: ReadonlyArray<{ followersBelow: number; rate: number; source: string }> = [
  { followersBelow: 20_000, rate: 0.377, source: 'minter.io: 37.7 % under 20k' },
  { followersBelow: 1_000_000, rate: 0.229, source: 'minter.io: 22.9 % from 20k to 1M' },
  { followersBelow: Number.POSITIVE_INFINITY, rate: 0.191, source: 'minter.io: 19.1 % over 1M' },
];

/** Typical comments per like, percent (shown beside the authenticity signal). */
export const COMMENTS_PER_LIKE: Readonly<Record<Platform, Readonly<Record<string, number>>>> = {
  instagram: { photo: 6.4, carousel: 3.8, reel: 3.5, video: 3.5 },
  tiktok: { video: 1.4, photo: 1.4, carousel: 1.4, reel: 1.4 },
};

/**
 * Currency conversion from EUR, an assumption to edit here (not a live rate: the extension
 * makes no network requests). 1 EUR = 1.08 USD = 0.85 GBP (early-2026 order of magnitude).
 */
export const EUR_TO: Readonly<Record<Currency, number>> = { EUR: 1, USD: 1.08, GBP: 0.85 };

export interface PriceBandRow {
  platform: Platform;
  /** Inclusive lower bound, followers. */
  followersFrom: number;
  /** Exclusive upper bound, followers. */
  followersBelow: number;
  /** Price per post, in the table's currency (EUR for the French table, USD for the US one). */
  min: number;
  max: number;
  source: string;
}

/**
 * Fair price per post, EUR, France. Rows are checked in order; the first whose follower
 * range contains the profile wins. Mega has no published ceiling: 50,000 is our cap.
 * TikTok above 20k has no French figure: the cross-platform Kolsquare tiers apply (the
 * guide says TikTok is often cheaper for equal reach, so treat the band as generous).
 */
const PRICE_BANDS: readonly PriceBandRow[] = [
  {
    platform: 'instagram',
    followersFrom: 0,
    followersBelow: 3_000,
    min: 0,
    max: 120,
    source: 'Kolsquare 2022: nano €0–120',
  },
  {
    platform: 'instagram',
    followersFrom: 3_000,
    followersBelow: 20_000,
    min: 150,
    max: 300,
    source: 'France micro 3–20k: post €150–300',
  },
  {
    platform: 'instagram',
    followersFrom: 20_000,
    followersBelow: 50_000,
    min: 150,
    max: 800,
    source: 'The guide: €150–800 at 20–50k',
  },
  {
    platform: 'instagram',
    followersFrom: 50_000,
    followersBelow: 100_000,
    min: 120,
    max: 1_500,
    source: 'Kolsquare 2022: micro €120–1,500',
  },
  {
    platform: 'instagram',
    followersFrom: 100_000,
    followersBelow: 500_000,
    min: 1_500,
    max: 4_000,
    source: 'Kolsquare 2022: macro €1,500–4,000',
  },
  {
    platform: 'instagram',
    followersFrom: 500_000,
    followersBelow: 1_000_000,
    min: 4_000,
    max: 20_000,
    source: 'Kolsquare 2022: €4,000–20,000 at 500k+',
  },
  {
    platform: 'instagram',
    followersFrom: 1_000_000,
    followersBelow: Number.POSITIVE_INFINITY,
    min: 20_000,
    max: 50_000,
    source: 'Kolsquare 2022: mega €20k+ (cap assumed)',
  },
  {
    platform: 'tiktok',
    followersFrom: 0,
    followersBelow: 3_000,
    min: 0,
    max: 120,
    source: 'Kolsquare 2022: nano €0–120',
  },
  {
    platform: 'tiktok',
    followersFrom: 3_000,
    followersBelow: 20_000,
    min: 250,
    max: 450,
    source: 'France micro 3–20k: TikTok €250–450',
  },
  {
    platform: 'tiktok',
    followersFrom: 20_000,
    followersBelow: 100_000,
    min: 120,
    max: 1_500,
    source: 'Kolsquare 2022: micro €120–1,500',
  },
  {
    platform: 'tiktok',
    followersFrom: 100_000,
    followersBelow: 500_000,
    min: 1_500,
    max: 4_000,
    source: 'Kolsquare 2022: macro €1,500–4,000',
  },
  {
    platform: 'tiktok',
    followersFrom: 500_000,
    followersBelow: 1_000_000,
    min: 4_000,
    max: 20_000,
    source: 'Kolsquare 2022: €4,000–20,000 at 500k+',
  },
  {
    platform: 'tiktok',
    followersFrom: 1_000_000,
    followersBelow: Number.POSITIVE_INFINITY,
    min: 20_000,
    max: 50_000,
    source: 'Kolsquare 2022: mega €20k+ (cap assumed)',
  },
];

/** Default sub-score weights per objective (docs/method.md "Overall fit"), in points out of 100. */
export const OBJECTIVE_WEIGHTS: Readonly<Record<Objective, Readonly<Record<SubScoreKey, number>>>> = {
  awareness: {
    engagement: 10,
    commentQuality: 5,
    authenticity: 20,
    reach: 25,
    consistency: 10,
    hygiene: 10,
    niche: 5,
    value: 15,
  },
  engagement: {
    engagement: 30,
    commentQuality: 20,
    authenticity: 20,
    reach: 5,
    consistency: 5,
    hygiene: 5,
    niche: 10,
    value: 5,
  },
  conversion: {
    engagement: 15,
    commentQuality: 15,
    authenticity: 15,
    reach: 5,
    consistency: 10,
    hygiene: 10,
    niche: 25,
    value: 5,
  },
};

/** Tier preference (enters R and V, never a hard rule): awareness favours 50k–100k followers. */
export const AWARENESS_SWEET_SPOT = { followersFrom: 50_000, followersBelow: 100_000, bonus: 10 } as const;

/** Instagram lets an account follow at most this many others; `followingNearCap` flags accounts close to it. */
export const INSTAGRAM_FOLLOW_LIMIT = 7_500;

/** Reach is scored on log10: 100 per post → 0, 1,000,000 → 100. */
export const REACH_LOG10_RANGE = { zeroAt: 2, fullAt: 6 } as const;

export function reachRateFor(followers: number): { rate: number; source: string } {
  const row = REACH_RATES.find((r) => followers < r.followersBelow) ?? REACH_RATES[REACH_RATES.length - 1]!;
  return { rate: row.rate, source: row.source };
}

/**
 * Fair price per post, USD, United States (Influencer Marketing Hub figures, docs/method.md):
 * Instagram nano $10–100, micro $100–500, mid-tier $500–5,000; TikTok nano $5–25, micro
 * $25–125. Influencer Marketing Hub's tiers: nano 1k–10k, micro 10k–50k, mid 50k–500k; under
 * 1k counts as nano. Above these rows there is no US figure: the French table applies,
 * converted from EUR (and the band's source says so).
 */
const PRICE_BANDS_US: readonly PriceBandRow[] = [
  {
    platform: 'instagram',
    followersFrom: 0,
    followersBelow: 10_000,
    min: 10,
    max: 100,
    source: 'Influencer Marketing Hub (US): Instagram nano $10–100',
  },
  {
    platform: 'instagram',
    followersFrom: 10_000,
    followersBelow: 50_000,
    min: 100,
    max: 500,
    source: 'Influencer Marketing Hub (US): Instagram micro $100–500',
  },
  {
    platform: 'instagram',
    followersFrom: 50_000,
    followersBelow: 500_000,
    min: 500,
    max: 5_000,
    source: 'Influencer Marketing Hub (US): Instagram mid-tier $500–5,000',
  },
  {
    platform: 'tiktok',
    followersFrom: 0,
    followersBelow: 10_000,
    min: 5,
    max: 25,
    source: 'Influencer Marketing Hub (US): TikTok nano $5–25',
  },
  {
    platform: 'tiktok',
    followersFrom: 10_000,
    followersBelow: 50_000,
    min: 25,
    max: 125,
    source: 'Influencer Marketing Hub (US): TikTok micro $25–125',
  },
];

function bandRow(
  rows: readonly PriceBandRow[],
  platform: Platform,
  followers: number,
): PriceBandRow | undefined {
  return rows.find(
    (r) => r.platform === platform && followers >= r.followersFrom && followers < r.followersBelow,
  );
}

/**
 * The fair price band for a profile in the campaign currency. USD campaigns use the US table
 * (no conversion); EUR and GBP campaigns use the French table (GBP converted from EUR at the
 * documented rate), as does a USD campaign for a tier the US table does not cover.
 */
/** A fair price band per post: the benchmark it comes from, and the conversion when there was one. */
export interface PriceBand {
  min: number;
  max: number;
  currency: Currency;
  source: string;
  /** Converted from the euro table at 1 EUR = `eurRate` of `currency`. */
  eurRate?: number;
  /** A USD campaign for a tier the US table does not cover: the French table applies. */
  usFallback?: boolean;
}

export function priceBandFor(
  platform: Platform,
  followers: number,
  currency: Currency,
): PriceBand | undefined {
  if (currency === 'USD') {
    const us = bandRow(PRICE_BANDS_US, platform, followers);
    if (us) return { min: us.min, max: us.max, currency, source: us.source };
  }
  const row = bandRow(PRICE_BANDS, platform, followers);
  if (!row) return undefined;
  const band: PriceBand = { min: row.min, max: row.max, currency, source: row.source };
  if (currency === 'EUR') return band;
  const k = EUR_TO[currency];
  return {
    ...band,
    min: row.min * k,
    max: row.max * k,
    eurRate: k,
    ...(currency === 'USD' ? { usFallback: true } : {}),
  };
}
