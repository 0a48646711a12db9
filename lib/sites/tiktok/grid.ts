/** TikTok videos from the profile grid's tiles: ids, rounded views and the pinned badge. */
import type { Post } from '../../model';
import { queryAllFirst, queryFirst } from '../dom';
import { toPost } from '../extraction';
import { tiktokTimeFromId } from '../media-time';
import { parseCountText } from '../numbers';
import { TT_SELECTORS } from './selectors';
import { tiktokVideoFromUrl } from './url';

const DAY_MS = 86_400_000;

export function postsFromGrid(doc: Document, handle: string, locale: string, now: number): Post[] {
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
