import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateKeyOfHref,
  candidateOfHref,
  isProfileHandle,
  profileOfHref,
} from '@/lib/badges/link-handle';

/** A link's address on a page of neither site (the address names its host). */
const profileOfLink = (href: string) => profileOfHref(href, 'www.example.com');

describe('which links lead to a creator’s profile', () => {
  it('Instagram: /handle and /handle/, any case, with or without www', () => {
    expect(profileOfLink('https://www.instagram.com/lea.cuisine/')).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(profileOfLink('https://instagram.com/Lea.Cuisine')).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
    });
    expect(profileOfLink('https://www.instagram.com/tom_trails/?hl=fr')?.handle).toBe('tom_trails');
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
      expect(profileOfLink(href), href).toBeUndefined();
  });

  it('TikTok: /@handle, not videos, tags or sections', () => {
    expect(profileOfLink('https://www.tiktok.com/@nina.moves')).toEqual({
      platform: 'tiktok',
      handle: 'nina.moves',
    });
    expect(profileOfLink('https://www.tiktok.com/@Nina.Moves/?lang=fr')?.handle).toBe('nina.moves');
    for (const href of [
      'https://www.tiktok.com/@nina.moves/video/7300000000000000001',
      'https://www.tiktok.com/tag/food',
      'https://www.tiktok.com/foryou',
      'https://www.tiktok.com/search?q=nina',
      'https://www.tiktok.com/nina.moves',
      'https://www.tiktok.com/@',
    ])
      expect(profileOfLink(href), href).toBeUndefined();
  });

  it('other sites, look-alike hosts and sub-domains are not either site', () => {
    for (const href of [
      'https://www.youtube.com/@nina.moves',
      'https://instagram.com.evil.example/lea.cuisine/',
      'https://help.instagram.com/lea.cuisine/',
      'https://m.tiktok.com.example/@nina.moves',
    ])
      expect(profileOfLink(href), href).toBeUndefined();
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

describe('the index key of an address, and the site’s own rules', () => {
  it('gives the key the index is looked up by, lower case', () => {
    expect(candidateKeyOfHref('/Lea.Cuisine/', 'www.instagram.com')).toBe('instagram:lea.cuisine');
    expect(candidateKeyOfHref('/@Nina.Moves#x', 'www.tiktok.com')).toBe('tiktok:nina.moves');
    expect(candidateKeyOfHref('https://www.instagram.com:443/tom.trails', 'www.tiktok.com')).toBe(
      'instagram:tom.trails',
    );
    // Relative addresses on a page of neither site, odd ports, user names: nobody.
    for (const [href, host] of [
      ['/lea.cuisine/', 'www.example.com'],
      ['https://www.instagram.com:x/lea.cuisine/', 'www.instagram.com'],
      ['https://user:pw@www.instagram.com/lea.cuisine/', 'www.instagram.com'],
      ['HTTPS://evil.example/lea.cuisine/', 'www.instagram.com'],
    ] as const)
      expect(candidateKeyOfHref(href, host), href).toBeUndefined();
  });

  it('keeps site sections and dotted edges out, whatever the pattern lets through', () => {
    expect(isProfileHandle('instagram', 'lea.cuisine')).toBe(true);
    expect(isProfileHandle('instagram', 'Explore')).toBe(false);
    expect(isProfileHandle('instagram', 'reels')).toBe(false);
    expect(isProfileHandle('instagram', '.hidden')).toBe(false);
    expect(isProfileHandle('instagram', 'hidden.')).toBe(false);
    expect(isProfileHandle('tiktok', 'nina.moves')).toBe(true);
    expect(isProfileHandle('tiktok', 'a'.repeat(25))).toBe(false);
  });

  it('reads every address as the address patterns do (a reference written with regular expressions)', () => {
    // The rule as patterns: `/handle` on Instagram, `/@handle` on TikTok, an optional slash, then
    // the query, the fragment or the end; a host from the address or else the page's.
    const reference = (href: string, pageHost: string): string | undefined => {
      let host = pageHost;
      let path = href;
      const absolute = /^(?:https?:)?\/\/([^/]*)(\/.*)?$/.exec(href);
      if (absolute) {
        const [, authority = '', rest] = absolute;
        const m = /^([^:]*)(:\d*)?$/.exec(authority);
        if (!m) return undefined;
        host = (m[1] as string).toLowerCase();
        path = rest ?? '/';
      } else if (!href.startsWith('/')) return undefined;
      const ig = /^\/([A-Za-z0-9._]{1,30})\/?(?:[?#]|$)/.exec(path);
      if (['www.instagram.com', 'instagram.com'].includes(host))
        return ig ? `instagram:${(ig[1] as string).toLowerCase()}` : undefined;
      const tt = /^\/@([A-Za-z0-9._]{1,24})\/?(?:[?#]|$)/.exec(path);
      if (['www.tiktok.com', 'tiktok.com'].includes(host))
        return tt ? `tiktok:${(tt[1] as string).toLowerCase()}` : undefined;
      return undefined;
    };
    const part = fc.constantFrom('/', '@', '.', '_', '?', '#', ':', 'a', 'Z', '9', 'é', '-', '//', 'x/y');
    const handle = fc.stringMatching(/^[A-Za-z0-9._]{0,32}$/);
    const href = fc
      .tuple(
        fc.constantFrom('', 'https://', 'http://', '//', 'HTTPS://', 'ftp://'),
        fc.constantFrom(
          '',
          'www.instagram.com',
          'instagram.com',
          'www.tiktok.com',
          'TikTok.com',
          'www.example.com',
          'www.instagram.com:443',
          'www.instagram.com:x',
        ),
        fc.constantFrom('/', '/@', '', '//'),
        handle,
        fc.array(part, { maxLength: 3 }),
      )
      .map(([scheme, host, lead, h, tail]) => `${scheme}${host}${lead}${h}${tail.join('')}`);
    const pageHost = fc.constantFrom('www.instagram.com', 'www.tiktok.com', 'www.example.com');
    fc.assert(
      fc.property(href, pageHost, (h, p) => {
        expect(candidateKeyOfHref(h, p), `${h} on ${p}`).toBe(reference(h, p));
      }),
      { numRuns: 3000 },
    );
  });
});
