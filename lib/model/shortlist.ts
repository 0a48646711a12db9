import { z } from 'zod';
import { CurrencySchema } from './campaign';
import { PlatformSchema } from './profile';
import { ScoreReportSchema, TierSchema, VerdictSchema } from './report';

/** The pipeline a shortlisted creator moves through (guide step 4). */
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

/** A note belongs to its author: teammates' notes sit side by side, never overwrite each other. */
export const NoteSchema = z.object({ author: z.string(), authorName: z.string(), text: z.string() });
export type Note = z.infer<typeof NoteSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A shortlist row as the UI reads it. The source of truth for every user edit is the
 * replicated document (lib/exchange/replica.ts); this row is derived from it.
 */
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
  notes: z.array(NoteSchema).default([]),
  tags: z.array(z.string()).default([]),
  assignee: z.string().optional(),
  quotedPrice: z.number().nonnegative().optional(),
  currency: CurrencySchema.optional(),
  deliverables: z.string().optional(),
  dueDate: isoDate.optional(),
  publishDate: isoDate.optional(),
  contentRights: z.boolean().optional(),
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare: z.number().min(0).max(100).optional(),
  /** How many scorings of this creator are kept. */
  scoreCount: z.number().int().nonnegative().default(1),
  report: ScoreReportSchema,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/** Database v1 rows (kept for the v1 → v2 migration and its test). */
export const ShortlistEntryV1Schema = z.object({
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
export type ShortlistEntryV1 = z.infer<typeof ShortlistEntryV1Schema>;
