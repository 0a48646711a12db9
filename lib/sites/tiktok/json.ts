/**
 * Lenient zod schemas for TikTok's JSON: the rehydration script's `webapp.user-detail`, the
 * older `SIGI_STATE` script, the `/api/user/detail/` response, `/api/post/item_list/` items and
 * `/api/comment/list/` comments (and `/api/comment/list/reply/` replies, of the same shape).
 */
import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform((v) => String(v));
const countish = z.union([z.number(), z.string()]).nullish();

const TtUserSchema = z
  .object({
    id: id.nullish(),
    uniqueId: z.string(),
    nickname: z.string().nullish(),
    signature: z.string().nullish(),
    verified: z.boolean().nullish(),
    privateAccount: z.boolean().nullish(),
    secUid: z.string().nullish(),
    bioLink: z.object({ link: z.string().nullish() }).passthrough().nullish(),
    region: z.string().nullish(),
    language: z.string().nullish(),
  })
  .passthrough();

export const TtStatsSchema = z
  .object({
    followerCount: countish,
    followingCount: countish,
    heart: countish,
    heartCount: countish,
    videoCount: countish,
    diggCount: countish,
    friendCount: countish,
  })
  .passthrough();
export type TtStats = z.infer<typeof TtStatsSchema>;

/** `webapp.user-detail` in the rehydration script, and the `/api/user/detail/` body. */
export const TtUserDetailSchema = z
  .object({
    statusCode: z.number().nullish(),
    statusMsg: z.string().nullish(),
    userInfo: z
      .object({
        user: TtUserSchema.nullish(),
        stats: TtStatsSchema.nullish(),
        statsV2: TtStatsSchema.nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type TtUserDetail = z.infer<typeof TtUserDetailSchema>;

const TtItemStatsSchema = z
  .object({
    playCount: countish,
    diggCount: countish,
    commentCount: countish,
    shareCount: countish,
    collectCount: countish,
  })
  .passthrough();

export const TtItemSchema = z
  .object({
    id: id,
    desc: z.string().nullish(),
    createTime: countish,
    author: z
      .union([z.string(), z.object({ uniqueId: z.string().nullish(), id: id.nullish() }).passthrough()])
      .nullish(),
    authorStats: TtStatsSchema.nullish(),
    authorStatsV2: TtStatsSchema.nullish(),
    stats: TtItemStatsSchema.nullish(),
    statsV2: TtItemStatsSchema.nullish(),
    textExtra: z
      .array(
        z.object({ hashtagName: z.string().nullish(), userUniqueId: z.string().nullish() }).passthrough(),
      )
      .nullish(),
    challenges: z.array(z.object({ title: z.string().nullish() }).passthrough()).nullish(),
    isPinnedItem: z.boolean().nullish(),
    isAd: z.boolean().nullish(),
    /** Branded content (above 0); a number, though the app's own data types it as text. */
    brandOrganicType: countish,
    imagePost: z
      .object({ images: z.array(z.unknown()).nullish() })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type TtItem = z.infer<typeof TtItemSchema>;

/**
 * The older embedded state, `<script id="SIGI_STATE">` (seen to 2023): `UserModule.users` and
 * `UserModule.stats` keyed by handle, videos in `ItemModule` keyed by id, the grid's order in
 * `ItemList["user-post"].list`, and `UserPage` with the page's status code. Items are parsed
 * one by one by the caller.
 */
export const TtSigiStateSchema = z
  .object({
    UserModule: z
      .object({
        users: z.record(z.string(), z.unknown()).nullish(),
        stats: z.record(z.string(), z.unknown()).nullish(),
      })
      .passthrough()
      .nullish(),
    ItemModule: z.record(z.string(), z.unknown()).nullish(),
    ItemList: z
      .record(
        z.string(),
        z
          .object({ list: z.array(id).nullish() })
          .passthrough()
          .nullish(),
      )
      .nullish(),
    UserPage: z
      .object({ uniqueId: z.string().nullish(), statusCode: z.number().nullish() })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type TtSigiState = z.infer<typeof TtSigiStateSchema>;

/** `/api/post/item_list/`: `{ itemList, cursor, hasMore }`; items are parsed one by one. */
export const TtItemListSchema = z.object({ itemList: z.array(z.unknown()) }).passthrough();

export const TtCommentSchema = z
  .object({
    cid: id,
    text: z.string(),
    create_time: countish,
    digg_count: countish,
    aweme_id: id.nullish(),
    user: z
      .object({ unique_id: z.string().nullish(), uniqueId: z.string().nullish() })
      .passthrough()
      .nullish(),
    /** The first replies, carried by a comment of the list (each of the same shape). */
    reply_comment: z.array(z.unknown()).nullish(),
  })
  .passthrough();

export const TtCommentListSchema = z.object({ comments: z.array(z.unknown()) }).passthrough();

/** The author handle of an item: an object in item_list, sometimes a bare string. */
export function itemAuthor(item: TtItem): string | undefined {
  const author = item.author;
  if (typeof author === 'string') return author.toLowerCase();
  return author?.uniqueId?.toLowerCase() ?? undefined;
}
