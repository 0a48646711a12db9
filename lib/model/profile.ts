import { z } from 'zod';
import { bounded, EpochMsSchema, TEXT_LIMITS } from './bounds';

/** The two sites Microscope reads. */
export const PlatformSchema = z.enum(['instagram', 'tiktok']);
export type Platform = z.infer<typeof PlatformSchema>;

/**
 * Where a value came from, best first:
 * `json` — a response the page itself loaded (observed in the MAIN world);
 * `embedded` — JSON embedded in the HTML (TikTok rehydration, Instagram data-sjs);
 * `dom` — visible text or attributes; `meta` — meta tags (rounded, stale after navigation).
 */
export const SourceSchema = z.enum(['json', 'embedded', 'dom', 'meta']);
export type Source = z.infer<typeof SourceSchema>;

/** What the page is showing, so the card can say why numbers are missing. */
export const PageStateSchema = z.enum([
  'ok',
  'private',
  'not-found',
  'login-wall',
  'no-posts',
  'not-profile',
]);
export type PageState = z.infer<typeof PageStateSchema>;

const count = z.number().int().nonnegative();
const epochMs = EpochMsSchema;

export const PostTypeSchema = z.enum(['photo', 'carousel', 'video', 'reel']);
export type PostType = z.infer<typeof PostTypeSchema>;

/**
 * One post or video. Every count is optional: `undefined` means "could not be read",
 * never zero. Hidden like counts set `likesHidden` and leave `likes` undefined.
 */
export const PostSchema = z.object({
  id: z.string().min(1),
  shortcode: z.string().optional(),
  url: z.string().optional(),
  type: PostTypeSchema,
  takenAt: epochMs.optional(),
  likes: count.optional(),
  comments: count.optional(),
  views: count.optional(),
  shares: count.optional(),
  saves: count.optional(),
  likesHidden: z.boolean().default(false),
  pinned: z.boolean().default(false),
  caption: z.string().optional(),
  hashtags: z.array(z.string()).default([]),
  mentions: z.array(z.string()).default([]),
  paidPartnership: z.boolean().default(false),
  sponsorTags: z.array(z.string()).default([]),
  coauthors: z.array(z.string()).default([]),
  source: SourceSchema,
});
export type Post = z.infer<typeof PostSchema>;
export type PostInput = z.input<typeof PostSchema>;

/** A visible comment on one of the creator's posts. */
export const CommentSchema = z.object({
  id: z.string().min(1),
  postId: z.string().min(1),
  author: z.string(),
  text: z.string(),
  createdAt: epochMs.optional(),
  likes: count.optional(),
  isCreatorReply: z.boolean().default(false),
  source: SourceSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

/** What the content script read from one profile page at one moment. */
export const ProfileSnapshotSchema = z.object({
  platform: PlatformSchema,
  handle: z.string().min(1),
  url: z.string(),
  capturedAt: epochMs,
  pageState: PageStateSchema.default('ok'),
  locale: z.string().optional(),
  displayName: z.string().optional(),
  bio: z.string().optional(),
  verified: z.boolean().optional(),
  isPrivate: z.boolean().optional(),
  category: z.string().optional(),
  externalUrl: z.string().optional(),
  followers: count.optional(),
  following: count.optional(),
  postsCount: count.optional(),
  totalLikes: count.optional(),
  posts: z.array(PostSchema).default([]),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;
export type ProfileSnapshotInput = z.input<typeof ProfileSnapshotSchema>;

/**
 * A field that could not be read (or a page state), for the data-quality panel: a code and its
 * parameters, worded by the UI (the codes and their parameters: lib/sites/problems.ts).
 * Reports stored before codes carry the sentence itself in `message` / `messageFr` instead.
 */
export const ProblemSchema = z.object({
  code: bounded(TEXT_LIMITS.id),
  field: bounded(TEXT_LIMITS.id).optional(),
  params: z.record(bounded(TEXT_LIMITS.id), z.union([bounded(TEXT_LIMITS.message), z.number()])).optional(),
  /** The sentence of a report stored before codes (English), shown as is. */
  message: bounded(TEXT_LIMITS.message).optional(),
  /** Its French; absent on reports stored before it existed (the UI falls back to `message`). */
  messageFr: bounded(TEXT_LIMITS.message).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Which source gave each profile field (`followers`, `posts`, …). */
export const ProvenanceSchema = z.record(z.string(), SourceSchema);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Every extractor returns this shape. */
export const ExtractionSchema = z.object({
  snapshot: ProfileSnapshotSchema,
  provenance: ProvenanceSchema,
  problems: z.array(ProblemSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** Posts and comments gathered for one creator during the browsing session. */
export const EvidenceSchema = z.object({
  comments: z.array(CommentSchema).default([]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
