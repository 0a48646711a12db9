/** Instagram posts from the profile grid's tiles: ids, type and pinned badge, no counts. */
import type { Post, PostType } from '../../model';
import { queryAllFirst, queryFirst } from '../dom';
import { toPost } from '../extraction';
import { IG_SELECTORS } from './selectors';
import { instagramPostFromUrl, instagramPostUrl } from './url';

export function postsFromGrid(doc: Document): Post[] {
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
      url: instagramPostUrl(ref.shortcode, type),
      type,
      pinned: queryFirst(tile, IG_SELECTORS.tilePinned) !== undefined,
      source: 'dom',
    });
    if ('post' in result) posts.push(result.post);
  }
  return posts;
}
