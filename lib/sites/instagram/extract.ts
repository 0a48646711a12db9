/**
 * The Instagram profile extractor: an ordered chain of sources per field — the page's own
 * JSON (observed in the MAIN world, or embedded in the HTML), the header DOM, then meta tags —
 * with the source of each field recorded and every gap explained. Each source has its file:
 * page-data.ts, header.ts, meta.ts, json-posts.ts, grid.ts; page-state.ts says whose page it
 * is and what it shows.
 */
import type { Extraction, Source } from '../../model';
import type { CapturedPayload } from '../capture';
import { pageLocale, queryFirst } from '../dom';
import { ExtractionDraft, mergePosts } from '../extraction';
import { postsFromGrid } from './grid';
import { headerHandle, readHeader } from './header';
import { harvestJsonPosts } from './json-posts';
import { readMeta } from './meta';
import { embeddedInstagramProfilePayloads, readProfileData } from './page-data';
import { decidePageState, identifyPage } from './page-state';
import { IG_SELECTORS } from './selectors';

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
  const shownHandle = headerHandle(header);

  const { handle, fromHeader, loginWall } = identifyPage(doc, url, header, shownHandle);
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
  if (fromHeader) {
    draft.set('handle', handle, 'dom');
    draft.problem({ code: 'url-not-profile', field: 'handle' });
  }

  // A header for another handle is the previous profile still on screen after in-app navigation.
  const headerIsCurrent = header !== undefined && (shownHandle === '' || shownHandle === handle);
  if (header && !headerIsCurrent) {
    draft.problem({ code: 'stale-header', params: { handle, shown: shownHandle } });
  }

  // Profile fields: the page's own JSON, the header, then the meta tags.
  const { profiles, creatorId, otherIds } = readProfileData(draft, captured, handle);
  const headerRead =
    header && headerIsCurrent ? readHeader(draft, header, handle, numberLocale) : { followersRounded: false };
  const meta = readMeta(draft, doc, handle, numberLocale);
  if (headerRead.followersRounded || meta.followersRounded) {
    draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page' } });
  }
  if (meta.used && !header) draft.problem({ code: 'meta-only' });

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

  decidePageState(draft, {
    doc,
    handle,
    loginWall,
    hasHeader: header !== undefined,
    headerIsCurrent,
    metaUsed: meta.used,
    postsRead: posts.length,
  });
  if (draft.pageState === 'ok') {
    if (posts.length === 0) draft.problem({ code: 'missing', field: 'posts' });
    else if (postsSource === 'dom') draft.problem({ code: 'no-post-counts', field: 'posts' });
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
export { parseInstagramMetaDescription } from './meta';
