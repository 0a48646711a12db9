import { describe, expect, it } from 'vitest';
import { detectPostPage, detectProfilePage } from '@/lib/sites/detect';
import {
  instagramHandleFromUrl,
  instagramPostFromUrl,
  instagramProfileTab,
  isInstagramLoginUrl,
  isInstagramProfileUrl,
} from '@/lib/sites/instagram/url';
import { isTiktokProfileUrl, tiktokHandleFromUrl, tiktokVideoFromUrl } from '@/lib/sites/tiktok/url';

/** refined-github style: each detector lists its positives; everything else is a negative for it. */
const DETECTORS: Record<string, { test: (url: string) => boolean; positives: string[] }> = {
  instagramProfile: {
    test: isInstagramProfileUrl,
    positives: [
      'https://www.instagram.com/nike/',
      'https://www.instagram.com/nike',
      'https://instagram.com/nike/',
      'https://www.instagram.com/nike/reels/',
      'https://www.instagram.com/nike/tagged/',
      'https://www.instagram.com/nike/?hl=fr',
      'https://www.instagram.com/cristiano/#top',
      'https://www.instagram.com/jane.doe_92/',
      'https://www.instagram.com/Nike/',
      'https://www.instagram.com/nike/followers/',
    ],
  },
  instagramPost: {
    test: (url) => instagramPostFromUrl(url) !== undefined,
    positives: [
      'https://www.instagram.com/p/C9xYz12AbCd/',
      'https://www.instagram.com/p/C9xYz12AbCd/?img_index=2',
      'https://www.instagram.com/reel/C8aBcDeFgHi/',
      'https://www.instagram.com/tv/B1aBcDeFgHi/',
      'https://instagram.com/p/C9xYz12AbCd',
      'https://www.instagram.com/nike/p/C9xYz12AbCd/',
      'https://www.instagram.com/nike/reel/C8aBcDeFgHi/',
    ],
  },
  tiktokProfile: {
    test: isTiktokProfileUrl,
    positives: [
      'https://www.tiktok.com/@khaby.lame',
      'https://www.tiktok.com/@khaby.lame/',
      'https://www.tiktok.com/@khaby.lame?lang=fr',
      'https://tiktok.com/@charlidamelio',
      'https://www.tiktok.com/@the_rock',
      'https://www.tiktok.com/@Scout2015',
    ],
  },
  tiktokVideo: {
    test: (url) => tiktokVideoFromUrl(url) !== undefined,
    positives: [
      'https://www.tiktok.com/@khaby.lame/video/7301234567890123456',
      'https://www.tiktok.com/@khaby.lame/video/7301234567890123456?is_from_webapp=1',
      'https://www.tiktok.com/@scout2015/photo/7301234567890123457',
    ],
  },
};

const NEGATIVES = [
  'https://www.instagram.com/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/explore/tags/food/',
  'https://www.instagram.com/explore/locations/123/paris/',
  'https://www.instagram.com/accounts/login/?next=%2Fnike%2F',
  'https://www.instagram.com/accounts/edit/',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/direct/t/1234/',
  'https://www.instagram.com/stories/nike/3301234567890/',
  'https://www.instagram.com/reels/',
  'https://www.instagram.com/p/',
  'https://www.instagram.com/nike/guides/extra/',
  'https://www.instagram.com/nike/unknowntab/',
  'https://www.instagram.com/.nike/',
  'https://www.instagram.com/graphql/query',
  'https://www.instagram.com/api/v1/users/web_profile_info/?username=nike',
  'https://www.instagram.com/about/',
  'https://www.instagram.com/legal/privacy/',
  'https://help.instagram.com/nike/',
  'https://www.instagram.com.evil.example/nike/',
  'https://evil.example/www.instagram.com/nike/',
  'http://localhost/nike/',
  'ftp://www.instagram.com/nike/',
  'not a url',
  '',
  'https://www.tiktok.com/',
  'https://www.tiktok.com/foryou',
  'https://www.tiktok.com/explore',
  'https://www.tiktok.com/following',
  'https://www.tiktok.com/tag/food',
  'https://www.tiktok.com/music/original-sound-7301234567890123456',
  'https://www.tiktok.com/search?q=cats',
  'https://www.tiktok.com/@khaby.lame/live',
  'https://www.tiktok.com/@khaby.lame/video/',
  'https://www.tiktok.com/@khaby.lame/video/abc',
  'https://www.tiktok.com/khaby.lame',
  'https://www.tiktok.com/@',
  'https://m.tiktok.com.evil.example/@khaby.lame',
  'https://www.tiktok.com/api/post/item_list/?secUid=x',
  'https://www.instagram.com/@khaby.lame',
  'https://www.tiktok.com/nike/',
];

describe('URL detectors', () => {
  const all = Object.entries(DETECTORS);
  for (const [name, detector] of all) {
    it.each(detector.positives)(`${name} accepts %s`, (url) => {
      expect(detector.test(url)).toBe(true);
    });
    const negatives = [
      ...NEGATIVES,
      ...all.filter(([other]) => other !== name).flatMap(([, d]) => d.positives),
    ];
    it.each(negatives)(`${name} rejects %s`, (url) => {
      expect(detector.test(url)).toBe(false);
    });
  }
});

describe('Instagram URL details', () => {
  it('reads the handle in lower case and the tab', () => {
    expect(instagramHandleFromUrl('https://www.instagram.com/Nike/reels/')).toBe('nike');
    expect(instagramProfileTab('https://www.instagram.com/nike/')).toBe('posts');
    expect(instagramProfileTab('https://www.instagram.com/nike/reels/')).toBe('reels');
    expect(instagramProfileTab('https://www.instagram.com/nike/tagged/')).toBe('tagged');
    expect(instagramProfileTab('https://www.instagram.com/p/C9xYz12AbCd/')).toBeUndefined();
  });

  it('gives no handle for pages that are not profiles', () => {
    expect(instagramHandleFromUrl('https://www.instagram.com/explore/')).toBeUndefined();
  });

  it('reads the shortcode and kind of a post URL', () => {
    expect(instagramPostFromUrl('https://www.instagram.com/reel/C8aBcDeFgHi/')).toEqual({
      shortcode: 'C8aBcDeFgHi',
      kind: 'reel',
    });
    expect(instagramPostFromUrl('https://www.instagram.com/nike/p/C9xYz12AbCd/')).toEqual({
      shortcode: 'C9xYz12AbCd',
      kind: 'post',
      handle: 'nike',
    });
  });

  it('recognises the login wall URL', () => {
    expect(isInstagramLoginUrl('https://www.instagram.com/accounts/login/?next=%2Fnike%2F')).toBe(true);
    expect(isInstagramLoginUrl('https://www.instagram.com/nike/')).toBe(false);
  });
});

describe('TikTok URL details', () => {
  it('reads the handle without the @ in lower case', () => {
    expect(tiktokHandleFromUrl('https://www.tiktok.com/@Khaby.Lame?lang=en')).toBe('khaby.lame');
  });

  it('reads the handle and id of a video URL', () => {
    expect(tiktokVideoFromUrl('https://www.tiktok.com/@scout2015/video/7301234567890123456')).toEqual({
      handle: 'scout2015',
      id: '7301234567890123456',
      kind: 'video',
    });
  });
});

describe('detectProfilePage and detectPostPage', () => {
  it('names the platform and handle of a profile', () => {
    expect(detectProfilePage('https://www.instagram.com/nike/')).toEqual({
      platform: 'instagram',
      handle: 'nike',
    });
    expect(detectProfilePage('https://www.tiktok.com/@khaby.lame')).toEqual({
      platform: 'tiktok',
      handle: 'khaby.lame',
    });
    expect(detectProfilePage('https://www.instagram.com/p/C9xYz12AbCd/')).toBeUndefined();
  });

  it('names the platform and post id of a post page', () => {
    expect(detectPostPage('https://www.instagram.com/p/C9xYz12AbCd/')).toEqual({
      platform: 'instagram',
      postId: 'C9xYz12AbCd',
    });
    expect(detectPostPage('https://www.tiktok.com/@khaby.lame/video/7301234567890123456')).toEqual({
      platform: 'tiktok',
      postId: '7301234567890123456',
      handle: 'khaby.lame',
    });
    expect(detectPostPage('https://www.tiktok.com/@khaby.lame')).toBeUndefined();
  });
});
