/** TikTok's meta description: the name and rounded likes and followers, used only when it names this handle. */
import { cleanText, lower, metaContent } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { parseCountText } from '../numbers';
import { TT_SELECTORS } from './selectors';

/** "Name (@handle) on TikTok | 7.8M Likes. 2.3M Followers. …" */
export function parseTiktokMetaDescription(
  content: string,
  locale = 'en',
): { handle?: string; name?: string; likes?: number; followers?: number } {
  const head = /^(.*?)\s*\(@([A-Za-z0-9._]+)\)/.exec(content);
  const out: { handle?: string; name?: string; likes?: number; followers?: number } = {};
  if (head) {
    out.handle = lower(head[2]);
    const name = cleanText(head[1]);
    if (name) out.name = name;
  }
  const tail = content.split('|')[1] ?? '';
  for (const sentence of tail.split(/\.\s+/)) {
    const value = parseCountText(sentence, locale);
    if (!value.ok) continue;
    if (/like|j'aime|j’aime|mag|gefällt/i.test(sentence)) out.likes ??= value.value;
    else if (/follower|abonné/i.test(sentence)) out.followers ??= value.value;
  }
  return out;
}

/** Sets the name and counts the meta description gives for `handle`. */
export function readMeta(draft: ExtractionDraft, doc: Document, handle: string, numberLocale: string): void {
  const meta = parseTiktokMetaDescription(metaContent(doc, TT_SELECTORS.metaDescription) ?? '', numberLocale);
  if (meta.handle !== handle) return;
  if (draft.set('followers', meta.followers, 'meta')) {
    draft.problem({ code: 'rounded', field: 'followers', params: { from: 'summary' } });
  }
  draft.set('totalLikes', meta.likes, 'meta');
  draft.set('displayName', meta.name, 'meta');
}
