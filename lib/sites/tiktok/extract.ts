/**
 * The TikTok profile extractor: the rehydration script, then the older `SIGI_STATE` script (each
 * only when it is for this handle), the page's own `/api/user/detail/` and `/api/post/item_list/`
 * responses, the items' `authorStats`, the DOM (`data-e2e`), then the meta description. Page
 * states come from the site's status fields first, then from visible text only.
 */
import type { Extraction, Post, PostInput, Source } from '../../model';
import { captionTags, hasDisclosureHashtag } from '../caption-tags';
import type { CapturedPayload } from '../capture';
import {
  cleanText,
  metaContent,
  pageLocale,
  queryAllFirst,
  queryFirst,
  scriptJson,
  visibleText,
} from '../dom';
import { ExtractionDraft, jsonCount, mergePosts, toPost } from '../extraction';
import { tiktokTimeFromId } from '../media-time';
import { parseCountText } from '../numbers';
import type { CountField } from '../problems';
import {
  itemAuthor,
  type TtItem,
  TtItemListSchema,
  TtItemSchema,
  TtSigiStateSchema,
  type TtStats,
  type TtUserDetail,
  TtUserDetailSchema,
} from './json';
import { TT_NO_POSTS_TEXTS, TT_NOT_FOUND_TEXTS, TT_PRIVATE_TEXTS, TT_SELECTORS } from './selectors';
import { tiktokHandleFromUrl, tiktokVideoFromUrl } from './url';

export interface TiktokExtractInput {
  doc: Document;
  url: string;
  /** Payloads the MAIN-world script observed on this page so far, oldest first. */
  captured: readonly CapturedPayload[];
  now: number;
}

const STATUS_PRIVATE = 10222;
const STATUS_NOT_FOUND = 10221;

/** Fields every readable TikTok profile shows. */
const EXPECTED = ['followers', 'following', 'totalLikes', 'postsCount', 'displayName'] as const;

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
const DAY_MS = 86_400_000;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The rehydration script's scope, or undefined when the page has none (warm load). */
function rehydrationScope(doc: Document): Record<string, unknown> | undefined {
  const json = record(scriptJson(queryFirst(doc, TT_SELECTORS.rehydration)?.element));
  return record(json?.__DEFAULT_SCOPE__);
}

/** What the older `SIGI_STATE` script says about one handle. */
interface SigiRead {
  /** The profile in the `webapp.user-detail` shape, when the script is about this handle. */
  detail?: TtUserDetail;
  /** The grid's videos in page order (ItemList["user-post"].list over ItemModule). */
  items: unknown[];
  /** The handle the script is about when it is another one (left over from in-app navigation). */
  otherHandle?: string;
  invalid?: boolean;
}

/** The older embedded state (`<script id="SIGI_STATE">`, seen to 2023), read for `handle`. */
function readSigiState(doc: Document, handle: string): SigiRead | undefined {
  const element = queryFirst(doc, TT_SELECTORS.sigiState)?.element;
  if (!element) return undefined;
  const parsed = TtSigiStateSchema.safeParse(scriptJson(element));
  if (!parsed.success) return { items: [], invalid: true };
  const state = parsed.data;
  const users = state.UserModule?.users ?? {};
  const key = Object.keys(users).find(
    (k) => lower(k) === handle || lower(record(users[k])?.uniqueId as string | undefined) === handle,
  );
  const page = state.UserPage;
  const pageIsHandle = lower(page?.uniqueId) === handle;
  if (key === undefined && !pageIsHandle) {
    const otherHandle = lower(page?.uniqueId) || Object.keys(users).map(lower)[0];
    return { items: [], ...(otherHandle ? { otherHandle } : {}) };
  }
  const detail = TtUserDetailSchema.safeParse({
    statusCode: pageIsHandle ? (page?.statusCode ?? undefined) : undefined,
    userInfo: key === undefined ? {} : { user: users[key], stats: state.UserModule?.stats?.[key] },
  });
  const modules = state.ItemModule ?? {};
  const order = state.ItemList?.['user-post']?.list;
  const items = order
    ? order.map((id) => modules[id]).filter((item) => item !== undefined)
    : Object.values(modules);
  return detail.success ? { detail: detail.data, items } : { items, invalid: true };
}

type StatKey = 'followerCount' | 'followingCount' | 'videoCount' | 'heartCount' | 'heart';

/**
 * One count from `statsV2` (exact strings) or `stats` (numbers that can overflow int32 into
 * negatives, and that TikTok rounds to what the page shows once they pass 10,000: 783,427
 * followers is `783400` there). A negative or malformed value is refused with a problem, never used.
 */
function statCount(
  v2: TtStats | null | undefined,
  v1: TtStats | null | undefined,
  keys: StatKey[],
  onBad: (value: unknown) => void,
): { value: number; rounded: boolean } | undefined {
  for (const key of keys) {
    const exact = jsonCount(v2?.[key]);
    if (exact !== undefined) return { value: exact, rounded: false };
  }
  for (const key of keys) {
    const raw = v1?.[key];
    const value = jsonCount(raw, () => onBad(raw));
    if (value !== undefined) return { value, rounded: value >= ROUNDED_FROM };
  }
  return undefined;
}

/** TikTok's `stats` numbers are rounded from this value up (3,666 is exact, 38,490 is `38500`). */
const ROUNDED_FROM = 10_000;

/** Sets the four profile counts from a stats pair; a follower count TikTok rounded is said so. */
function applyStats(
  draft: ExtractionDraft,
  v2: TtStats | null | undefined,
  v1: TtStats | null | undefined,
  source: Source,
  statsIn: 'page-data' | 'author-stats',
): void {
  const bad = (field: CountField) => (value: unknown) =>
    draft.problem({ code: 'invalid-count', field, params: { in: statsIn, value: JSON.stringify(value) } });
  const followers = statCount(v2, v1, ['followerCount'], bad('followers'));
  if (followers && draft.set('followers', followers.value, source) && followers.rounded) {
    draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page-data' } });
  }
  draft.set('following', statCount(v2, v1, ['followingCount'], bad('following'))?.value, source);
  draft.set('postsCount', statCount(v2, v1, ['videoCount'], bad('postsCount'))?.value, source);
  draft.set('totalLikes', statCount(v2, v1, ['heartCount', 'heart'], bad('totalLikes'))?.value, source);
}

function applyUserDetail(draft: ExtractionDraft, detail: TtUserDetail, source: Source): void {
  const info = detail.userInfo;
  const user = info?.user;
  applyStats(draft, info?.statsV2, info?.stats, source, 'page-data');
  if (!user) return;
  draft.set('displayName', cleanText(user.nickname), source);
  draft.set('bio', user.signature?.trim() || undefined, source);
  draft.set('verified', user.verified ?? undefined, source);
  draft.set('isPrivate', user.privateAccount ?? undefined, source);
  draft.set('externalUrl', cleanText(user.bioLink?.link), source);
}

// ---------------------------------------------------------------- posts

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
    paidPartnership: item.isAd === true || (item.brandOrganicType ?? 0) > 0 || hasDisclosureHashtag(hashtags),
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

function postsFromDom(doc: Document, handle: string, locale: string, now: number): Post[] {
  const posts: Post[] = [];
  for (const item of queryAllFirst(doc, TT_SELECTORS.postItems)) {
    const href = queryFirst(item, TT_SELECTORS.postLink)?.element.getAttribute('href');
    const ref = href ? tiktokVideoFromUrl(new URL(href, 'https://www.tiktok.com')) : undefined;
    if (!ref || ref.handle !== handle) continue;
    const viewsText = queryFirst(item, TT_SELECTORS.postViews)?.element.textContent;
    const views = viewsText ? parseCountText(viewsText, locale) : undefined;
    const result = toPost({
      id: ref.id,
      url: `https://www.tiktok.com/@${handle}/${ref.kind}/${ref.id}`,
      type: ref.kind === 'photo' ? 'photo' : 'video',
      // The tile has no date; the video id has (its top 32 bits are the Unix seconds).
      takenAt: tiktokTimeFromId(ref.id, now + DAY_MS),
      views: views?.ok ? views.value : undefined,
      pinned: queryFirst(item, TT_SELECTORS.pinnedBadge) !== undefined,
      source: 'dom',
    });
    if ('post' in result) posts.push(result.post);
  }
  return posts;
}

/** "Name (@handle) on TikTok | 7.8M Likes. 2.3M Followers. …" */
export function parseTiktokMetaDescription(
  content: string,
  locale = 'en',
): { handle?: string; name?: string; likes?: number; followers?: number } {
  const head = /^(.*?)\s*\(@([A-Za-z0-9._]+)\)/.exec(content);
  const out: { handle?: string; name?: string; likes?: number; followers?: number } = {};
  if (head) {
    out.handle = lower(head[2]);
    const name = cleanText(head[1]);
    if (name) out.name = name;
  }
  const tail = content.split('|')[1] ?? '';
  for (const sentence of tail.split(/\.\s+/)) {
    const value = parseCountText(sentence, locale);
    if (!value.ok) continue;
    if (/like|j'aime|j’aime|mag|gefällt/i.test(sentence)) out.likes ??= value.value;
    else if (/follower|abonné/i.test(sentence)) out.followers ??= value.value;
  }
  return out;
}

// ---------------------------------------------------------------- the extractor

export function extractTiktokProfile({ doc, url, captured, now }: TiktokExtractInput): Extraction {
  const draft = new ExtractionDraft();
  const locale = pageLocale(doc);
  const numberLocale = locale ?? 'en';
  const handle = tiktokHandleFromUrl(url);
  if (!handle) {
    draft.state({ code: 'not-profile' });
    return draft.finish({
      platform: 'tiktok',
      handle: 'unknown',
      url,
      now,
      locale,
      posts: [],
      postsSource: undefined,
      expected: [],
    });
  }

  // 1. The rehydration script, only when it is about this handle.
  const scope = rehydrationScope(doc);
  let statusCode: number | undefined;
  /** The handle the embedded data is about when it is another one (stale after in-app navigation). */
  let staleHandle: string | undefined;
  // The 2023 pages carry this script too, with the app context and translations but no profile.
  const rawDetail = scope?.['webapp.user-detail'];
  const detail = rawDetail === undefined ? undefined : TtUserDetailSchema.safeParse(rawDetail);
  if (detail && !detail.success)
    draft.problem({ code: 'invalid-json', params: { what: 'embedded-profile' } });
  if (detail?.success) {
    const embeddedHandle = lower(detail.data.userInfo?.user?.uniqueId);
    const canonical = record(scope?.['seo.abtest'])?.canonical;
    const canonicalHandle = typeof canonical === 'string' ? tiktokHandleFromUrl(canonical) : undefined;
    const current = embeddedHandle
      ? embeddedHandle === handle
      : canonicalHandle === undefined || canonicalHandle === handle;
    if (current) {
      statusCode = detail.data.statusCode ?? undefined;
      applyUserDetail(draft, detail.data, 'embedded');
    } else staleHandle = embeddedHandle || canonicalHandle;
  }

  // 2. The older embedded state (SIGI_STATE), the same way.
  const sigi = readSigiState(doc, handle);
  if (sigi?.invalid) draft.problem({ code: 'invalid-json', params: { what: 'embedded-profile' } });
  if (sigi?.detail) {
    statusCode ??= sigi.detail.statusCode ?? undefined;
    applyUserDetail(draft, sigi.detail, 'embedded');
  } else if (sigi?.otherHandle) staleHandle ??= sigi.otherHandle;
  if (staleHandle !== undefined) {
    draft.problem({ code: 'stale-embedded', params: { handle, shown: staleHandle } });
  } else if (detail === undefined && !sigi?.detail && !sigi?.invalid) {
    draft.problem({ code: 'no-embedded' });
  }

  // 3. The page's own /api/user/detail/ response.
  for (const payload of [...captured].reverse()) {
    if (payload.kind !== 'tt-user-detail') continue;
    const parsed = TtUserDetailSchema.safeParse(payload.data);
    if (!parsed.success || lower(parsed.data.userInfo?.user?.uniqueId) !== handle) continue;
    statusCode ??= parsed.data.statusCode ?? undefined;
    applyUserDetail(draft, parsed.data, 'json');
  }

  // 4. Videos (the page's item_list responses, then the older embedded state's), and the
  // authorStats they carry.
  const lists: Array<{ items: unknown[]; source: Source }> = [];
  for (const payload of captured) {
    if (payload.kind !== 'tt-item-list') continue;
    const list = TtItemListSchema.safeParse(payload.data);
    if (list.success) lists.push({ items: list.data.itemList, source: 'json' });
    else draft.problem({ code: 'invalid-json', field: 'posts', params: { what: 'video-list' } });
  }
  if (sigi?.detail && sigi.items.length > 0) lists.push({ items: sigi.items, source: 'embedded' });
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

  // 5. The DOM: rounded counts in the page's locale.
  const title = cleanText(queryFirst(doc, TT_SELECTORS.title)?.element.textContent);
  const subtitle = cleanText(queryFirst(doc, TT_SELECTORS.subtitle)?.element.textContent);
  const domHandle = [title, subtitle].find((t) => lower(t).replace(/^@/, '') === handle);
  const domIsCurrent = domHandle !== undefined;
  if (domIsCurrent) {
    let rounded = false;
    const domCount = (choices: typeof TT_SELECTORS.followers) => {
      const text = queryFirst(doc, choices)?.element.textContent;
      const parsed = text ? parseCountText(text, numberLocale) : undefined;
      return parsed?.ok ? parsed : undefined;
    };
    const followers = domCount(TT_SELECTORS.followers);
    if (followers && draft.set('followers', followers.value, 'dom')) rounded = !followers.exact;
    draft.set('following', domCount(TT_SELECTORS.following)?.value, 'dom');
    draft.set('totalLikes', domCount(TT_SELECTORS.likes)?.value, 'dom');
    draft.set(
      'displayName',
      [title, subtitle].find((t) => t !== domHandle),
      'dom',
    );
    const bio = queryFirst(doc, TT_SELECTORS.bio)?.element;
    const bioText = bio ? cleanText(bio.textContent) : undefined;
    if (bioText && !/^no bio yet$|^pas encore de bio/i.test(bioText)) draft.set('bio', bioText, 'dom');
    draft.set('verified', queryFirst(doc, TT_SELECTORS.verified) !== undefined, 'dom');
    const link = queryFirst(doc, TT_SELECTORS.link)?.element;
    draft.set('externalUrl', cleanText(link?.getAttribute('href')) ?? cleanText(link?.textContent), 'dom');
    if (rounded) {
      draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page' } });
    }
  } else if (title || subtitle) {
    draft.problem({ code: 'stale-header', params: { handle } });
  }

  // 6. The meta description, only when it names this handle.
  const meta = parseTiktokMetaDescription(
    metaContent(doc, 'description') ?? metaContent(doc, 'og:description') ?? '',
    numberLocale,
  );
  if (meta.handle === handle) {
    if (draft.set('followers', meta.followers, 'meta')) {
      draft.problem({ code: 'rounded', field: 'followers', params: { from: 'summary' } });
    }
    draft.set('totalLikes', meta.likes, 'meta');
    draft.set('displayName', meta.name, 'meta');
  }

  const domPosts = domIsCurrent ? postsFromDom(doc, handle, numberLocale, now) : [];
  const posts = mergePosts([...harvest.posts, ...domPosts]);
  const postsSource: Source | undefined = harvest.posts.some((p) => p.source === 'json')
    ? 'json'
    : harvest.posts.length > 0
      ? 'embedded'
      : domPosts.length > 0
        ? 'dom'
        : undefined;

  // Page states: the site's own status fields first (statusCode, privateAccount, videoCount),
  // then messages read from what is shown — never from script contents, where every real page
  // keeps its translation dictionary ("This account is private", "Couldn't find this account",
  // "No content"). A message counts only when it can be this profile's: a private or empty-grid
  // message under this profile's header, a missing-account message on a page without any
  // profile header and without another profile's data (after in-app navigation the previous
  // profile may still be on screen).
  const text = visibleText(doc);
  const shows = (texts: readonly string[]) => texts.some((t) => text.includes(t));
  const headerShown = title !== undefined || subtitle !== undefined;
  if (
    statusCode === STATUS_NOT_FOUND ||
    (!headerShown && staleHandle === undefined && shows(TT_NOT_FOUND_TEXTS))
  ) {
    draft.state({ code: 'not-found', params: { handle } });
  }
  if (statusCode === STATUS_PRIVATE) draft.set('isPrivate', true, 'embedded');
  if (domIsCurrent && shows(TT_PRIVATE_TEXTS)) draft.set('isPrivate', true, 'dom');
  if (draft.get('isPrivate') === true && posts.length === 0) {
    draft.state({ code: 'private', params: { handle } });
  }
  const videoCount = draft.get('postsCount');
  if (
    videoCount === 0 ||
    (videoCount === undefined && posts.length === 0 && domIsCurrent && shows(TT_NO_POSTS_TEXTS))
  ) {
    draft.state({ code: 'no-posts', params: { handle } });
  }
  if (draft.pageState === 'ok') {
    if (posts.length === 0) {
      draft.problem({ code: 'missing', field: 'posts' });
    } else if (postsSource === 'dom') {
      draft.problem({ code: 'no-post-counts', field: 'posts' });
    }
  }
  return draft.finish({
    platform: 'tiktok',
    handle,
    url,
    now,
    locale,
    posts,
    postsSource,
    expected: EXPECTED,
  });
}

export { extractTiktokComments, type TiktokCommentsInput } from './comments';
