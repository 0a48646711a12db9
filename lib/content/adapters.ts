import { detectPostPage } from '../sites/detect';
import { extractInstagramComments, extractInstagramProfile } from '../sites/instagram/extract';
import { IG_SCORE_ANCHORS, IG_SELECTORS } from '../sites/instagram/selectors';
import { instagramHandleFromUrl } from '../sites/instagram/url';
import { extractTiktokComments, extractTiktokProfile } from '../sites/tiktok/extract';
import { TT_SCORE_ANCHORS, TT_SELECTORS } from '../sites/tiktok/selectors';
import { tiktokHandleFromUrl } from '../sites/tiktok/url';
import type { SiteAdapter } from './site-adapter';

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  profileHandle: (url) => instagramHandleFromUrl(url),
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  isPostPage: (url) => detectPostPage(url)?.platform === 'instagram',
  extractProfile: (input) => extractInstagramProfile(input),
  extractComments: (input) => extractInstagramComments(input),
  // The header of both known layouts; the Score button goes right below it.
  anchorSelectors: IG_SCORE_ANCHORS,
  selectorTable: IG_SELECTORS,
};

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  profileHandle: (url) => tiktokHandleFromUrl(url),
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  isPostPage: (url) => detectPostPage(url)?.platform === 'tiktok',
  extractProfile: (input) => extractTiktokProfile(input),
  extractComments: (input) => extractTiktokComments(input),
  // Below the bio when there is one, else below the title block (heading tags have varied: h1/h2 and h2/h1).
  anchorSelectors: TT_SCORE_ANCHORS,
  selectorTable: TT_SELECTORS,
};
