import { z } from 'zod';
import { AudienceLanguageSchema } from './languages';
import { PlatformSchema } from './profile';

export const ObjectiveSchema = z.enum(['awareness', 'engagement', 'conversion']);
export type Objective = z.infer<typeof ObjectiveSchema>;

export const CurrencySchema = z.enum(['EUR', 'USD', 'GBP']);
export type Currency = z.infer<typeof CurrencySchema>;

export const JurisdictionSchema = z.enum(['FR', 'UK', 'US', 'DE', 'ES', 'IT', 'BR']);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

const percent = z.number().min(0).max(100);
const positive = z.number().positive();
const tierNumbers = z.object({ nano: positive, micro: positive, macro: positive, mega: positive });

/** The guide's thresholds and the scoring model's (docs/method.md), editable per campaign. */
export const ThresholdsSchema = z.object({
  /** Tier lower bounds in followers: micro from 5k, macro from 100k, mega from 1M. */
  tierMicroMin: z.number().int().positive().default(5_000),
  tierMacroMin: z.number().int().positive().default(100_000),
  tierMegaMin: z.number().int().positive().default(1_000_000),
  /** Minimum ER, percent: 3 % Instagram, 5 % TikTok (the guide). */
  minErInstagram: percent.default(3),
  minErTiktok: percent.default(5),
  /** Eliminate above this audited fake-follower share, percent (the guide: 20 %). */
  maxFakeShare: percent.default(20),
  /** The ER window: newest N eligible posts (the guide: 10). */
  postWindow: z.number().int().min(3).max(50).default(10),
  /** Posts younger than this are still growing and excluded, hours. */
  minPostAgeHoursInstagram: z.number().min(0).default(48),
  minPostAgeHoursTiktok: z.number().min(0).default(72),
  /** Below this many eligible posts: insufficient data; below `lowConfidencePosts`: low confidence. */
  minEligiblePosts: z.number().int().min(1).default(3),
  lowConfidencePosts: z.number().int().min(1).default(5),
  /** Low-effort comment share bands, percent: green below amber, red from red. */
  lowEffortAmber: percent.default(20),
  lowEffortRed: percent.default(50),
  /** Overall fit needed for a shortlist verdict. */
  shortlistFit: percent.default(60),

  // Scoring model (docs/method.md). All defaulted, so campaigns saved before these existed still parse.
  /** Instagram median ER by followers per tier, percent (HypeAuditor 2026; macro interpolated; docs/method.md). */
  benchmarkErInstagram: tierNumbers.default({ nano: 1.78, micro: 0.54, macro: 0.43, mega: 0.33 }),
  /** TikTok median ER by views per tier, percent (HypeAuditor 2023 nano; Socialinsider 2026 / Captiv8 others). */
  benchmarkErViewsTiktok: tierNumbers.default({ nano: 12.6, micro: 4.9, macro: 4.3, mega: 3.7 }),
  /** Authenticity: ER below benchmark × low or above benchmark × high is a signal. */
  erBenchmarkLowFactor: positive.default(1 / 3),
  erBenchmarkHighFactor: positive.default(4),
  /** Authenticity: comments per like, percent, outside [low, high] is a signal. */
  commentsPerLikeLow: percent.default(0.3),
  commentsPerLikeHigh: percent.default(20),
  /** Authenticity: coefficient of variation of likes across posts outside [low, high] is a signal. */
  likesCvLow: z.number().min(0).default(0.15),
  likesCvHigh: z.number().min(0).default(1.5),
  /** Authenticity: following at or above this is "near Instagram's 7,500 follow cap". */
  followingNearCap: z.number().int().nonnegative().default(7_000),
  /** Consistency: coefficient of variation of gaps between posts; below regular, above erratic. */
  cadenceCvRegular: z.number().min(0).default(0.6),
  cadenceCvErratic: z.number().min(0).default(1.2),
  /** Consistency: no post for longer than this, days → inactive. */
  inactiveDays: z.number().min(1).default(30),
  /** Commercial hygiene: sponsored share of the window above this, percent → ad saturation. */
  adSaturation: percent.default(30),
  /** Commercial hygiene: sponsored ÷ organic median ER at or above this is good. */
  paidPerformanceGood: positive.default(0.7),
  /** Value: a quote above this multiple of the media value per post is flagged. */
  quoteMaxEmvMultiple: positive.default(5),
  /** Niche fit: share of the audience's comments in a target language below which it is a mismatch, percent. */
  languageMatchMin: percent.default(50),
  /** Niche fit: comments in a recognised language needed before the language mix counts. */
  languageMinComments: z.number().int().min(1).default(10),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const CampaignSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(120),
  objective: ObjectiveSchema.default('engagement'),
  nicheKeywords: z.array(z.string().min(1)).default([]),
  platforms: z.array(PlatformSchema).min(1).default(['instagram', 'tiktok']),
  budget: positive.optional(),
  currency: CurrencySchema.default('EUR'),
  /** Cost per thousand impressions used for media value, in the campaign currency. */
  cpm: z.object({ instagram: positive, tiktok: positive }).default({ instagram: 10, tiktok: 5 }),
  jurisdiction: JurisdictionSchema.default('FR'),
  /**
   * The languages the campaign wants its audience to write in (comments on the creator's posts);
   * empty: any language, no language signal.
   */
  targetLanguages: z.array(AudienceLanguageSchema).max(AudienceLanguageSchema.options.length).default([]),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  /**
   * Sub-score weights for the overall fit, overriding the objective's defaults
   * (lib/scoring/benchmarks.ts). Keys: engagement, commentQuality, authenticity, reach,
   * consistency, hygiene, niche, value. Missing keys fall back to the defaults.
   */
  weights: z.record(z.string(), z.number().min(0)).optional(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
export type CampaignInput = z.input<typeof CampaignSchema>;

/** The campaign used until the user sets one up. */
export const DEFAULT_CAMPAIGN: Campaign = CampaignSchema.parse({ id: 'default', name: 'My campaign' });
