import { z } from 'zod';
import { PageStateSchema, PlatformSchema, ProblemSchema, ProvenanceSchema } from './profile';

export const TierSchema = z.enum(['nano', 'micro', 'macro', 'mega']);
export type Tier = z.infer<typeof TierSchema>;

export const VerdictSchema = z.enum(['shortlist', 'review', 'reject', 'insufficient-data']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const ConfidenceSchema = z.enum(['high', 'low', 'none']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Why a post was left out of the engagement window. */
export const ExclusionReasonSchema = z.enum([
  'pinned',
  'likes-hidden',
  'too-recent',
  'collab',
  'missing-counts',
  'outside-window',
]);
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/** A post that entered a computation, with the numbers it contributed. */
export const UsedPostSchema = z.object({
  postId: z.string(),
  url: z.string().optional(),
  takenAt: z.number().optional(),
  likes: z.number(),
  comments: z.number(),
  views: z.number().optional(),
  shares: z.number().optional(),
  /** (likes + comments) / followers × 100 for this post. */
  erFollowers: z.number().optional(),
  /** (likes + comments + shares) / views × 100 for this post (TikTok). */
  erViews: z.number().optional(),
});
export type UsedPost = z.infer<typeof UsedPostSchema>;

export const ExcludedPostSchema = z.object({
  postId: z.string(),
  url: z.string().optional(),
  reason: ExclusionReasonSchema,
});
export type ExcludedPost = z.infer<typeof ExcludedPostSchema>;

/** Engagement: the guide's ER (mean, the headline), its median (used for scoring), TikTok ER by views. */
export const EngagementSchema = z.object({
  erMean: z.number().optional(),
  erMedian: z.number().optional(),
  erByViewsMedian: z.number().optional(),
  /** The campaign minimum for this platform, percent. */
  minimum: z.number(),
  used: z.array(UsedPostSchema),
  excluded: z.array(ExcludedPostSchema),
  confidence: ConfidenceSchema,
});
export type Engagement = z.infer<typeof EngagementSchema>;

/** A reason behind the verdict, in a form the UI can translate. */
export const ReasonSchema = z.object({
  code: z.string(),
  severity: z.enum(['hard', 'warn', 'info']),
  message: z.string(),
  /** The message in French; absent on reports stored before it existed (the UI falls back to `message`). */
  messageFr: z.string().optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

// ── Full scoring model (docs/method.md). Every field below is optional on the report, so
// reports stored before the sub-scores existed still parse. ───────────────────────────────

export const SubScoreKeySchema = z.enum([
  'engagement',
  'commentQuality',
  'authenticity',
  'reach',
  'consistency',
  'hygiene',
  'niche',
  'value',
]);
export type SubScoreKey = z.infer<typeof SubScoreKeySchema>;

/** A one-line explanation in both UI languages. */
export const ExplanationSchema = z.object({ en: z.string(), fr: z.string() });
export type Explanation = z.infer<typeof ExplanationSchema>;

/** A post or comment a sub-score used (`id` is its post or comment id) with an optional note. */
export const SubScoreUsedSchema = z.object({ id: z.string(), note: z.string().optional() });
export const SubScoreExcludedSchema = z.object({ id: z.string(), reason: z.string() });

/** One sub-score, 0–100, higher is better (authenticity is 100 − risk). `value` absent: no data. */
export const SubScoreSchema = z.object({
  key: SubScoreKeySchema,
  value: z.number().min(0).max(100).optional(),
  inputs: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  used: z.array(SubScoreUsedSchema),
  excluded: z.array(SubScoreExcludedSchema),
  confidence: ConfidenceSchema,
  explanation: ExplanationSchema,
});
export type SubScore = z.infer<typeof SubScoreSchema>;

export const CommentClassSchema = z.enum(['spam', 'generic', 'substantive', 'neutral']);
export type CommentClass = z.infer<typeof CommentClassSchema>;

/** How one comment was judged, with the rule that fired. */
export const CommentJudgementSchema = z.object({
  commentId: z.string(),
  postId: z.string(),
  class: CommentClassSchema,
  rule: z.string(),
  /** Creator replies are classed but counted apart from the audience's comments. */
  creatorReply: z.boolean(),
});
export type CommentJudgement = z.infer<typeof CommentJudgementSchema>;

/** One authenticity risk signal with its threshold; `fired` undefined when it could not be evaluated. */
export const RiskSignalSchema = z.object({
  code: z.string(),
  fired: z.boolean().optional(),
  value: z.number().optional(),
  threshold: z.string(),
  message: z.string(),
  /** The message in French; absent on reports stored before it existed. */
  messageFr: z.string().optional(),
});
export type RiskSignal = z.infer<typeof RiskSignalSchema>;

/** Sponsored detection and disclosure compliance for one post. */
export const DisclosureSchema = z.object({
  postId: z.string(),
  url: z.string().optional(),
  /** yes: platform label, sponsor tag, ad wording or discount code; possible: a brand-looking mention only. */
  sponsored: z.enum(['yes', 'possible', 'no']),
  evidence: z.array(z.string()),
  /** For sponsored posts: whether the jurisdiction's wording is present (and early enough where required). */
  compliant: z.boolean().optional(),
  wordingFound: z.array(z.string()),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

export const MoneySchema = z.object({ amount: z.number(), currency: z.string() });

/** The full scoring model's fields, all optional. */
export const ScoreReportExtrasSchema = z.object({
  objective: z.string().optional(),
  subscores: z.array(SubScoreSchema).optional(),
  /** Weighted mean of the sub-scores with data, 0–100. */
  fit: z.number().min(0).max(100).optional(),
  /** The weights applied, renormalised over sub-scores with data (sum 1). */
  weightsUsed: z.record(z.string(), z.number()).optional(),
  /** Sub-scores left out of the fit for lack of data. */
  subscoresWithoutData: z.array(SubScoreKeySchema).optional(),
  /** Estimated reach per post and how it was estimated. */
  reach: z
    .object({
      perPost: z.number(),
      basis: z.enum(['followers-x-rate', 'median-views']),
      rate: z.number().optional(),
    })
    .optional(),
  /** Media value per post = impressions × CPM / 1000, in the campaign currency. */
  emv: z
    .object({ perPost: z.number(), impressions: z.number(), cpm: z.number(), currency: z.string() })
    .optional(),
  /** Fair price band per post in the campaign currency. */
  priceBand: z
    .object({ min: z.number(), max: z.number(), currency: z.string(), source: z.string() })
    .optional(),
  quotedPrice: MoneySchema.optional(),
  /** (generic + spam) ÷ audience comments × 100. */
  lowEffortShare: z.number().optional(),
  lowEffortBand: z.enum(['green', 'amber', 'red']).optional(),
  commentCounts: z
    .object({
      spam: z.number(),
      generic: z.number(),
      substantive: z.number(),
      neutral: z.number(),
      creatorReplies: z.number(),
      posts: z.number(),
    })
    .optional(),
  comments: z.array(CommentJudgementSchema).optional(),
  podSignal: z.object({ authors: z.array(z.string()), postIds: z.array(z.string()) }).optional(),
  authenticitySignals: z.array(RiskSignalSchema).optional(),
  disclosures: z.array(DisclosureSchema).optional(),
  sponsoredShare: z.number().optional(),
  auditFakeShare: z.number().optional(),
  benchmarksVersion: z.string().optional(),
});

export const ScoreReportSchema = z.object({
  platform: PlatformSchema,
  handle: z.string(),
  displayName: z.string().optional(),
  url: z.string(),
  scoredAt: z.number().int(),
  campaignId: z.string(),
  pageState: PageStateSchema,
  followers: z.number().int().nonnegative().optional(),
  tier: TierSchema.optional(),
  engagement: EngagementSchema,
  verdict: VerdictSchema,
  reasons: z.array(ReasonSchema),
  problems: z.array(ProblemSchema),
  provenance: ProvenanceSchema,
  ...ScoreReportExtrasSchema.shape,
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
