/**
 * The TikTok profile header (`data-e2e` attributes): rounded counts in the page's locale,
 * name, bio, verified badge and link, read only while the header on screen is this handle's.
 */
import { cleanText, lower, queryFirst } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { parseCountText } from '../numbers';
import { TT_SELECTORS } from './selectors';

export interface HeaderRead {
  /** Some profile header is on screen (this handle's or, after in-app navigation, another's). */
  shown: boolean;
  /** The header on screen is this handle's. */
  current: boolean;
}

/** Sets the fields this handle's header shows; reports a header left from another profile. */
export function readHeader(
  draft: ExtractionDraft,
  doc: Document,
  handle: string,
  numberLocale: string,
): HeaderRead {
  const title = cleanText(queryFirst(doc, TT_SELECTORS.title)?.element.textContent);
  const subtitle = cleanText(queryFirst(doc, TT_SELECTORS.subtitle)?.element.textContent);
  const shown = title !== undefined || subtitle !== undefined;
  const domHandle = [title, subtitle].find((t) => lower(t).replace(/^@/, '') === handle);
  if (domHandle === undefined) {
    if (shown) draft.problem({ code: 'stale-header', params: { handle } });
    return { shown, current: false };
  }
  let rounded = false;
  const domCount = (choices: typeof TT_SELECTORS.followers) => {
    const text = queryFirst(doc, choices)?.element.textContent;
    const parsed = text ? parseCountText(text, numberLocale) : undefined;
    return parsed?.ok ? parsed : undefined;
  };
  const followers = domCount(TT_SELECTORS.followers);
  if (followers && draft.set('followers', followers.value, 'dom')) rounded = !followers.exact;
  draft.set('following', domCount(TT_SELECTORS.following)?.value, 'dom');
  draft.set('totalLikes', domCount(TT_SELECTORS.likes)?.value, 'dom');
  draft.set(
    'displayName',
    [title, subtitle].find((t) => t !== domHandle),
    'dom',
  );
  const bio = queryFirst(doc, TT_SELECTORS.bio)?.element;
  const bioText = bio ? cleanText(bio.textContent) : undefined;
  if (bioText && !/^no bio yet$|^pas encore de bio/i.test(bioText)) draft.set('bio', bioText, 'dom');
  draft.set('verified', queryFirst(doc, TT_SELECTORS.verified) !== undefined, 'dom');
  const link = queryFirst(doc, TT_SELECTORS.link)?.element;
  draft.set('externalUrl', cleanText(link?.getAttribute('href')) ?? cleanText(link?.textContent), 'dom');
  if (rounded) draft.problem({ code: 'rounded', field: 'followers', params: { from: 'page' } });
  return { shown, current: true };
}
