/**
 * Lenient zod schemas for the Instagram JSON the page loads (GraphQL timeline and clips
 * connections, web_profile_info, the opened post and its comments). Unknown fields pass
 * through; a malformed item is reported by the caller, never thrown.
 */
import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform((v) => String(v));
const num = z.number().nullish();

const IgUserRefSchema = z
  .object({
    username: z.string().nullish(),
    pk: id.nullish(),
    id: id.nullish(),
    full_name: z.string().nullish(),
  })
  .passthrough();

const SponsorTagSchema = z
  .object({
    username: z.string().nullish(),
    sponsor: IgUserRefSchema.nullish(),
  })
  .passthrough();

/** A media node of the GraphQL timeline (`edges[].node`), clips (`edges[].node.media`) or a post. */
export const IgMediaNodeSchema = z
  .object({
    code: z.string().min(1).nullish(),
    pk: id.nullish(),
    id: id.nullish(),
    taken_at: num,
    caption: z.object({ text: z.string().nullish() }).passthrough().nullish(),
    like_count: num,
    comment_count: num,
    view_count: num,
    play_count: num,
    ig_play_count: num,
    media_type: num,
    product_type: z.string().nullish(),
    is_paid_partnership: z.boolean().nullish(),
    sponsor_tags: z.array(SponsorTagSchema).nullish(),
    coauthor_producers: z.array(IgUserRefSchema).nullish(),
    timeline_pinned_user_ids: z.array(id).nullish(),
    clips_tab_pinned_user_ids: z.array(id).nullish(),
    like_and_view_counts_disabled: z.boolean().nullish(),
    user: IgUserRefSchema.nullish(),
    owner: IgUserRefSchema.nullish(),
  })
  .passthrough()
  .refine((node) => Boolean(node.code), { message: 'media node without a code' });
export type IgMediaNode = z.infer<typeof IgMediaNodeSchema>;

const countObject = z.object({ count: num }).passthrough().nullish();

/** A post of web_profile_info's `edge_owner_to_timeline_media.edges[].node`. */
export const IgLegacyNodeSchema = z
  .object({
    shortcode: z.string().min(1),
    id: id.nullish(),
    __typename: z.string().nullish(),
    is_video: z.boolean().nullish(),
    product_type: z.string().nullish(),
    edge_media_to_caption: z
      .object({
        edges: z.array(
          z.object({ node: z.object({ text: z.string().nullish() }).passthrough() }).passthrough(),
        ),
      })
      .passthrough()
      .nullish(),
    edge_media_to_comment: countObject,
    edge_liked_by: countObject,
    edge_media_preview_like: countObject,
    /** The plays the site shows on a reel; `video_view_count` is an older, smaller count. */
    video_play_count: num,
    video_view_count: num,
    taken_at_timestamp: num,
    is_paid_partnership: z.boolean().nullish(),
    edge_media_to_sponsor_user: z
      .object({ edges: z.array(z.object({ node: SponsorTagSchema }).passthrough()) })
      .passthrough()
      .nullish(),
    pinned_for_users: z.array(IgUserRefSchema).nullish(),
    coauthor_producers: z.array(IgUserRefSchema).nullish(),
    like_and_view_counts_disabled: z.boolean().nullish(),
    owner: IgUserRefSchema.nullish(),
  })
  .passthrough();
export type IgLegacyNode = z.infer<typeof IgLegacyNodeSchema>;

/** The profile user object: web_profile_info (`edge_followed_by`) or newer (`follower_count`). */
export const IgProfileUserSchema = z
  .object({
    username: z.string(),
    full_name: z.string().nullish(),
    biography: z.string().nullish(),
    is_verified: z.boolean().nullish(),
    is_private: z.boolean().nullish(),
    category_name: z.string().nullish(),
    category: z.string().nullish(),
    external_url: z.string().nullish(),
    edge_followed_by: countObject,
    edge_follow: countObject,
    follower_count: num,
    following_count: num,
    media_count: num,
    edge_owner_to_timeline_media: z
      .object({ count: num, edges: z.array(z.object({ node: z.unknown() }).passthrough()).nullish() })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type IgProfileUser = z.infer<typeof IgProfileUserSchema>;

/** A connection: `{ edges: [{ node }] }`; nodes are parsed one by one by the caller. */
export const IgConnectionSchema = z
  .object({ edges: z.array(z.object({ node: z.unknown() }).passthrough()) })
  .passthrough();

/** `xdt_api__v1__media__shortcode__web_info`: `{ items: [media] }`. */
export const IgPostInfoSchema = z.object({ items: z.array(z.unknown()) }).passthrough();

/**
 * A comment node: the comment responses' (`pk`, `user`, `comment_like_count`), or the older
 * post object's (`xdt_shortcode_media.edge_media_to_parent_comment`: `id`, `owner`,
 * `edge_liked_by`, its first replies under `edge_threaded_comments`).
 */
export const IgCommentNodeSchema = z
  .object({
    pk: id.nullish(),
    id: id.nullish(),
    text: z.string(),
    created_at: num,
    comment_like_count: num,
    edge_liked_by: countObject,
    child_comment_count: num,
    user: IgUserRefSchema.nullish(),
    owner: IgUserRefSchema.nullish(),
    edge_threaded_comments: z
      .object({ edges: z.array(z.object({ node: z.unknown() }).passthrough()) })
      .passthrough()
      .nullish(),
  })
  .passthrough()
  .refine((node) => Boolean(node.pk ?? node.id), { message: 'comment node without an id' });
export type IgCommentNode = z.infer<typeof IgCommentNodeSchema>;

/** The media node inside an edge of either connection: clips put it under `node.media`. */
export function mediaOfClipsNode(node: unknown): unknown {
  if (typeof node === 'object' && node !== null && 'media' in node) return (node as { media: unknown }).media;
  return node;
}
