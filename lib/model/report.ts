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

/** A value a coded text carries (a number is raw: the UI formats it in the user's locale). */
const scalar = z.union([z.number(), message, z.boolean()]);
/** A coded text nested in another's parameters (the evidence of a sponsored post). */
const CodedLeafSchema = z.object({
  code: id,
  params: z.record(id, z.union([scalar, z.array(scalar).max(LIST_LIMITS.reasons)])).optional(),
});
/** The parameters of a coded text: scalars, lists, counts by name, nested coded texts. */
const ParamsSchema = z.record(
  id,
  z.union([
    scalar,
    z.array(z.union([scalar, CodedLeafSchema])).max(LIST_LIMITS.comments),
    z.record(id, z.number()),
  ]),
);
export type Params = z.output<typeof ParamsSchema>;

/**
 * A text as a code and its parameters, worded by the UI in the user's language (the codes and
 * their parameters: lib/scoring/codes.ts; the wording: lib/i18n/score-text.ts).
 */
export const CodedSchema = z.object({ code: id, params: ParamsSchema.optional() });
export type Coded = z.output<typeof CodedSchema>;

/**
 * A reason behind the verdict: a code and its parameters. Reports stored before codes carry the
 * sentence itself in `message` (English) and `messageFr`, shown as stored.
 */
export const ReasonSchema = z.object({
  code: id,
  severity: z.enum(['hard', 'warn', 'info']),
  params: ParamsSchema.optional(),
  message: message.optional(),
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

/** A one-line explanation as a code; reports stored before codes carry the sentence in both languages. */
export const ExplanationSchema = z.union([CodedSchema, z.object({ en: message, fr: message })]);
export type Explanation = z.output<typeof ExplanationSchema>;

/** A coded note, or the sentence a report stored before codes carries. */
const noteSchema = z.union([CodedSchema, message]);

/** A post or comment a sub-score used (`id` is its post or comment id) with an optional note. */
const SubScoreUsedSchema = z.object({ id, note: noteSchema.optional() });
const SubScoreExcludedSchema = z.object({ id, reason: noteSchema });

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

/** How many of the audience's comments were judged, every class counted (the creator's replies are not). */
export function audienceCount(counts: Readonly<Record<CommentClass, number>>): number {
  return counts.spam + counts.generic + counts.substantive + counts.neutral;
}

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

/**
 * One authenticity risk signal; `fired` undefined when it could not be evaluated. `params` holds
 * its thresholds and what was measured. Reports stored before codes carry the sentences instead
 * (`threshold`, `message`, `messageFr`).
 */
export const RiskSignalSchema = z.object({
  code: id,
  fired: z.boolean().optional(),
  value: z.number().optional(),
  params: ParamsSchema.optional(),
  threshold: message.optional(),
  message: message.optional(),
  messageFr: message.optional(),
});
export type RiskSignal = z.infer<typeof RiskSignalSchema>;

/** Sponsored detection and disclosure compliance for one post. */
export const DisclosureSchema = z.object({
  postId: id,
  url: postUrl.optional(),
  /** yes: platform label, sponsor tag, ad wording or discount code; possible: a brand-looking mention only. */
  sponsored: z.enum(['yes', 'possible', 'no']),
  /** Coded evidence; reports stored before codes carry English sentences. */
  evidence: z.array(noteSchema).max(LIST_LIMITS.reasons),
  /** For sponsored posts: whether the jurisdiction's wording is present (and early enough where required). */
  compliant: z.boolean().optional(),
  wordingFound: z.array(message).max(LIST_LIMITS.reasons),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

const MoneySchema = z.object({ amount: z.number(), currency: id });

/**
 * The languages of the audience's comments (lib/audience/languages.ts). Codes are kept as text
 * so a report naming a language this version does not know still reads.
 */
export const AudienceLanguagesSchema = z.object({
  /** Audience comments read: the creator's replies and comments judged spam are left out. */
  comments: z.number().int().nonnegative(),
  /** Of them, in a recognised language; the rest were too short, emoji only or not recognised. */
  determined: z.number().int().nonnegative(),
  undetermined: z.number().int().nonnegative(),
  /** Comments per language, most first. */
  languages: z
    .array(z.object({ language: id, count: z.number().int().nonnegative() }))
    .max(LIST_LIMITS.reasons),
  /** none: no comment in a recognised language; low: fewer than 30. */
  confidence: ConfidenceSchema,
  /** The campaign's target languages (absent: any language). */
  targets: z.array(id).max(LIST_LIMITS.reasons).optional(),
  /** Share of the recognised comments in a target language, percent. */
  targetShare: z.number().min(0).max(100).optional(),
  /** match / mismatch against the targets; unsure: too few comments to judge. */
  fit: z.enum(['match', 'mismatch', 'unsure']).optional(),
});
export type AudienceLanguages = z.infer<typeof AudienceLanguagesSchema>;

/** The full scoring model's fields, all optional. */
const ScoreReportExtrasSchema = z.object({
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
  priceBand: z
    .object({
      min: z.number(),
      max: z.number(),
      currency: id,
      /** The benchmark the band comes from (reports stored before `eurRate` say the conversion here too). */
      source: message,
      /** Converted from the euro table at 1 EUR = `eurRate` of the currency. */
      eurRate: z.number().optional(),
      /** A USD campaign for a tier the US table does not cover: the French table applies. */
      usFallback: z.boolean().optional(),
    })
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
  /** The languages the audience comments in, measured against the campaign's target languages. */
  audienceLanguages: AudienceLanguagesSchema.optional(),
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
