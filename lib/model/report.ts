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
});
export type Reason = z.infer<typeof ReasonSchema>;

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
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;
