import { instagramHandleFromUrl, instagramPostFromUrl } from '../sites/instagram/url';
import type { SitePage } from './site-adapter';

export const instagramPage: SitePage = {
  platform: 'instagram',
  profileHandle: (url) => instagramHandleFromUrl(url),
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  isPostPage: (url) => instagramPostFromUrl(url) !== undefined,
  // The header of both known layouts; the Score button goes right below it.
  anchorSelectors: ['main header', 'header'],
};
