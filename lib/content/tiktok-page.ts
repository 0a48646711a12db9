import { TT_SCORE_ANCHORS } from '../sites/tiktok/selectors';
import { tiktokHandleFromUrl, tiktokVideoFromUrl } from '../sites/tiktok/url';
import type { SitePage } from './site-adapter';

export const tiktokPage: SitePage = {
  platform: 'tiktok',
  profileHandle: (url) => tiktokHandleFromUrl(url),
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  isPostPage: (url) => tiktokVideoFromUrl(url) !== undefined,
  // Where the Score button goes (tiktok selectors.ts).
  anchorSelectors: TT_SCORE_ANCHORS,
};
