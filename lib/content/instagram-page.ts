import { IG_SCORE_ANCHORS } from '../sites/instagram/selectors';
import { instagramHandleFromUrl, instagramPostFromUrl } from '../sites/instagram/url';
import type { SitePage } from './site-adapter';

export const instagramPage: SitePage = {
  platform: 'instagram',
  profileHandle: (url) => instagramHandleFromUrl(url),
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  isPostPage: (url) => instagramPostFromUrl(url) !== undefined,
  // Where the Score button goes (instagram selectors.ts).
  anchorSelectors: IG_SCORE_ANCHORS,
};
