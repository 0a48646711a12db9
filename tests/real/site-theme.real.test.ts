/**
 * The site theme read from real saved pages (folder named by MICROSCOPE_REAL_PAGES, never copied
 * into the repository). Each page's `<html>` start tag and color-scheme meta, as served, are put in
 * a document and read by the same code the content script runs. Expected themes were read by hand
 * from the files (`grep -o '<html[^>]*>'` and `grep -o '<meta name="color-scheme"[^>]*>'`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readThemeSignals, siteThemeOf } from '@/lib/content/site-theme';
import { materialFolder } from './material';

const FOLDER = materialFolder('MICROSCOPE_REAL_PAGES');

const EXPECTED = [
  // <html class="… __fb-dark-mode">, <meta name="color-scheme" content="dark">
  ['ig-04-gdg_rbu.rendered_dom.2025-02.html', 'dark', 'instagram-class'],
  ['ig-05-mayuri_0677.private_rendered_dom.2025-02.html', 'dark', 'instagram-class'],
  // logged out: no mode class, <meta name="color-scheme" content="light" />
  ['ig-06-pluto__travel.logged_out.2024-12.html', 'light', 'meta-color-scheme'],
  // data-tux-color-scheme="dark" data-theme="dark"
  ['tt-01-illojuan.profile.2025-12.html', 'dark', 'tiktok-tux'],
  ['tt-02-jelly.here10.rendered_dom.2026-04.html', 'dark', 'tiktok-tux'],
  // 2023: data-theme="light" only
  ['tt-03-dylanlemay.sigi_state.2023-02.html', 'light', 'tiktok-data-theme'],
  ['tt-04-alcaldiasa.rendered_dom.2026-05.html', 'light', 'tiktok-tux'],
  ['tt-05-webstoremd.profile.2025-03.html', 'dark', 'tiktok-tux'],
  ['tt-06-rapvietvevo.rendered_dom.2025-04.html', 'light', 'tiktok-tux'],
  ['tt-07-mariannas_pantry.profile.2024-12.html', 'dark', 'tiktok-tux'],
] as const;

describe.skipIf(!FOLDER)('site theme on real saved pages', () => {
  it.each(EXPECTED)('%s → %s (%s), whatever the system says', (file, theme, source) => {
    const text = readFileSync(join(FOLDER ?? '', file), 'utf8');
    const htmlTag = /<html[^>]*>/i.exec(text)?.[0];
    expect(htmlTag).toBeDefined();
    const meta = /<meta name="color-scheme"[^>]*>/i.exec(text)?.[0] ?? '';
    const window = new Window();
    window.document.write(`<!doctype html>${htmlTag}<head>${meta}</head><body></body></html>`);
    for (const prefersDark of [false, true]) {
      const signals = readThemeSignals(window.document as unknown as Document, prefersDark);
      expect(siteThemeOf(signals)).toEqual({ theme, source });
    }
  });
});
