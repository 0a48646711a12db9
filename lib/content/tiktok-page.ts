import { tiktokHandleFromUrl, tiktokVideoFromUrl } from '../sites/tiktok/url';
import type { SitePage } from './site-adapter';

export const tiktokPage: SitePage = {
  platform: 'tiktok',
  profileHandle: (url) => tiktokHandleFromUrl(url),
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  isPostPage: (url) => tiktokVideoFromUrl(url) !== undefined,
  // Below the bio when there is one, else below the title block.
  anchorSelectors: ['h2[data-e2e="user-bio"]', 'h2[data-e2e="user-subtitle"]', 'h1[data-e2e="user-title"]'],
};
