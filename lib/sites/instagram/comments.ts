/** Comments of an opened Instagram post: captured JSON first, the embedded data-sjs JSON, then the DOM. */
import type { Comment, Source } from '../../model';
import { CommentSchema } from '../../model';
import { assignDomCommentIds, dedupeComments } from '../../model/comment-identity';
import type { CapturedPayload } from '../capture';
import { pickPayloads } from '../capture-filter';
import { cleanText, closestFirst, queryAllFirst, queryFirst, scriptJson } from '../dom';
import { jsonCount } from '../extraction';
import { IgCommentNodeSchema, IgConnectionSchema, IgMediaNodeSchema, IgPostInfoSchema } from './json';
import { IG_SELECTORS } from './selectors';
import { instagramPostFromUrl } from './url';

export interface InstagramCommentsInput {
  doc: Document;
  url: string;
  captured: readonly CapturedPayload[];
  /** The profile's handle, to mark the creator's own replies; defaults to the post's owner. */
  creatorHandle?: string;
}

/** Payloads embedded in `<script type="application/json" data-sjs>` on post pages. */
function embeddedInstagramPayloads(doc: Document): CapturedPayload[] {
  return queryAllFirst(doc, IG_SELECTORS.postDataScripts).flatMap((script) =>
    pickPayloads(scriptJson(script), 24)
      .filter((p) => p.kind === 'ig-post' || p.kind === 'ig-comments')
      .map((p) => ({ kind: p.kind, url: 'embedded:data-sjs', data: p.data })),
  );
}

/** Comments and replies read from one payload at most. */
const MAX_COMMENTS_PER_PAYLOAD = 2000;

function commentsFromPayloads(
  payloads: readonly CapturedPayload[],
  postId: string,
  creator: string | undefined,
  source: Source,
): Comment[] {
  const out: Comment[] = [];
  for (const payload of payloads) {
    if (payload.kind !== 'ig-comments') continue;
    const conn = IgConnectionSchema.safeParse(payload.data);
    if (!conn.success) continue;
    // The older post object carries each comment's first replies under it: read them too.
    const nodes: unknown[] = conn.data.edges.map((edge) => edge.node);
    for (let i = 0; i < nodes.length && i < MAX_COMMENTS_PER_PAYLOAD; i++) {
      const node = IgCommentNodeSchema.safeParse(nodes[i]);
      if (!node.success) continue;
      for (const reply of node.data.edge_threaded_comments?.edges ?? []) nodes.push(reply.node);
      const author = ((node.data.user ?? node.data.owner)?.username ?? '').toLowerCase();
      const createdAt = jsonCount(node.data.created_at);
      const comment = CommentSchema.safeParse({
        id: node.data.pk ?? node.data.id,
        postId,
        author,
        text: node.data.text,
        createdAt: createdAt === undefined ? undefined : createdAt * 1000,
        likes: jsonCount(node.data.comment_like_count ?? node.data.edge_liked_by?.count),
        isCreatorReply: creator !== undefined && author === creator,
        source,
      });
      if (comment.success) out.push(comment.data);
    }
  }
  return out;
}

function postOwner(
  payloads: readonly CapturedPayload[],
  code: string | undefined,
): { code?: string; owner?: string } {
  for (const payload of payloads) {
    if (payload.kind !== 'ig-post') continue;
    const info = IgPostInfoSchema.safeParse(payload.data);
    if (!info.success) continue;
    for (const item of info.data.items) {
      const node = IgMediaNodeSchema.safeParse(item);
      if (!node.success) continue;
      if (code && node.data.code !== code) continue;
      const owner = (node.data.user?.username ?? node.data.owner?.username)?.toLowerCase();
      return { code: node.data.code ?? undefined, ...(owner ? { owner } : {}) };
    }
  }
  return {};
}

function commentsFromDom(doc: Document, postId: string, creator: string | undefined): Comment[] {
  const read: { postId: string; author: string; text: string; siteId?: string; createdAt?: number }[] = [];
  for (const h3 of queryAllFirst(doc, IG_SELECTORS.commentAuthors)) {
    const author = cleanText(
      queryFirst(h3, IG_SELECTORS.commentAuthorLink)?.element.textContent ?? h3.textContent,
    )?.toLowerCase();
    const text = cleanText(h3.nextElementSibling?.textContent);
    if (!author || !text) continue;
    const container = closestFirst(h3, IG_SELECTORS.commentContainer) ?? h3.parentElement;
    const datetime = container
      ? queryFirst(container, IG_SELECTORS.commentTime)?.element.getAttribute('datetime')
      : undefined;
    const createdAt = datetime ? Date.parse(datetime) : Number.NaN;
    // A rendered permalink (/p/CODE/c/ID/) carries the site's own comment id.
    const permalink =
      (container && queryFirst(container, IG_SELECTORS.commentPermalink)?.element.getAttribute('href')) ?? '';
    const siteId = /\/c\/(\d+)\/?/.exec(permalink)?.[1];
    read.push({
      postId,
      author,
      text,
      ...(siteId ? { siteId } : {}),
      ...(Number.isFinite(createdAt) && createdAt >= 0 ? { createdAt } : {}),
    });
  }
  const out: Comment[] = [];
  for (const { siteId, ...c } of assignDomCommentIds(read)) {
    const comment = CommentSchema.safeParse({
      ...c,
      id: siteId ?? c.id,
      isCreatorReply: creator !== undefined && c.author === creator,
      source: 'dom',
    });
    if (comment.success) out.push(comment.data);
  }
  return out;
}

/**
 * The visible comments of the post in the URL (`/p/CODE/`, `/reel/CODE/`): from captured
 * comment payloads, then the page's embedded JSON, then the DOM. Deduplicated by id.
 */
export function extractInstagramComments({
  doc,
  url,
  captured,
  creatorHandle,
}: InstagramCommentsInput): Comment[] {
  const ref = instagramPostFromUrl(url);
  const embedded = embeddedInstagramPayloads(doc);
  const owner = postOwner([...captured, ...embedded], ref?.shortcode);
  const postId = ref?.shortcode ?? owner.code;
  if (!postId) return [];
  const creator = creatorHandle?.toLowerCase() ?? ref?.handle ?? owner.owner;
  // The embedded JSON holds the first page, captured responses the pages loaded after it.
  let comments = [
    ...commentsFromPayloads(captured, postId, creator, 'json'),
    ...commentsFromPayloads(embedded, postId, creator, 'embedded'),
  ];
  if (comments.length === 0) comments = commentsFromDom(doc, postId, creator);
  return dedupeComments(comments);
}
