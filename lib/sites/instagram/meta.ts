/**
 * Instagram's meta tags: the description's rounded counts ("307M Followers, 190 Following,
 * 1407 Posts - … (@nike)") and the title's display name, used only when they name this
 * handle (they go stale after in-app navigation).
 */
import { cleanText, lower, metaContent } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { parseCountText } from '../numbers';
import { IG_SELECTORS } from './selectors';

interface MetaCounts {
  followers?: number;
  following?: number;
  posts?: number;
  handle?: string;
}

function parseMetaCount(text: string, locale: string): number | undefined {
  const first = parseCountText(text, locale);
  if (first.ok) return first.value;
  // Older localised pages printed English digits ("3,960 abonnés" on a French page).
  const english = parseCountText(text, 'en');
  return english.ok ? english.value : undefined;
}

/** "307M Followers, 190 Following, 1407 Posts - See Instagram photos and videos from Nike (@nike)". */
export function parseInstagramMetaDescription(content: string, locale = 'en'): MetaCounts {
  const [countsPart] = content.split(/\s[-–—]\s/);
  const handle = /@([A-Za-z0-9._]{1,30})/.exec(content)?.[1]?.replace(/\.+$/, '').toLowerCase();
  const parts = (countsPart ?? '').split(/,\s+/);
  const out: MetaCounts = {};
  if (handle) out.handle = handle;
  if (parts.length < 3) return out;
  const [followers, following, posts] = parts.map((p) => parseMetaCount(p, locale));
  if (followers !== undefined) out.followers = followers;
  if (following !== undefined) out.following = following;
  if (posts !== undefined) out.posts = posts;
  return out;
}

/** "Nike (@nike) • Instagram photos and videos" → the name, when the handle matches. */
function nameFromTitle(title: string | undefined, handle: string): string | undefined {
  const match = title ? /^(.*?)\s*\(@([A-Za-z0-9._]+)\)/.exec(title) : null;
  if (!match || lower(match[2]) !== handle) return undefined;
  return cleanText(match[1]);
}

/**
 * Sets the counts and name the meta tags give for `handle`. `followersRounded`: the follower
 * count came from them; `used`: any count did.
 */
export function readMeta(
  draft: ExtractionDraft,
  doc: Document,
  handle: string,
  numberLocale: string,
): { followersRounded: boolean; used: boolean } {
  const description = metaContent(doc, IG_SELECTORS.metaDescription);
  const meta = description ? parseInstagramMetaDescription(description, numberLocale) : undefined;
  let followersRounded = false;
  let used = false;
  if (meta && meta.handle === handle) {
    if (draft.set('followers', meta.followers, 'meta')) {
      followersRounded = true;
      used = true;
    }
    used = draft.set('following', meta.following, 'meta') || used;
    used = draft.set('postsCount', meta.posts, 'meta') || used;
  } else if (meta?.handle && meta.handle !== handle) {
    draft.problem({ code: 'stale-meta', params: { handle, shown: meta.handle } });
  }
  draft.set(
    'displayName',
    nameFromTitle(metaContent(doc, IG_SELECTORS.metaTitle) ?? doc.title, handle),
    'meta',
  );
  return { followersRounded, used };
}
