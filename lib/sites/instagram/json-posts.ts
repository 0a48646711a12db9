/**
 * Instagram posts from the page's own JSON (timeline, Reels tab and post responses, the
 * profile's embedded first page): whose grid each media belongs to, its counts, time, pinned
 * and paid-partnership flags, co-authors. Media of another profile are counted, never kept.
 */
import type { Post, PostInput, PostType } from '../../model';
import { captionTags, hasDisclosureHashtag } from '../caption-tags';
import type { CapturedPayload } from '../capture';
import { lower } from '../dom';
import { jsonCount, toPost } from '../extraction';
import { instagramTimeFromPk } from '../media-time';
import {
  IgConnectionSchema,
  type IgLegacyNode,
  IgLegacyNodeSchema,
  type IgMediaNode,
  IgMediaNodeSchema,
  IgPostInfoSchema,
  type IgProfileUser,
  mediaOfClipsNode,
} from './json';
import { instagramPostUrl } from './url';

const DAY_MS = 86_400_000;

function postType(mediaType: number | null | undefined, productType: string | null | undefined): PostType {
  if (productType === 'clips') return 'reel';
  if (mediaType === 8) return 'carousel';
  if (mediaType === 2) return 'video';
  return 'photo';
}

export interface OwnerContext {
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

/** A like count the site sends as -1: the creator hid it (as `like_and_view_counts_disabled` says). */
const HIDDEN_COUNT = -1;

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
  const hidden = node.like_and_view_counts_disabled === true || node.like_count === HIDDEN_COUNT;
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
    url: instagramPostUrl(code, type),
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
  const likes = node.edge_liked_by?.count ?? node.edge_media_preview_like?.count;
  const hidden = node.like_and_view_counts_disabled === true || likes === HIDDEN_COUNT;
  const sponsorTags = (node.edge_media_to_sponsor_user?.edges ?? [])
    .map((edge) => lower(edge.node.sponsor?.username ?? edge.node.username))
    .filter((u) => u !== '');
  const coauthors = otherAuthors(legacyAuthorship(node), ctx);
  const pinnedUsers = node.pinned_for_users ?? [];
  const pinned =
    pinnedUsers.length > 0 &&
    (pinnedUsers.some((u) => lower(u.username) === ctx.handle) ||
      (ctx.creatorId ? pinnedUsers.some((u) => u.id === ctx.creatorId) : true));
  return {
    id: node.shortcode,
    shortcode: node.shortcode,
    url: instagramPostUrl(node.shortcode, type),
    type,
    takenAt: postTime(jsonCount(node.taken_at_timestamp, onBad), node.id, ctx),
    ...counts(
      {
        likes,
        comments: node.edge_media_to_comment?.count,
        views: node.video_play_count ?? node.video_view_count,
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

export interface PostHarvest {
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

export function harvestJsonPosts(
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
