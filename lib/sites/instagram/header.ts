/**
 * The Instagram profile header: counts (the followers title holds the exact number, texts
 * are rounded), display name, category, bio, verified badge and external link, in both the
 * older (ul of counts, bio in an h1) and newer (div blocks) layouts.
 */
import { blockText, cleanText, closestFirst, lower, queryAllFirst, queryFirst } from '../dom';
import type { ExtractionDraft } from '../extraction';
import { parseCompactNumber, parseCountText } from '../numbers';
import { IG_SELECTORS, VERIFIED_LABELS } from './selectors';

/** The handle the header shows (lower-case), '' when none. */
export function headerHandle(header: Element | undefined): string {
  return lower(cleanText(header ? queryFirst(header, IG_SELECTORS.handle)?.element.textContent : undefined));
}

/**
 * Sets the fields the header shows for `handle`. Returns true when the follower count came
 * from rounded text (no exact title).
 */
export function readHeader(
  draft: ExtractionDraft,
  header: Element,
  handle: string,
  numberLocale: string,
): { followersRounded: boolean } {
  let followersRounded = false;
  const row = countRow(header);
  const exact = queryFirst(header, IG_SELECTORS.followersExact)?.element.getAttribute('title');
  const exactParsed = exact ? parseCompactNumber(exact, numberLocale) : undefined;
  const fallbackExact = exact && !exactParsed?.ok ? parseCompactNumber(exact, 'en') : undefined;
  const title = exactParsed?.ok ? exactParsed : fallbackExact?.ok ? fallbackExact : undefined;
  if (title) draft.set('followers', title.value, 'dom');
  const readCount = (choices: typeof IG_SELECTORS.followersText, cell: Element | undefined) => {
    const text = cell?.textContent ?? queryFirst(header, choices)?.element.textContent;
    if (!text) return undefined;
    const parsed = parseCountText(text, numberLocale);
    return parsed.ok ? parsed : undefined;
  };
  if (!draft.has('followers')) {
    const followers = readCount(IG_SELECTORS.followersText, row?.[1]);
    if (followers && draft.set('followers', followers.value, 'dom')) followersRounded = !followers.exact;
  }
  draft.set('following', readCount(IG_SELECTORS.followingText, row?.[2])?.value, 'dom');
  draft.set('postsCount', readCount(IG_SELECTORS.postsText, row?.[0])?.value, 'dom');
  const texts = headerTexts(header, handle, row);
  draft.set('displayName', texts.displayName, 'dom');
  draft.set('category', texts.category, 'dom');
  draft.set('bio', texts.bio, 'dom');
  const badge = queryAllFirst(header, IG_SELECTORS.verifiedBadge).some((svg) =>
    VERIFIED_LABELS.has(lower(svg.getAttribute('aria-label')).trim()),
  );
  draft.set('verified', badge, 'dom');
  draft.set('externalUrl', externalLink(header), 'dom');
  return { followersRounded };
}

/** The row holding the three header counts (posts, followers, following), in either variant. */
function countRow(header: Element): Element[] | undefined {
  const followers = queryFirst(header, IG_SELECTORS.followersLink)?.element;
  const following = queryFirst(header, IG_SELECTORS.followingLink)?.element;
  if (followers && following) {
    let row: Element | null = followers.parentElement;
    while (row && !row.contains(following)) row = row.parentElement;
    const cells = row ? [...row.children] : [];
    if (cells.length === 3) return cells;
  }
  for (const candidate of queryAllFirst(header, IG_SELECTORS.countRowCandidates)) {
    const children = [...candidate.children];
    if (children.length === 3 && children.every((c) => /\d/.test(c.textContent ?? ''))) return children;
  }
  return undefined;
}

interface HeaderTexts {
  displayName?: string;
  category?: string;
  bio?: string;
}

function headerTexts(header: Element, handle: string, row: Element[] | undefined): HeaderTexts {
  const blocks = queryAllFirst(header, IG_SELECTORS.textBlocks).filter(
    (el) =>
      closestFirst(el, IG_SELECTORS.textBlockSkip) === undefined &&
      !row?.some((cell) => cell.contains(el)) &&
      queryFirst(el, IG_SELECTORS.textBlockNested) === undefined,
  );
  const texts: HeaderTexts = {};
  const bioH1 = queryFirst(header, IG_SELECTORS.bio)?.element;
  const rest: string[] = [];
  for (const el of blocks) {
    const text = el.tagName === 'H1' ? blockText(el) : cleanText(el.textContent);
    if (!text || lower(text) === handle) continue;
    if (el === bioH1) continue;
    if (texts.displayName === undefined && el.tagName === 'SPAN') texts.displayName = text;
    else if (
      texts.category === undefined &&
      el.tagName === 'DIV' &&
      text.length <= 40 &&
      el.children.length === 0
    )
      texts.category = text;
    else if (el.tagName === 'SPAN') rest.push(blockText(el) ?? text);
  }
  const bio = bioH1 ? blockText(bioH1) : rest.join('\n');
  if (bio) texts.bio = bio;
  return texts;
}

function externalLink(header: Element): string | undefined {
  const link = queryFirst(header, IG_SELECTORS.externalLink)?.element.getAttribute('href');
  if (!link) return undefined;
  try {
    const parsed = new URL(link);
    if (parsed.hostname === 'l.instagram.com') return parsed.searchParams.get('u') ?? undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}
