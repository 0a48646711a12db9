/**
 * The TikTok profile extractor: the rehydration script, then the older `SIGI_STATE` script (each
 * only when it is for this handle), the page's own `/api/user/detail/` and `/api/post/item_list/`
 * responses, the items' `authorStats`, the DOM (`data-e2e`), then the meta description. Page
 * states come from the site's status fields first, then from visible text only. Each source has
 * its file: page-data.ts, items.ts, header.ts, grid.ts, meta.ts, page-state.ts.
 */
import type { Extraction, Source } from '../../model';
import type { CapturedPayload } from '../capture';
import { pageLocale } from '../dom';
import { ExtractionDraft, mergePosts } from '../extraction';
import { postsFromGrid } from './grid';
import { readHeader } from './header';
import { readItems } from './items';
import { readMeta } from './meta';
import { readPageData } from './page-data';
import { decidePageState } from './page-state';
import { tiktokHandleFromUrl } from './url';

export interface TiktokExtractInput {
  doc: Document;
  url: string;
  /** Payloads the MAIN-world script observed on this page so far, oldest first. */
  captured: readonly CapturedPayload[];
  now: number;
}

/** Fields every readable TikTok profile shows. */
const EXPECTED = ['followers', 'following', 'totalLikes', 'postsCount', 'displayName'] as const;

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

  // Profile fields: the embedded state and the page's own responses, the videos' authorStats,
  // the header, then the meta description.
  const { statusCode, staleHandle, sigi } = readPageData(draft, doc, captured, handle);
  const jsonPosts = readItems(draft, captured, sigi?.detail ? sigi.items : [], handle, now);
  const header = readHeader(draft, doc, handle, numberLocale);
  readMeta(draft, doc, handle, numberLocale);

  const gridPosts = header.current ? postsFromGrid(doc, handle, numberLocale, now) : [];
  const posts = mergePosts([...jsonPosts, ...gridPosts]);
  const postsSource: Source | undefined = jsonPosts.some((p) => p.source === 'json')
    ? 'json'
    : jsonPosts.length > 0
      ? 'embedded'
      : gridPosts.length > 0
        ? 'dom'
        : undefined;

  decidePageState(draft, {
    doc,
    handle,
    statusCode,
    staleHandle,
    headerShown: header.shown,
    headerIsCurrent: header.current,
    postsRead: posts.length,
  });
  if (draft.pageState === 'ok') {
    if (posts.length === 0) draft.problem({ code: 'missing', field: 'posts' });
    else if (postsSource === 'dom') draft.problem({ code: 'no-post-counts', field: 'posts' });
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
export { parseTiktokMetaDescription } from './meta';
