import { z } from 'zod';
import { bounded, EpochMsSchema, TEXT_LIMITS } from './bounds';
import { CurrencySchema } from './campaign';
import { PlatformSchema } from './profile';
import { type ScoreReport, ScoreReportSchema, TierSchema, VerdictSchema } from './report';

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
const NoteSchema = z.object({
  author: bounded(TEXT_LIMITS.id),
  authorName: bounded(TEXT_LIMITS.name),
  text: bounded(TEXT_LIMITS.note),
});
export type Note = z.infer<typeof NoteSchema>;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isCalendarDate(text: unknown): boolean {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const IsoDateSchema = z.string().refine(isCalendarDate, {
  message: 'a date looks like 2026-03-31',
  params: { problem: 'date' },
});
const isoDate = IsoDateSchema;

/**
 * What a shortlist row keeps of the latest score report: what the table, the filters, the
 * CSV and the campaign totals read. The whole report (posts, comments, sub-scores,
 * reasons) stays in the creator's score history, read when one creator is opened: rows
 * stay small, so 50,000 of them load and sit in memory cheaply.
 */
const ReportSummarySchema = ScoreReportSchema.pick({
  scoredAt: true,
  campaignId: true,
  followers: true,
  fit: true,
  reach: true,
  emv: true,
  priceBand: true,
  audienceLanguages: true,
}).extend({
  /** Posts the engagement rate was computed on. */
  postsUsed: z.number().int().nonnegative(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** The summary a row keeps of a report (platform, handle, address and verdict are the row's own). */
export function summarizeReport(report: ScoreReport): ReportSummary {
  const summary: ReportSummary = {
    scoredAt: report.scoredAt,
    campaignId: report.campaignId,
    postsUsed: report.engagement.used.length,
  };
  if (report.followers !== undefined) summary.followers = report.followers;
  if (report.fit !== undefined) summary.fit = report.fit;
  if (report.reach !== undefined) summary.reach = report.reach;
  if (report.emv !== undefined) summary.emv = report.emv;
  if (report.priceBand !== undefined) summary.priceBand = report.priceBand;
  if (report.audienceLanguages !== undefined) summary.audienceLanguages = report.audienceLanguages;
  return summary;
}

/**
 * A shortlist row as the UI reads it. The source of truth for every user edit is the
 * replicated document (lib/exchange/replica-schema.ts); this row is derived from it.
 */
export const ShortlistEntrySchema = z.object({
  id: bounded(TEXT_LIMITS.handle + 10),
  platform: PlatformSchema,
  handle: bounded(TEXT_LIMITS.handle),
  displayName: bounded(TEXT_LIMITS.name).optional(),
  /** Shown as a link only when it is on the creator's site (`safeProfileUrl`). */
  url: bounded(TEXT_LIMITS.url),
  followers: z.number().int().nonnegative().optional(),
  tier: TierSchema.optional(),
  erMean: z.number().optional(),
  erMedian: z.number().optional(),
  verdict: VerdictSchema,
  addedAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  status: StatusSchema.default('candidate'),
  notes: z.array(NoteSchema).default([]),
  tags: z.array(bounded(TEXT_LIMITS.tag)).default([]),
  assignee: bounded(TEXT_LIMITS.name).optional(),
  quotedPrice: z.number().nonnegative().optional(),
  currency: CurrencySchema.optional(),
  deliverables: bounded(TEXT_LIMITS.text).optional(),
  dueDate: isoDate.optional(),
  publishDate: isoDate.optional(),
  contentRights: z.boolean().optional(),
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare: z.number().min(0).max(100).optional(),
  /** How many scorings of this creator are kept. */
  scoreCount: z.number().int().nonnegative().default(1),
  /** The latest score report, summarised (the whole one: the creator's score history). */
  report: ReportSummarySchema,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/** A row with its whole latest report (read from the score history: one creator opened or compared). */
export type ScoredEntry = Omit<ShortlistEntry, 'report'> & { report: ScoreReport };

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
