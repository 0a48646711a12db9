import { describe, expect, it } from 'vitest';
import { candidateOfHref, profileOfLink } from '@/lib/badges/link-handle';

const link = (href: string) => {
  const url = new URL(href);
  return { hostname: url.hostname, pathname: url.pathname };
};

describe('which links lead to a creator’s profile', () => {
  it('Instagram: /handle and /handle/, any case, with or without www', () => {
    expect(profileOfLink(link('https://www.instagram.com/lea.cuisine/'))).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(profileOfLink(link('https://instagram.com/Lea.Cuisine'))).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(profileOfLink(link('https://www.instagram.com/tom_trails/?hl=fr'))?.handle).toBe('tom_trails');
  });

  it('Instagram: posts, reels, site sections, follower lists and bad handles are not creators', () => {
    for (const href of [
      'https://www.instagram.com/',
      'https://www.instagram.com/p/COlv0000002/',
      'https://www.instagram.com/reel/Cabc12345/',
      'https://www.instagram.com/explore/',
      'https://www.instagram.com/explore/tags/food/',
      'https://www.instagram.com/accounts/login/',
      'https://www.instagram.com/direct/inbox/',
      'https://www.instagram.com/reels/',
      'https://www.instagram.com/lea.cuisine/followers/',
      'https://www.instagram.com/lea.cuisine/p/COlv0000002/',
      'https://www.instagram.com/.hidden/',
      'https://www.instagram.com/a-b/',
    ])
      expect(profileOfLink(link(href)), href).toBeUndefined();
  });

  it('TikTok: /@handle, not videos, tags or sections', () => {
    expect(profileOfLink(link('https://www.tiktok.com/@nina.moves'))).toEqual({
      platform: 'tiktok',
      handle: 'nina.moves',
    });
    expect(profileOfLink(link('https://www.tiktok.com/@Nina.Moves/?lang=fr'))?.handle).toBe('nina.moves');
    for (const href of [
      'https://www.tiktok.com/@nina.moves/video/7300000000000000001',
      'https://www.tiktok.com/tag/food',
      'https://www.tiktok.com/foryou',
      'https://www.tiktok.com/search?q=nina',
      'https://www.tiktok.com/nina.moves',
      'https://www.tiktok.com/@',
    ])
      expect(profileOfLink(link(href)), href).toBeUndefined();
  });

  it('other sites, look-alike hosts and sub-domains are not either site', () => {
    for (const href of [
      'https://www.youtube.com/@nina.moves',
      'https://instagram.com.evil.example/lea.cuisine/',
      'https://help.instagram.com/lea.cuisine/',
      'https://m.tiktok.com.example/@nina.moves',
    ])
      expect(profileOfLink(link(href)), href).toBeUndefined();
  });
});

describe('the first look at a link’s written address (no URL built)', () => {
  it('names the creator a relative or absolute address could be, on the page’s site or the other', () => {
    expect(candidateOfHref('/lea.cuisine/', 'www.instagram.com')).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(candidateOfHref('/Lea.Cuisine?igsh=x#y', 'www.instagram.com')).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(candidateOfHref('/@nina.moves', 'www.tiktok.com')).toEqual({
      platform: 'tiktok',
      handle: 'nina.moves',
    });
    expect(candidateOfHref('https://www.tiktok.com/@nina.moves?lang=fr', 'www.instagram.com')).toEqual({
      platform: 'tiktok',
      handle: 'nina.moves',
    });
    expect(candidateOfHref('//instagram.com:443/tom.trails/', 'www.tiktok.com')).toEqual({
      platform: 'instagram',
      handle: 'tom.trails',
    });
  });

  it('names nobody for posts, videos, other sites, relative paths and script addresses', () => {
    for (const href of [
      '/p/COlv0000002/',
      '/@nina.moves/video/1',
      'https://www.youtube.com/@nina.moves',
      'lea.cuisine/',
      'javascript:alert(1)',
      '#top',
      '/lea.cuisine/followers/',
      'https://instagram.com.evil.example/lea.cuisine/',
    ])
      expect(candidateOfHref(href, 'www.instagram.com'), href).toBeUndefined();
  });
});
