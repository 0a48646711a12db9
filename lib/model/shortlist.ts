import { z } from 'zod';
import { PlatformSchema } from './profile';
import { ScoreReportSchema, TierSchema, VerdictSchema } from './report';

export const StatusSchema = z.enum([
  'candidate',
  'contacted',
  'brief-sent',
  'in-review',
  'published',
  'declined',
]);
export type Status = z.infer<typeof StatusSchema>;

/** The key of a shortlisted creator: one entry per platform and handle. */
export function shortlistId(platform: z.infer<typeof PlatformSchema>, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

export const ShortlistEntrySchema = z.object({
  id: z.string(),
  platform: PlatformSchema,
  handle: z.string(),
  displayName: z.string().optional(),
  url: z.string(),
  followers: z.number().int().nonnegative().optional(),
  tier: TierSchema.optional(),
  erMean: z.number().optional(),
  erMedian: z.number().optional(),
  verdict: VerdictSchema,
  addedAt: z.number().int(),
  updatedAt: z.number().int(),
  status: StatusSchema.default('candidate'),
  notes: z.string().default(''),
  tags: z.array(z.string()).default([]),
  report: ScoreReportSchema,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;
