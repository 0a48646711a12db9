/**
 * What a TikTok profile page is showing: not found, private, or no videos. The site's own
 * status fields come first (statusCode, privateAccount, videoCount), then messages read from
 * what is shown — never from script contents, where every real page keeps its translation
 * dictionary ("This account is private", "Couldn't find this account", "No content").
 */
import { visibleText } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { TT_NO_POSTS_TEXTS, TT_NOT_FOUND_TEXTS, TT_PRIVATE_TEXTS } from './selectors';

/** TikTok's statusCode for a private account and for a missing one. */
const STATUS_PRIVATE = 10222;
const STATUS_NOT_FOUND = 10221;

/**
 * A message counts only when it can be this profile's: a private or empty-grid message under
 * this profile's header, a missing-account message on a page without any profile header and
 * without another profile's data (after in-app navigation the previous profile may still be on
 * screen).
 */
export function decidePageState(
  draft: ExtractionDraft,
  page: {
    doc: Document;
    handle: string;
    statusCode: number | undefined;
    staleHandle: string | undefined;
    headerShown: boolean;
    headerIsCurrent: boolean;
    postsRead: number;
  },
): void {
  const { handle } = page;
  const text = visibleText(page.doc);
  const shows = (texts: readonly string[]) => texts.some((t) => text.includes(t));
  if (
    page.statusCode === STATUS_NOT_FOUND ||
    (!page.headerShown && page.staleHandle === undefined && shows(TT_NOT_FOUND_TEXTS))
  ) {
    draft.state({ code: 'not-found', params: { handle } });
  }
  if (page.statusCode === STATUS_PRIVATE) draft.set('isPrivate', true, 'embedded');
  if (page.headerIsCurrent && shows(TT_PRIVATE_TEXTS)) draft.set('isPrivate', true, 'dom');
  if (draft.get('isPrivate') === true && page.postsRead === 0) {
    draft.state({ code: 'private', params: { handle } });
  }
  const videoCount = draft.get('postsCount');
  if (
    videoCount === 0 ||
    (videoCount === undefined && page.postsRead === 0 && page.headerIsCurrent && shows(TT_NO_POSTS_TEXTS))
  ) {
    draft.state({ code: 'no-posts', params: { handle } });
  }
}
