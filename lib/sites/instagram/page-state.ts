/**
 * What an Instagram page is showing: whose profile (the URL, a login redirect's `next`, or the
 * header under a post opened over it), and its state — login wall, not found, private, no
 * posts. The site's own fields come first; messages are read from visible text only.
 */
import { lower, queryFirst, visibleText } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { IG_SELECTORS, NO_POSTS_TEXTS, NOT_FOUND_TEXTS, PRIVATE_TEXTS } from './selectors';
import { instagramHandleFromUrl, isInstagramLoginUrl } from './url';

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

export interface PageIdentity {
  /** The profile's handle, undefined when the page is no profile. */
  handle: string | undefined;
  /** The handle came from the header (a post is open over the profile), not the URL. */
  fromHeader: boolean;
  /** Instagram is asking to log in. */
  loginWall: boolean;
}

/**
 * Whose profile the page is: from the URL; a login redirect keeps it in `next`; a post opened
 * over the profile leaves only the header (`shownHandle`).
 */
export function identifyPage(
  doc: Document,
  url: string,
  header: Element | undefined,
  shownHandle: string,
): PageIdentity {
  const loginWall =
    isInstagramLoginUrl(url) || (!header && queryFirst(doc, IG_SELECTORS.loginForm) !== undefined);
  let handle = instagramHandleFromUrl(url);
  if (!handle && isInstagramLoginUrl(url)) handle = handleFromLoginNext(url);
  if (!handle && shownHandle && /^[a-z0-9._]{1,30}$/.test(shownHandle)) {
    return { handle: shownHandle, fromHeader: true, loginWall };
  }
  return { handle, fromHeader: false, loginWall };
}

/**
 * The page state, most specific first. The site's own `is_private` (already set) wins over any
 * text; texts are read from what is shown (never from script contents), and a private or
 * empty-grid message counts only while the header on screen is this profile's: after in-app
 * navigation the previous profile's page may still be showing.
 */
export function decidePageState(
  draft: ExtractionDraft,
  page: {
    doc: Document;
    handle: string;
    loginWall: boolean;
    hasHeader: boolean;
    headerIsCurrent: boolean;
    metaUsed: boolean;
    postsRead: number;
  },
): void {
  const { doc, handle } = page;
  const text = visibleText(doc);
  if (page.loginWall) draft.state({ code: 'login-wall' });
  if (
    !page.hasHeader &&
    (containsAny(text, NOT_FOUND_TEXTS) || containsAny(lower(doc.title), NOT_FOUND_TEXTS)) &&
    !page.metaUsed
  ) {
    draft.state({ code: 'not-found', params: { handle } });
  }
  if (page.headerIsCurrent && containsAny(text, PRIVATE_TEXTS)) draft.set('isPrivate', true, 'dom');
  if (draft.get('isPrivate') === true && page.postsRead === 0) {
    draft.state({ code: 'private', params: { handle } });
  }
  if (
    draft.get('postsCount') === 0 ||
    (page.postsRead === 0 && page.headerIsCurrent && containsAny(text, NO_POSTS_TEXTS))
  ) {
    draft.state({ code: 'no-posts', params: { handle } });
  }
}
