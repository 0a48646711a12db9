/**
 * One comment, counted once, whichever way it was read.
 *
 * A comment of an opened post can reach the content script twice: from the page's DOM
 * (no site id on TikTok, and on Instagram only when a permalink is rendered) and from the
 * site's JSON (captured response or embedded script, with the site's own id). Which one
 * arrives first depends on timing, so the DOM copy and the JSON copy of the same comment
 * must resolve to one entry in any order: a comment with a site id supersedes DOM copies
 * with the same post, author and text.
 */
import type { Comment } from './profile';

const DOM_MARK = ':dom:';

/** Folded text for matching a DOM copy to its JSON twin (rendering drops or changes some marks). */
function foldText(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase();
  const letters = normal.replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.length > 0 ? letters : normal.replace(/\s+/g, ' ').trim();
}

/** The key two copies of the same comment share: post, author and folded text. */
export function commentContentKey(comment: Pick<Comment, 'postId' | 'author' | 'text'>): string {
  return `${comment.postId}\u0000${comment.author.toLowerCase()}\u0000${foldText(comment.text)}`;
}

/** A small stable hash (FNV-1a, 32 bits) for DOM comment ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Ids for comments read from the DOM without a site id: the same comment gets the same id
 * on every read (not its position, which shifts as the list grows or scrolls); a repeat of
 * the same text by the same author on the same post gets the next occurrence number.
 */
export function assignDomCommentIds<T extends Pick<Comment, 'postId' | 'author' | 'text'>>(
  comments: readonly T[],
): (T & { id: string })[] {
  const occurrences = new Map<string, number>();
  return comments.map((comment) => {
    const key = commentContentKey(comment);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return { ...comment, id: `${comment.postId}${DOM_MARK}${hash(key)}:${n}` };
  });
}

/** Whether this comment was read from the DOM without the site's own id. */
export function isDomOnlyComment(comment: Pick<Comment, 'id' | 'source'>): boolean {
  return comment.source === 'dom' && comment.id.includes(DOM_MARK);
}

/**
 * The comments counted once: by id first (a JSON copy wins over a DOM copy with the same id),
 * then DOM-only copies dropped where a comment with a site id has the same post, author and
 * text (as many DOM copies as there are site copies). The result does not depend on the order
 * in which the copies were read.
 */
export function dedupeComments(comments: readonly Comment[]): Comment[] {
  const byId = new Map<string, Comment>();
  for (const comment of comments) {
    const existing = byId.get(comment.id);
    if (!existing || (existing.source === 'dom' && comment.source !== 'dom')) byId.set(comment.id, comment);
  }
  const sited = new Map<string, number>();
  for (const comment of byId.values()) {
    if (isDomOnlyComment(comment)) continue;
    const key = commentContentKey(comment);
    sited.set(key, (sited.get(key) ?? 0) + 1);
  }
  const out: Comment[] = [];
  for (const comment of byId.values()) {
    if (isDomOnlyComment(comment)) {
      const key = commentContentKey(comment);
      const covered = sited.get(key) ?? 0;
      if (covered > 0) {
        sited.set(key, covered - 1);
        continue;
      }
    }
    out.push(comment);
  }
  return out;
}
