// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readThemeSignals, siteThemeOf, type ThemeSignals, watchSiteTheme } from '@/lib/content/site-theme';

/*
 * Fixtures of our own, modelled on how the two sites mark their theme on <html> (see the module's
 * comment): Instagram's `__fb-dark-mode` / `__fb-light-mode` class and color-scheme meta, TikTok's
 * `data-tux-color-scheme` and `data-theme` attributes.
 */
const PAGES = {
  instagramDark:
    '<html class="_9dls _ar44 js-focus-visible __fb-dark-mode" lang="en"><head><meta name="color-scheme" content="dark"></head><body></body></html>',
  instagramLight:
    '<html class="_9dls _ar44 __fb-light-mode" lang="en"><head><meta name="color-scheme" content="light"></head><body></body></html>',
  instagramLoggedOut:
    '<html class="_9dls _ar44" lang="en"><head><meta name="color-scheme" content="light" /></head><body></body></html>',
  tiktokDark:
    '<html lang="en" data-tux-color-scheme="dark" data-theme="dark"><head></head><body></body></html>',
  tiktokLight: '<html lang="en" data-tux-color-scheme="light"><head></head><body></body></html>',
  tiktokOld: '<html lang="en" data-theme="light"><head></head><body></body></html>',
  silent: '<html lang="en"><head></head><body></body></html>',
  either: '<html lang="en"><head><meta name="color-scheme" content="light dark"></head><body></body></html>',
};

function signalsOf(html: string, prefersDark = false): ThemeSignals {
  const window = new Window({ url: 'https://www.instagram.com/lea.cuisine/' });
  window.document.write(html);
  return readThemeSignals(window.document as unknown as Document, prefersDark);
}

describe('siteThemeOf', () => {
  it.each([
    ['instagramDark', false, 'dark', 'instagram-class'],
    ['instagramLight', true, 'light', 'instagram-class'],
    ['instagramLoggedOut', true, 'light', 'meta-color-scheme'],
    ['tiktokDark', false, 'dark', 'tiktok-tux'],
    ['tiktokLight', true, 'light', 'tiktok-tux'],
    ['tiktokOld', true, 'light', 'tiktok-data-theme'],
  ] as const)('%s (system dark: %s) → %s from %s', (page, prefersDark, theme, source) => {
    expect(siteThemeOf(signalsOf(PAGES[page], prefersDark))).toEqual({ theme, source });
  });

  it('falls back to the system setting when the page says nothing, or says "either"', () => {
    for (const page of [PAGES.silent, PAGES.either]) {
      expect(siteThemeOf(signalsOf(page, true))).toEqual({ theme: 'dark', source: 'system' });
      expect(siteThemeOf(signalsOf(page, false))).toEqual({ theme: 'light', source: 'system' });
    }
  });

  it('reads the class as whole words, values case-insensitively, and ignores unknown values', () => {
    const base: ThemeSignals = {
      htmlClass: '',
      tuxColorScheme: null,
      dataTheme: null,
      metaColorScheme: null,
      prefersDark: false,
    };
    expect(siteThemeOf({ ...base, htmlClass: 'x__fb-dark-mode-y' }).theme).toBe('light');
    expect(siteThemeOf({ ...base, tuxColorScheme: ' DARK ' }).theme).toBe('dark');
    expect(siteThemeOf({ ...base, dataTheme: 'sepia', prefersDark: true })).toEqual({
      theme: 'dark',
      source: 'system',
    });
    // The explicit class wins over a stale attribute.
    expect(siteThemeOf({ ...base, htmlClass: '__fb-light-mode', dataTheme: 'dark' }).theme).toBe('light');
  });
});

describe('watchSiteTheme', () => {
  it('reports the theme now and again when the site switches it, and stops when asked', async () => {
    document.documentElement.setAttribute('data-tux-color-scheme', 'light');
    const seen: string[] = [];
    const stop = watchSiteTheme(document, (theme) => seen.push(theme));
    expect(seen).toEqual(['light']);
    document.documentElement.setAttribute('data-tux-color-scheme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['light', 'dark']);
    // An unrelated attribute change does not report the same theme twice.
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['light', 'dark']);
    stop();
    document.documentElement.setAttribute('data-tux-color-scheme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['light', 'dark']);
  });
});
