/**
 * TikTok's own profile data: the rehydration script, the older `SIGI_STATE` script (each used
 * only when it is about this handle: both go stale after in-app navigation) and the page's
 * `/api/user/detail/` responses. Counts come from `statsV2` (exact) before `stats` (rounded).
 */
import type { Source } from '../../model';
import type { CapturedPayload } from '../capture';
import { cleanText, lower, queryFirst, scriptJson } from '../dom';
import { type ExtractionDraft, jsonCount } from '../extraction';
import type { CountField } from '../problems';
import { TtSigiStateSchema, type TtStats, type TtUserDetail, TtUserDetailSchema } from './json';
import { TT_SELECTORS } from './selectors';
import { tiktokHandleFromUrl } from './url';

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
export interface SigiRead {
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
 * One count from `statsV2` (strings, exact in the profile's own data) or `stats` (numbers that can
 * overflow int32 into negatives, and that TikTok rounds to what the page shows once they pass
 * 10,000: 783,427 followers is `783400` there). The `authorStatsV2` a video list carries can hold
 * the rounded figures too: a `statsV2` count from 10,000 up that equals its `stats` count is
 * taken as rounded. A negative or malformed value is refused with a problem, never used.
 */
function statCount(
  v2: TtStats | null | undefined,
  v1: TtStats | null | undefined,
  keys: StatKey[],
  onBad: (value: unknown) => void,
): { value: number; rounded: boolean } | undefined {
  for (const key of keys) {
    const exact = jsonCount(v2?.[key]);
    if (exact === undefined) continue;
    const same = keys.some((k) => jsonCount(v1?.[k]) === exact);
    return { value: exact, rounded: exact >= ROUNDED_FROM && same };
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
export function applyStats(
  draft: ExtractionDraft,
  v2: TtStats | null | undefined,
  v1: TtStats | null | undefined,
  source: Source,
  statsIn: 'page-data' | 'author-stats',
): void {
  const bad = (field: CountField) => (value: unknown) =>
    draft.problem({ code: 'invalid-count', field, params: { in: statsIn, value: JSON.stringify(value) } });
  const followers = statCount(v2, v1, ['followerCount'], bad('followers'));
  if (
    followers &&
    draft.setCount('followers', followers.value, source, followers.rounded) &&
    followers.rounded
  ) {
    draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page-data' } });
  }
  // Each count as its source gives it: an exact one read later (the page's own user-detail
  // response after a script that carries rounded figures only) replaces a rounded one.
  const count = (field: CountField, keys: StatKey[]) => {
    const read = statCount(v2, v1, keys, bad(field));
    if (read) draft.setCount(field, read.value, source, read.rounded);
  };
  count('following', ['followingCount']);
  count('postsCount', ['videoCount']);
  count('totalLikes', ['heartCount', 'heart']);
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

export interface PageData {
  /** TikTok's status for this profile (10221 not found, 10222 private), when a source gave one. */
  statusCode: number | undefined;
  /** The handle the embedded data is about when it is another one (stale after in-app navigation). */
  staleHandle: string | undefined;
  /** The older embedded state, when the page has one. */
  sigi: SigiRead | undefined;
}

/** Sets the fields the embedded state and the page's user-detail responses give for `handle`. */
export function readPageData(
  draft: ExtractionDraft,
  doc: Document,
  captured: readonly CapturedPayload[],
  handle: string,
): PageData {
  // The rehydration script, only when it is about this handle.
  const scope = rehydrationScope(doc);
  let statusCode: number | undefined;
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

  // The older embedded state (SIGI_STATE), the same way.
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

  // The page's own /api/user/detail/ responses, newest first.
  for (const payload of [...captured].reverse()) {
    if (payload.kind !== 'tt-user-detail') continue;
    const parsed = TtUserDetailSchema.safeParse(payload.data);
    if (!parsed.success || lower(parsed.data.userInfo?.user?.uniqueId) !== handle) continue;
    statusCode ??= parsed.data.statusCode ?? undefined;
    applyUserDetail(draft, parsed.data, 'json');
  }
  return { statusCode, staleHandle, sigi };
}
