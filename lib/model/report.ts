import { z } from 'zod';
import { bounded, EpochMsSchema, LIST_LIMITS, SiteUrlSchema, TEXT_LIMITS } from './bounds';
import { PageStateSchema, PlatformSchema, ProblemSchema, ProvenanceSchema } from './profile';

const id = bounded(TEXT_LIMITS.id);
const message = bounded(TEXT_LIMITS.message);
const postUrl = bounded(TEXT_LIMITS.url);
/** A finite, non-negative amount (counts, rates, money). */
const amount = z.number().min(0).max(1e15);

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
  postId: id,
  url: postUrl.optional(),
  takenAt: EpochMsSchema.optional(),
  likes: amount,
  comments: amount,
  views: amount.optional(),
  shares: amount.optional(),
  /** (likes + comments) / followers × 100 for this post. */
  erFollowers: z.number().optional(),
  /** (likes + comments + shares) / views × 100 for this post (TikTok). */
  erViews: z.number().optional(),
});
export type UsedPost = z.infer<typeof UsedPostSchema>;

export const ExcludedPostSchema = z.object({
  postId: id,
  url: postUrl.optional(),
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
  used: z.array(UsedPostSchema).max(LIST_LIMITS.posts),
  excluded: z.array(ExcludedPostSchema).max(LIST_LIMITS.posts),
  confidence: ConfidenceSchema,
});
export type Engagement = z.infer<typeof EngagementSchema>;

/** A reason behind the verdict, in a form the UI can translate. */
export const ReasonSchema = z.object({
  code: id,
  severity: z.enum(['hard', 'warn', 'info']),
  message,
  /** The message in French; absent on reports stored before it existed (the UI falls back to `message`). */
  messageFr: message.optional(),
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
export const ExplanationSchema = z.object({ en: message, fr: message });
export type Explanation = z.infer<typeof ExplanationSchema>;

/** A post or comment a sub-score used (`id` is its post or comment id) with an optional note. */
export const SubScoreUsedSchema = z.object({ id, note: message.optional() });
export const SubScoreExcludedSchema = z.object({ id, reason: message });

/** One sub-score, 0–100, higher is better (authenticity is 100 − risk). `value` absent: no data. */
export const SubScoreSchema = z.object({
  key: SubScoreKeySchema,
  value: z.number().min(0).max(100).optional(),
  inputs: z.record(id, z.union([z.number(), message, z.boolean(), z.null()])),
  used: z.array(SubScoreUsedSchema).max(LIST_LIMITS.comments),
  excluded: z.array(SubScoreExcludedSchema).max(LIST_LIMITS.comments),
  confidence: ConfidenceSchema,
  explanation: ExplanationSchema,
});
export type SubScore = z.infer<typeof SubScoreSchema>;

export const CommentClassSchema = z.enum(['spam', 'generic', 'substantive', 'neutral']);
export type CommentClass = z.infer<typeof CommentClassSchema>;

/** How one comment was judged, with the rule that fired. */
export const CommentJudgementSchema = z.object({
  commentId: id,
  postId: id,
  class: CommentClassSchema,
  rule: id,
  /** Creator replies are classed but counted apart from the audience's comments. */
  creatorReply: z.boolean(),
});
export type CommentJudgement = z.infer<typeof CommentJudgementSchema>;

/** One authenticity risk signal with its threshold; `fired` undefined when it could not be evaluated. */
export const RiskSignalSchema = z.object({
  code: id,
  fired: z.boolean().optional(),
  value: z.number().optional(),
  threshold: message,
  message,
  /** The message in French; absent on reports stored before it existed. */
  messageFr: message.optional(),
});
export type RiskSignal = z.infer<typeof RiskSignalSchema>;

/** Sponsored detection and disclosure compliance for one post. */
export const DisclosureSchema = z.object({
  postId: id,
  url: postUrl.optional(),
  /** yes: platform label, sponsor tag, ad wording or discount code; possible: a brand-looking mention only. */
  sponsored: z.enum(['yes', 'possible', 'no']),
  evidence: z.array(message).max(LIST_LIMITS.reasons),
  /** For sponsored posts: whether the jurisdiction's wording is present (and early enough where required). */
  compliant: z.boolean().optional(),
  wordingFound: z.array(message).max(LIST_LIMITS.reasons),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

export const MoneySchema = z.object({ amount: z.number(), currency: id });

/** The full scoring model's fields, all optional. */
export const ScoreReportExtrasSchema = z.object({
  objective: id.optional(),
  subscores: z.array(SubScoreSchema).max(LIST_LIMITS.reasons).optional(),
  /** Weighted mean of the sub-scores with data, 0–100. */
  fit: z.number().min(0).max(100).optional(),
  /** The weights applied, renormalised over sub-scores with data (sum 1). */
  weightsUsed: z.record(id, z.number()).optional(),
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
  emv: z.object({ perPost: z.number(), impressions: z.number(), cpm: z.number(), currency: id }).optional(),
  /** Fair price band per post in the campaign currency. */
  priceBand: z.object({ min: z.number(), max: z.number(), currency: id, source: message }).optional(),
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
  comments: z.array(CommentJudgementSchema).max(LIST_LIMITS.comments).optional(),
  podSignal: z
    .object({
      authors: z.array(id).max(LIST_LIMITS.comments),
      postIds: z.array(id).max(LIST_LIMITS.posts),
    })
    .optional(),
  authenticitySignals: z.array(RiskSignalSchema).max(LIST_LIMITS.reasons).optional(),
  disclosures: z.array(DisclosureSchema).max(LIST_LIMITS.posts).optional(),
  sponsoredShare: z.number().optional(),
  auditFakeShare: z.number().optional(),
  benchmarksVersion: id.optional(),
});

export const ScoreReportSchema = z.object({
  platform: PlatformSchema,
  handle: bounded(TEXT_LIMITS.handle).min(1),
  displayName: bounded(TEXT_LIMITS.name).optional(),
  /** The profile page that was scored: an https address on the creator's site. */
  url: SiteUrlSchema,
  scoredAt: EpochMsSchema,
  campaignId: bounded(TEXT_LIMITS.name),
  pageState: PageStateSchema,
  followers: z.number().int().nonnegative().max(1e12).optional(),
  tier: TierSchema.optional(),
  engagement: EngagementSchema,
  verdict: VerdictSchema,
  reasons: z.array(ReasonSchema).max(LIST_LIMITS.reasons),
  problems: z.array(ProblemSchema).max(LIST_LIMITS.reasons),
  provenance: ProvenanceSchema,
  ...ScoreReportExtrasSchema.shape,
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
