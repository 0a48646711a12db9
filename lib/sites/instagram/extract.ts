/**
 * The Instagram profile extractor: an ordered chain of sources per field — the page's own
 * JSON (observed in the MAIN world), the header DOM, then meta tags — with the source of each
 * field recorded and every gap explained.
 */
import type { Extraction, Post, PostInput, PostType, Source } from '../../model';
import { captionTags, hasDisclosureHashtag } from '../caption-tags';
import type { CapturedPayload } from '../capture';
import { pickPayloads } from '../capture-filter';
import {
  blockText,
  cleanText,
  metaContent,
  pageLocale,
  queryAllFirst,
  queryFirst,
  visibleText,
} from '../dom';
import { ExtractionDraft, jsonCount, mergePosts, toPost } from '../extraction';
import { instagramTimeFromPk } from '../media-time';
import { parseCompactNumber, parseCountText } from '../numbers';
import type { CountField } from '../problems';
import {
  IgConnectionSchema,
  type IgLegacyNode,
  IgLegacyNodeSchema,
  type IgMediaNode,
  IgMediaNodeSchema,
  IgPostInfoSchema,
  type IgProfileUser,
  IgProfileUserSchema,
  mediaOfClipsNode,
} from './json';
import { IG_SELECTORS, NO_POSTS_TEXTS, NOT_FOUND_TEXTS, PRIVATE_TEXTS, VERIFIED_LABELS } from './selectors';
import { instagramHandleFromUrl, instagramPostFromUrl, isInstagramLoginUrl } from './url';

export interface InstagramExtractInput {
  doc: Document;
  url: string;
  /** Payloads the MAIN-world script observed on this page so far, oldest first. */
  captured: readonly CapturedPayload[];
  /** Epoch ms of the snapshot. */
  now: number;
}

/** Fields every readable Instagram profile shows. */
const EXPECTED = ['followers', 'following', 'postsCount', 'displayName'] as const;

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
const DAY_MS = 86_400_000;

function containsAny(text: string, needles: readonly string[]): boolean {
  return needles.some((n) => text.includes(n));
}

/** The handle a login redirect was going to (`/accounts/login/?next=%2Fnike%2F`). */
function handleFromLoginNext(url: string): string | undefined {
  try {
    const next = new URL(url).searchParams.get('next');
    return next ? instagramHandleFromUrl(new URL(next, 'https://www.instagram.com')) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- posts from JSON

function postType(mediaType: number | null | undefined, productType: string | null | undefined): PostType {
  if (productType === 'clips') return 'reel';
  if (mediaType === 8) return 'carousel';
  if (mediaType === 2) return 'video';
  return 'photo';
}

function postUrl(code: string, type: PostType): string {
  return `https://www.instagram.com/${type === 'reel' ? 'reel' : 'p'}/${code}/`;
}

interface OwnerContext {
  handle: string;
  /** The creator's account id, when the page data tells it (profile payload, or a post naming them). */
  creatorId: string | undefined;
  /** Account ids of other profiles the page loaded (never the creator's). */
  otherIds: ReadonlySet<string>;
  /** Snapshot time: an id decoding to a later time is not trusted as a post time. */
  now: number;
}

/** An account as a post names it: a username, an id, or both (a Reels-tab response gives ids only). */
type AccountRef = { username?: string | null; pk?: string | null; id?: string | null } | null | undefined;

function refId(ref: AccountRef): string | undefined {
  return ref?.pk ?? ref?.id ?? undefined;
}

/** A co-author's key on the post: the username when the page gives it, else `id:<account id>`. */
function refKey(ref: AccountRef): string | undefined {
  const name = lower(ref?.username);
  if (name) return name;
  const id = refId(ref);
  return id ? `id:${id}` : undefined;
}

/** true / false when the page data says whether `ref` is the creator, undefined when it cannot tell. */
function isCreator(ref: AccountRef, ctx: OwnerContext): boolean | undefined {
  if (!ref) return undefined;
  const name = lower(ref.username);
  if (name) return name === ctx.handle;
  const id = refId(ref);
  if (id === undefined) return undefined;
  if (ctx.creatorId !== undefined) return id === ctx.creatorId;
  return ctx.otherIds.has(id) ? false : undefined;
}

interface Authorship {
  owner?: AccountRef;
  coauthors: readonly AccountRef[];
}

/** Does this media belong on the creator's grid (own post or a collab they co-author)? */
function belongsTo({ owner, coauthors }: Authorship, ctx: OwnerContext): boolean {
  const ownerIs = isCreator(owner, ctx);
  if (ownerIs !== false) return true;
  // Owned by someone else: it is the creator's only as a co-author (named, or possibly them).
  return coauthors.some((c) => isCreator(c, ctx) !== false);
}

/**
 * The other accounts behind a post: a co-author list, or an owner who is not the creator (the
 * creator is then the invited co-author). Matched by username or, when the page names accounts
 * by id only, by account id; an owner that cannot be told apart from the creator is not listed.
 */
function otherAuthors({ owner, coauthors }: Authorship, ctx: OwnerContext): string[] {
  const out = new Set<string>();
  const ownerKey = refKey(owner);
  if (ownerKey && isCreator(owner, ctx) === false) out.add(ownerKey);
  for (const ref of coauthors) {
    const key = refKey(ref);
    // An id-only co-author that may be the creator still makes the post a collab (someone
    // else owns it then): it is listed unless it is known to be the creator.
    if (key && isCreator(ref, ctx) !== true) out.add(key);
  }
  return [...out];
}

function pinnedFor(ids: readonly string[] | null | undefined, ctx: OwnerContext): boolean {
  if (!ids || ids.length === 0) return false;
  return ctx.creatorId ? ids.includes(ctx.creatorId) : true;
}

/** The post time: `taken_at` seconds when given, else the time encoded in the media pk. */
function postTime(seconds: number | undefined, pk: unknown, ctx: OwnerContext): number | undefined {
  if (seconds !== undefined) return seconds * 1000;
  return instagramTimeFromPk(pk, ctx.now + DAY_MS);
}

function counts(
  values: { likes?: unknown; comments?: unknown; views?: unknown },
  hidden: boolean,
  onBad: (reason: string) => void,
) {
  return {
    likes: hidden ? undefined : jsonCount(values.likes, onBad),
    comments: jsonCount(values.comments, onBad),
    views: hidden ? undefined : jsonCount(values.views, onBad),
  };
}

function mediaAuthorship(node: IgMediaNode): Authorship {
  return { owner: node.user ?? node.owner, coauthors: node.coauthor_producers ?? [] };
}

function legacyAuthorship(node: IgLegacyNode): Authorship {
  return { owner: node.owner, coauthors: node.coauthor_producers ?? [] };
}

function postFromMedia(
  node: IgMediaNode,
  kind: CapturedPayload['kind'],
  ctx: OwnerContext,
  onBad: (reason: string) => void,
): PostInput {
  const code = node.code as string;
  const type = postType(node.media_type, node.product_type);
  const caption = node.caption?.text ?? undefined;
  const tags = captionTags(caption);
  const hidden = node.like_and_view_counts_disabled === true;
  const sponsorTags = (node.sponsor_tags ?? [])
    .map((t) => lower(t.sponsor?.username ?? t.username))
    .filter((u) => u !== '');
  const coauthors = otherAuthors(mediaAuthorship(node), ctx);
  const pinned =
    pinnedFor(node.timeline_pinned_user_ids, ctx) ||
    (kind === 'ig-clips' && pinnedFor(node.clips_tab_pinned_user_ids, ctx));
  return {
    id: code,
    shortcode: code,
    url: postUrl(code, type),
    type,
    takenAt: postTime(jsonCount(node.taken_at, onBad), node.pk ?? node.id, ctx),
    ...counts(
      {
        likes: node.like_count,
        comments: node.comment_count,
        views: node.play_count ?? node.ig_play_count ?? node.view_count,
      },
      hidden,
      onBad,
    ),
    likesHidden: hidden,
    pinned,
    caption,
    hashtags: tags.hashtags,
    mentions: tags.mentions,
    paidPartnership:
      node.is_paid_partnership === true || sponsorTags.length > 0 || hasDisclosureHashtag(tags.hashtags),
    sponsorTags,
    coauthors,
    source: 'json',
  };
}

function postFromLegacy(node: IgLegacyNode, ctx: OwnerContext, onBad: (reason: string) => void): PostInput {
  const type: PostType =
    node.product_type === 'clips'
      ? 'reel'
      : node.__typename === 'GraphSidecar' || node.__typename === 'XDTGraphSidecar'
        ? 'carousel'
        : node.is_video || node.__typename === 'GraphVideo'
          ? 'video'
          : 'photo';
  const caption = node.edge_media_to_caption?.edges[0]?.node.text ?? undefined;
  const tags = captionTags(caption);
  const hidden = node.like_and_view_counts_disabled === true;
  const coauthors = otherAuthors(legacyAuthorship(node), ctx);
  const pinnedUsers = node.pinned_for_users ?? [];
  const pinned =
    pinnedUsers.length > 0 &&
    (pinnedUsers.some((u) => lower(u.username) === ctx.handle) ||
      (ctx.creatorId ? pinnedUsers.some((u) => u.id === ctx.creatorId) : true));
  return {
    id: node.shortcode,
    shortcode: node.shortcode,
    url: postUrl(node.shortcode, type),
    type,
    takenAt: postTime(jsonCount(node.taken_at_timestamp, onBad), node.id, ctx),
    ...counts(
      {
        likes: node.edge_liked_by?.count ?? node.edge_media_preview_like?.count,
        comments: node.edge_media_to_comment?.count,
        views: node.video_view_count,
      },
      hidden,
      onBad,
    ),
    likesHidden: hidden,
    pinned,
    caption,
    hashtags: tags.hashtags,
    mentions: tags.mentions,
    paidPartnership: hasDisclosureHashtag(tags.hashtags),
    coauthors,
    source: 'json',
  };
}

interface PostHarvest {
  posts: Post[];
  foreign: number;
  invalid: string[];
}

/**
 * Whose grid one payload is, when the profile data did not give the creator's id: the id of a
 * post author named with the creator's handle, else the one account id every post of the payload
 * shares as owner or co-author (a profile's grid holds only their posts and the collabs they
 * co-author). Undefined when the payload does not tell.
 */
function gridOwnerId(nodes: readonly IgMediaNode[], ctx: OwnerContext): string | undefined {
  let common: Set<string> | undefined;
  for (const node of nodes) {
    const { owner, coauthors } = mediaAuthorship(node);
    const refs = [owner, ...coauthors];
    const named = refs.find((r) => lower(r?.username) === ctx.handle && refId(r) !== undefined);
    if (named) return refId(named);
    const ids = new Set(refs.map(refId).filter((id): id is string => id !== undefined));
    if (ids.size === 0) continue;
    common = common ? new Set([...common].filter((id) => ids.has(id))) : ids;
  }
  const [id, ...more] = common ? [...common] : [];
  return more.length > 0 ? undefined : id;
}

function harvestJsonPosts(
  captured: readonly CapturedPayload[],
  profiles: readonly IgProfileUser[],
  ctx: OwnerContext,
): PostHarvest {
  const out: PostHarvest = { posts: [], foreign: 0, invalid: [] };
  const add = (input: PostInput) => {
    const result = toPost(input);
    if ('post' in result) out.posts.push(result.post);
    else out.invalid.push(`${input.id}: ${result.error}`);
  };
  const badCount = (id: string) => (reason: string) => out.invalid.push(`${id}: ${reason}`);

  for (const payload of captured) {
    let raws: unknown[] = [];
    if (payload.kind === 'ig-timeline' || payload.kind === 'ig-clips') {
      const conn = IgConnectionSchema.safeParse(payload.data);
      if (!conn.success) {
        out.invalid.push(`${payload.kind} payload without edges`);
        continue;
      }
      raws = conn.data.edges.map((e) => (payload.kind === 'ig-clips' ? mediaOfClipsNode(e.node) : e.node));
    } else if (payload.kind === 'ig-post') {
      const info = IgPostInfoSchema.safeParse(payload.data);
      raws = info.success ? info.data.items : [];
    } else continue;
    const nodes: IgMediaNode[] = [];
    for (const raw of raws) {
      const node = IgMediaNodeSchema.safeParse(raw);
      if (node.success) nodes.push(node.data);
      else out.invalid.push(`${payload.kind} item: ${node.error.issues[0]?.message ?? 'malformed'}`);
    }
    const gridOwner =
      ctx.creatorId !== undefined || payload.kind === 'ig-post' ? undefined : gridOwnerId(nodes, ctx);
    // The grid of a profile known to be another one (the previous profile's, still in the page's
    // memory after in-app navigation) is not this creator's, whatever its posts name.
    if (gridOwner !== undefined && ctx.otherIds.has(gridOwner)) {
      out.foreign += nodes.length;
      continue;
    }
    const payloadCtx = gridOwner === undefined ? ctx : { ...ctx, creatorId: gridOwner };
    for (const node of nodes) {
      if (!belongsTo(mediaAuthorship(node), payloadCtx)) {
        out.foreign++;
        continue;
      }
      const post = postFromMedia(node, payload.kind, payloadCtx, badCount(node.code as string));
      add(payload.url.startsWith('embedded:') ? { ...post, source: 'embedded' } : post);
    }
  }
  for (const user of profiles) {
    for (const edge of user.edge_owner_to_timeline_media?.edges ?? []) {
      const node = IgLegacyNodeSchema.safeParse(edge.node);
      if (!node.success) {
        out.invalid.push(`web_profile_info item: ${node.error.issues[0]?.message ?? 'malformed'}`);
        continue;
      }
      if (!belongsTo(legacyAuthorship(node.data), ctx)) {
        out.foreign++;
        continue;
      }
      add(postFromLegacy(node.data, ctx, badCount(node.data.shortcode)));
    }
  }
  return out;
}

// ---------------------------------------------------------------- DOM

function postsFromGrid(doc: Document): Post[] {
  const posts: Post[] = [];
  for (const tile of queryAllFirst(doc, IG_SELECTORS.gridTiles)) {
    const href = tile.getAttribute('href');
    if (!href) continue;
    const ref = instagramPostFromUrl(new URL(href, 'https://www.instagram.com'));
    if (!ref) continue;
    const type: PostType =
      ref.kind === 'reel'
        ? 'reel'
        : queryFirst(tile, IG_SELECTORS.tileCarousel)
          ? 'carousel'
          : queryFirst(tile, IG_SELECTORS.tileClip)
            ? 'video'
            : 'photo';
    const result = toPost({
      id: ref.shortcode,
      shortcode: ref.shortcode,
      url: postUrl(ref.shortcode, type),
      type,
      pinned: queryFirst(tile, IG_SELECTORS.tilePinned) !== undefined,
      source: 'dom',
    });
    if ('post' in result) posts.push(result.post);
  }
  return posts;
}

/** The row holding the three header counts (posts, followers, following), in either variant. */
function countRow(header: Element): Element[] | undefined {
  const followers = header.querySelector('a[href$="/followers/"]');
  const following = header.querySelector('a[href$="/following/"]');
  if (followers && following) {
    let row: Element | null = followers.parentElement;
    while (row && !row.contains(following)) row = row.parentElement;
    const cells = row ? [...row.children] : [];
    if (cells.length === 3) return cells;
  }
  for (const candidate of header.querySelectorAll('ul, div')) {
    const children = [...candidate.children];
    if (children.length === 3 && children.every((c) => /\d/.test(c.textContent ?? ''))) return children;
  }
  return undefined;
}

function isInside(el: Element, selectors: string): boolean {
  return el.closest(selectors) !== null;
}

interface HeaderTexts {
  displayName?: string;
  category?: string;
  bio?: string;
}

function headerTexts(header: Element, handle: string, row: Element[] | undefined): HeaderTexts {
  const blocks = queryAllFirst(header, IG_SELECTORS.textBlocks).filter(
    (el) =>
      !isInside(el, 'h2, a, button') &&
      !row?.some((cell) => cell.contains(el)) &&
      el.querySelector('[dir="auto"]') === null,
  );
  const texts: HeaderTexts = {};
  const bioH1 = queryFirst(header, IG_SELECTORS.bio)?.element;
  const rest: string[] = [];
  for (const el of blocks) {
    const text = el.tagName === 'H1' ? blockText(el) : cleanText(el.textContent);
    if (!text || lower(text) === handle) continue;
    if (el === bioH1) continue;
    if (texts.displayName === undefined && el.tagName === 'SPAN') texts.displayName = text;
    else if (
      texts.category === undefined &&
      el.tagName === 'DIV' &&
      text.length <= 40 &&
      el.children.length === 0
    )
      texts.category = text;
    else if (el.tagName === 'SPAN') rest.push(blockText(el) ?? text);
  }
  const bio = bioH1 ? blockText(bioH1) : rest.join('\n');
  if (bio) texts.bio = bio;
  return texts;
}

function externalLink(header: Element): string | undefined {
  const link = queryFirst(header, IG_SELECTORS.externalLink)?.element.getAttribute('href');
  if (!link) return undefined;
  try {
    const parsed = new URL(link);
    if (parsed.hostname === 'l.instagram.com') return parsed.searchParams.get('u') ?? undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- meta

interface MetaCounts {
  followers?: number;
  following?: number;
  posts?: number;
  handle?: string;
}

function parseMetaCount(text: string, locale: string): number | undefined {
  const first = parseCountText(text, locale);
  if (first.ok) return first.value;
  // Older localised pages printed English digits ("3,960 abonnés" on a French page).
  const english = parseCountText(text, 'en');
  return english.ok ? english.value : undefined;
}

/** "307M Followers, 190 Following, 1407 Posts - See Instagram photos and videos from Nike (@nike)". */
export function parseInstagramMetaDescription(content: string, locale = 'en'): MetaCounts {
  const [countsPart] = content.split(/\s[-–—]\s/);
  const handle = /@([A-Za-z0-9._]{1,30})/.exec(content)?.[1]?.replace(/\.+$/, '').toLowerCase();
  const parts = (countsPart ?? '').split(/,\s+/);
  const out: MetaCounts = {};
  if (handle) out.handle = handle;
  if (parts.length < 3) return out;
  const [followers, following, posts] = parts.map((p) => parseMetaCount(p, locale));
  if (followers !== undefined) out.followers = followers;
  if (following !== undefined) out.following = following;
  if (posts !== undefined) out.posts = posts;
  return out;
}

/** "Nike (@nike) • Instagram photos and videos" → the name, when the handle matches. */
function nameFromTitle(title: string | undefined, handle: string): string | undefined {
  const match = title ? /^(.*?)\s*\(@([A-Za-z0-9._]+)\)/.exec(title) : null;
  if (!match || lower(match[2]) !== handle) return undefined;
  return cleanText(match[1]);
}

// ---------------------------------------------------------------- the extractor

/** A profile user's account id (`id` in web_profile_info, `pk` in newer payloads). */
function profileId(user: IgProfileUser): string | undefined {
  const raw = (user as Record<string, unknown>).id ?? (user as Record<string, unknown>).pk;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

/** Root fields worth parsing an embedded script for (a cheap substring test comes first). */
const EMBEDDED_PROFILE_MARKERS = [
  'xdt_api__v1__feed__user_timeline_graphql_connection',
  'xdt_api__v1__clips__user__connection_v2',
  'edge_owner_to_timeline_media',
];

/**
 * Profile JSON the server embedded in the HTML (`<script type="application/json">`, e.g. the
 * prefetched first page of posts deep inside data-sjs). It goes stale after in-app
 * navigation, which the owner check on every post takes care of.
 */
export function embeddedInstagramProfilePayloads(doc: Document): CapturedPayload[] {
  const out: CapturedPayload[] = [];
  for (const script of doc.querySelectorAll('script[type="application/json"]')) {
    const text = script.textContent ?? '';
    if (!EMBEDDED_PROFILE_MARKERS.some((marker) => text.includes(marker))) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    for (const p of pickPayloads(json, 32)) {
      if (p.kind === 'ig-timeline' || p.kind === 'ig-clips' || p.kind === 'ig-profile') {
        out.push({ kind: p.kind, url: 'embedded:script', data: p.data });
      }
    }
  }
  return out;
}

export function extractInstagramProfile({
  doc,
  url,
  captured: observed,
  now,
}: InstagramExtractInput): Extraction {
  const captured = [...observed, ...embeddedInstagramProfilePayloads(doc)];
  const draft = new ExtractionDraft();
  const locale = pageLocale(doc);
  const numberLocale = locale ?? 'en';
  const header = queryFirst(doc, IG_SELECTORS.header)?.element;
  const h2Handle = lower(
    cleanText(header ? queryFirst(header, IG_SELECTORS.handle)?.element.textContent : undefined),
  );

  // The handle: from the URL; a login redirect keeps it in `next`; a post opened over the
  // profile leaves only the header.
  let handle = instagramHandleFromUrl(url);
  const loginWall =
    isInstagramLoginUrl(url) || (!header && queryFirst(doc, IG_SELECTORS.loginForm) !== undefined);
  if (!handle && isInstagramLoginUrl(url)) handle = handleFromLoginNext(url);
  if (!handle && h2Handle && /^[a-z0-9._]{1,30}$/.test(h2Handle)) {
    handle = h2Handle;
    draft.set('handle', handle, 'dom');
    draft.problem({ code: 'url-not-profile', field: 'handle' });
  }
  if (!handle) {
    draft.state({ code: loginWall ? 'login-wall' : 'not-profile' });
    return draft.finish({
      platform: 'instagram',
      handle: 'unknown',
      url,
      now,
      locale,
      posts: [],
      postsSource: undefined,
      expected: [],
    });
  }

  // A header for another handle is the previous profile still on screen after in-app navigation.
  const headerIsCurrent = header !== undefined && (h2Handle === '' || h2Handle === handle);
  if (header && !headerIsCurrent) {
    draft.problem({ code: 'stale-header', params: { handle, shown: h2Handle } });
  }

  // 1. The page's own JSON.
  const profiles: IgProfileUser[] = [];
  const otherIds = new Set<string>();
  for (const payload of captured) {
    if (payload.kind !== 'ig-profile') continue;
    const user = IgProfileUserSchema.safeParse(payload.data);
    if (!user.success) {
      draft.problem({ code: 'invalid-json', params: { what: 'profile-response' } });
      continue;
    }
    if (lower(user.data.username) === handle) profiles.push(user.data);
    else {
      const otherId = profileId(user.data);
      if (otherId) otherIds.add(otherId);
    }
  }
  const profile = profiles[profiles.length - 1];
  let creatorId: string | undefined;
  if (profile) {
    const p = profile;
    const bad = (field: CountField) => (_detail: string, value: unknown) =>
      draft.problem({
        code: 'invalid-count',
        field,
        params: { in: 'page-data', value: JSON.stringify(value) },
      });
    draft.set(
      'followers',
      jsonCount(p.edge_followed_by?.count ?? p.follower_count, bad('followers')),
      'json',
    );
    draft.set('following', jsonCount(p.edge_follow?.count ?? p.following_count, bad('following')), 'json');
    draft.set(
      'postsCount',
      jsonCount(p.edge_owner_to_timeline_media?.count ?? p.media_count, bad('postsCount')),
      'json',
    );
    draft.set('displayName', cleanText(p.full_name), 'json');
    draft.set('bio', p.biography?.trim() || undefined, 'json');
    draft.set('verified', p.is_verified ?? undefined, 'json');
    draft.set('isPrivate', p.is_private ?? undefined, 'json');
    draft.set('category', cleanText(p.category_name ?? p.category), 'json');
    draft.set('externalUrl', cleanText(p.external_url), 'json');
    creatorId = profileId(p);
  }
  if (creatorId) otherIds.delete(creatorId);

  // 2. The header.
  let followersRounded = false;
  if (header && headerIsCurrent) {
    const row = countRow(header);
    const exact = queryFirst(header, IG_SELECTORS.followersExact)?.element.getAttribute('title');
    const exactParsed = exact ? parseCompactNumber(exact, numberLocale) : undefined;
    const fallbackExact = exact && !exactParsed?.ok ? parseCompactNumber(exact, 'en') : undefined;
    const title = exactParsed?.ok ? exactParsed : fallbackExact?.ok ? fallbackExact : undefined;
    if (title) draft.set('followers', title.value, 'dom');
    const readCount = (choices: typeof IG_SELECTORS.followersText, cell: Element | undefined) => {
      const text = cell?.textContent ?? queryFirst(header, choices)?.element.textContent;
      if (!text) return undefined;
      const parsed = parseCountText(text, numberLocale);
      return parsed.ok ? parsed : undefined;
    };
    if (!draft.has('followers')) {
      const followers = readCount(IG_SELECTORS.followersText, row?.[1]);
      if (followers && draft.set('followers', followers.value, 'dom')) followersRounded = !followers.exact;
    }
    draft.set('following', readCount(IG_SELECTORS.followingText, row?.[2])?.value, 'dom');
    draft.set('postsCount', readCount(IG_SELECTORS.postsText, row?.[0])?.value, 'dom');
    const texts = headerTexts(header, handle, row);
    draft.set('displayName', texts.displayName, 'dom');
    draft.set('category', texts.category, 'dom');
    draft.set('bio', texts.bio, 'dom');
    const badge = [...header.querySelectorAll('svg[aria-label]')].some((svg) =>
      VERIFIED_LABELS.has(lower(svg.getAttribute('aria-label')).trim()),
    );
    draft.set('verified', badge, 'dom');
    draft.set('externalUrl', externalLink(header), 'dom');
  }

  // 3. Meta tags, only when they describe this handle (they go stale after in-app navigation).
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  const meta = description ? parseInstagramMetaDescription(description, numberLocale) : undefined;
  let metaUsed = false;
  if (meta && meta.handle === handle) {
    if (draft.set('followers', meta.followers, 'meta')) {
      followersRounded = true;
      metaUsed = true;
    }
    metaUsed = draft.set('following', meta.following, 'meta') || metaUsed;
    metaUsed = draft.set('postsCount', meta.posts, 'meta') || metaUsed;
  } else if (meta?.handle && meta.handle !== handle) {
    draft.problem({ code: 'stale-meta', params: { handle, shown: meta.handle } });
  }
  draft.set('displayName', nameFromTitle(metaContent(doc, 'og:title') ?? doc.title, handle), 'meta');
  if (followersRounded) {
    draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page' } });
  }
  if (metaUsed && !header) {
    draft.problem({ code: 'meta-only' });
  }

  // Posts: JSON first, grid tiles for ids when the JSON has not been seen.
  const harvest = harvestJsonPosts(captured, profiles, { handle, creatorId, otherIds, now });
  if (harvest.foreign > 0) {
    draft.problem({ code: 'foreign-posts-ignored', params: { count: harvest.foreign } });
  }
  for (const detail of harvest.invalid.slice(0, 5)) {
    draft.problem({ code: 'invalid-post', field: 'posts', params: { detail } });
  }
  const gridPosts = header && headerIsCurrent ? postsFromGrid(doc) : [];
  const posts = mergePosts([...harvest.posts, ...gridPosts]);
  const postsSource: Source | undefined =
    harvest.posts.length > 0 ? 'json' : gridPosts.length > 0 ? 'dom' : undefined;

  // Page states, most specific first. The site's own `is_private` (set above) wins over any
  // text; texts are read from what is shown (never from script contents), and a private or
  // empty-grid message counts only while the header on screen is this profile's: after in-app
  // navigation the previous profile's page may still be showing.
  const text = visibleText(doc);
  if (loginWall) draft.state({ code: 'login-wall' });
  if (
    !header &&
    (containsAny(text, NOT_FOUND_TEXTS) || containsAny(lower(doc.title), NOT_FOUND_TEXTS)) &&
    !metaUsed
  ) {
    draft.state({ code: 'not-found', params: { handle } });
  }
  if (headerIsCurrent && containsAny(text, PRIVATE_TEXTS)) draft.set('isPrivate', true, 'dom');
  if (draft.get('isPrivate') === true && posts.length === 0) {
    draft.state({ code: 'private', params: { handle } });
  }
  if (
    draft.get('postsCount') === 0 ||
    (posts.length === 0 && headerIsCurrent && containsAny(text, NO_POSTS_TEXTS))
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
    platform: 'instagram',
    handle,
    url,
    now,
    locale,
    posts,
    postsSource,
    expected: EXPECTED,
  });
}

export { extractInstagramComments, type InstagramCommentsInput } from './comments';
