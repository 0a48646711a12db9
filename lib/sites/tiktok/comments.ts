/** Comments of an opened TikTok video: captured `/api/comment/list/` responses first, the DOM second. */
import { type Comment, CommentSchema } from '../../model';
import { assignDomCommentIds, dedupeComments } from '../../model/comment-identity';
import type { CapturedPayload } from '../capture';
import { cleanText, closestFirst, queryAllFirst, queryFirst } from '../dom';
import { jsonCount } from '../extraction';
import { TtCommentListSchema, TtCommentSchema } from './json';
import { TT_SELECTORS } from './selectors';
import { tiktokVideoFromUrl } from './url';

export interface TiktokCommentsInput {
  doc: Document;
  url: string;
  captured: readonly CapturedPayload[];
  /** The creator whose video this is; replies by this handle are creator replies. */
  creatorHandle?: string;
}

/** Comments and replies read from one list at most (a list holds 20 to 50, each a few replies). */
const MAX_COMMENTS_PER_LIST = 2000;

function fromJson(
  captured: readonly CapturedPayload[],
  videoId: string,
  creator: string | undefined,
): Comment[] {
  const out: Comment[] = [];
  for (const payload of captured) {
    if (payload.kind !== 'tt-comments') continue;
    const list = TtCommentListSchema.safeParse(payload.data);
    if (!list.success) continue;
    // A comment of the list can carry its first replies; replies the user opens come as lists
    // of their own. Each is read as a comment (the creator's replies among them).
    const queue: unknown[] = [...list.data.comments];
    for (let i = 0; i < queue.length && i < MAX_COMMENTS_PER_LIST; i++) {
      const parsed = TtCommentSchema.safeParse(queue[i]);
      if (!parsed.success) continue;
      const c = parsed.data;
      if (c.reply_comment) queue.push(...c.reply_comment);
      if (c.aweme_id && c.aweme_id !== videoId) continue;
      const author = (c.user?.unique_id ?? c.user?.uniqueId ?? '').toLowerCase();
      const created = jsonCount(c.create_time);
      const comment = CommentSchema.safeParse({
        id: c.cid,
        postId: videoId,
        author,
        text: c.text,
        createdAt: created === undefined ? undefined : created * 1000,
        likes: jsonCount(c.digg_count),
        isCreatorReply: creator !== undefined && author === creator,
        source: 'json',
      });
      if (comment.success) out.push(comment.data);
    }
  }
  return out;
}

function fromDom(doc: Document, videoId: string, creator: string | undefined): Comment[] {
  const read: { postId: string; author: string; text: string }[] = [];
  for (const textEl of queryAllFirst(doc, TT_SELECTORS.commentText)) {
    // The author sits in the same comment block, before the text.
    let block: Element | null = textEl.parentElement;
    while (block && !queryFirst(block, TT_SELECTORS.commentUser)) block = block.parentElement;
    const userEl = block ? queryFirst(block, TT_SELECTORS.commentUser)?.element : undefined;
    const href = userEl
      ? (queryFirst(userEl, TT_SELECTORS.commentUserLink)?.element.getAttribute('href') ??
        closestFirst(userEl, TT_SELECTORS.commentUserLinkAround)?.getAttribute('href'))
      : undefined;
    const fromHref = href ? /\/@([A-Za-z0-9._]+)/.exec(href)?.[1] : undefined;
    const author = (fromHref ?? cleanText(userEl?.textContent) ?? '').toLowerCase();
    const text = cleanText(textEl.textContent);
    if (text) read.push({ postId: videoId, author, text });
  }
  const out: Comment[] = [];
  for (const c of assignDomCommentIds(read)) {
    const comment = CommentSchema.safeParse({
      ...c,
      isCreatorReply: creator !== undefined && c.author === creator,
      source: 'dom',
    });
    if (comment.success) out.push(comment.data);
  }
  return out;
}

/** The visible comments of the video in the URL, deduplicated by id. */
export function extractTiktokComments({ doc, url, captured, creatorHandle }: TiktokCommentsInput): Comment[] {
  const ref = tiktokVideoFromUrl(url);
  if (!ref) return [];
  const creator = creatorHandle?.toLowerCase() ?? ref.handle;
  let comments = fromJson(captured, ref.id, creator);
  if (comments.length === 0) comments = fromDom(doc, ref.id, creator);
  return dedupeComments(comments);
}
