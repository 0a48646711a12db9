/**
 * TikTok videos from JSON: the page's `/api/post/item_list/` responses and the older embedded
 * state's item list. Items by another author are counted, never kept; the `authorStats` they
 * carry are one more source of the profile counts.
 */
import type { Post, PostInput, Source } from '../../model';
import { captionTags, hasDisclosureHashtag } from '../caption-tags';
import type { CapturedPayload } from '../capture';
import { lower } from '../dom';
import { type ExtractionDraft, jsonCount, toPost } from '../extraction';
import { tiktokTimeFromId } from '../media-time';
import { itemAuthor, type TtItem, TtItemListSchema, TtItemSchema, type TtStats } from './json';
import { applyStats } from './page-data';

const DAY_MS = 86_400_000;

function postFromItem(item: TtItem, handle: string, now: number, onBad: (reason: string) => void): PostInput {
  const v2 = item.statsV2;
  const v1 = item.stats;
  const pick = (key: 'playCount' | 'diggCount' | 'commentCount' | 'shareCount' | 'collectCount') =>
    jsonCount(v2?.[key]) ?? jsonCount(v1?.[key], onBad);
  const caption = item.desc ?? undefined;
  const fromCaption = captionTags(caption);
  const hashtags = [
    ...new Set([
      ...(item.textExtra ?? []).map((t) => lower(t.hashtagName)).filter((t) => t !== ''),
      ...(item.challenges ?? []).map((c) => lower(c.title)).filter((t) => t !== ''),
      ...fromCaption.hashtags,
    ]),
  ];
  const mentions = [
    ...new Set([
      ...(item.textExtra ?? []).map((t) => lower(t.userUniqueId)).filter((t) => t !== ''),
      ...fromCaption.mentions,
    ]),
  ];
  const created = jsonCount(item.createTime, onBad);
  const images = item.imagePost?.images?.length ?? 0;
  return {
    id: item.id,
    url: `https://www.tiktok.com/@${handle}/${images > 0 ? 'photo' : 'video'}/${item.id}`,
    type: images > 1 ? 'carousel' : images === 1 ? 'photo' : 'video',
    // Without createTime, the video id tells it (its top 32 bits are the Unix seconds).
    takenAt: created === undefined ? tiktokTimeFromId(item.id, now + DAY_MS) : created * 1000,
    views: pick('playCount'),
    likes: pick('diggCount'),
    comments: pick('commentCount'),
    shares: pick('shareCount'),
    saves: pick('collectCount'),
    pinned: item.isPinnedItem === true,
    caption,
    hashtags,
    mentions,
    // The paid-partnership field is not pinned down: ads, branded-content types and
    // disclosure hashtags are the evidence.
    paidPartnership:
      item.isAd === true || (jsonCount(item.brandOrganicType) ?? 0) > 0 || hasDisclosureHashtag(hashtags),
    source: 'json',
  };
}

interface ItemHarvest {
  posts: Post[];
  foreign: number;
  invalid: string[];
  authorStats?: { v1: TtStats | null | undefined; v2: TtStats | null | undefined; source: Source };
}

function harvestItems(
  lists: ReadonlyArray<{ items: unknown[]; source: Source }>,
  handle: string,
  now: number,
): ItemHarvest {
  const out: ItemHarvest = { posts: [], foreign: 0, invalid: [] };
  for (const { items, source } of lists) {
    for (const raw of items) {
      const parsed = TtItemSchema.safeParse(raw);
      if (!parsed.success) {
        out.invalid.push(parsed.error.issues[0]?.message ?? 'malformed item');
        continue;
      }
      const author = itemAuthor(parsed.data);
      if (author && author !== handle) {
        out.foreign++;
        continue;
      }
      if (parsed.data.authorStats || parsed.data.authorStatsV2) {
        out.authorStats = { v1: parsed.data.authorStats, v2: parsed.data.authorStatsV2, source };
      }
      const reasons: string[] = [];
      const result = toPost({
        ...postFromItem(parsed.data, handle, now, (r) => reasons.push(r)),
        source,
      });
      if (reasons.length > 0) out.invalid.push(`${parsed.data.id}: ${reasons.join(', ')}`);
      if ('post' in result) out.posts.push(result.post);
      else out.invalid.push(`${parsed.data.id}: ${result.error}`);
    }
  }
  return out;
}

/**
 * The videos of `handle` from the page's item lists, then `embeddedItems` (the older embedded
 * state's, when it is about this handle); reports unreadable lists and items, and sets the
 * profile counts the newest item's authorStats give.
 */
export function readItems(
  draft: ExtractionDraft,
  captured: readonly CapturedPayload[],
  embeddedItems: readonly unknown[],
  handle: string,
  now: number,
): Post[] {
  const lists: Array<{ items: unknown[]; source: Source }> = [];
  for (const payload of captured) {
    if (payload.kind !== 'tt-item-list') continue;
    const list = TtItemListSchema.safeParse(payload.data);
    if (list.success) lists.push({ items: list.data.itemList, source: 'json' });
    else draft.problem({ code: 'invalid-json', field: 'posts', params: { what: 'video-list' } });
  }
  if (embeddedItems.length > 0) lists.push({ items: [...embeddedItems], source: 'embedded' });
  const harvest = harvestItems(lists, handle, now);
  if (harvest.foreign > 0) {
    draft.problem({ code: 'foreign-posts-ignored', params: { count: harvest.foreign } });
  }
  for (const detail of harvest.invalid.slice(0, 5)) {
    draft.problem({ code: 'invalid-post', field: 'posts', params: { detail } });
  }
  if (harvest.authorStats) {
    const { v1, v2 } = harvest.authorStats;
    applyStats(draft, v2, v1, harvest.authorStats.source, 'author-stats');
  }
  return harvest.posts;
}
