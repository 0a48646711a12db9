/**
 * Which theme the site is showing, so the card on the page matches it.
 *
 * How the two sites mark it on the document (seen in pages saved from both sites, 2022–2026):
 * - Instagram (Meta's web design system): `<html class="… __fb-dark-mode">` in dark mode and
 *   `__fb-light-mode` (or neither) in light mode; it also writes `<meta name="color-scheme"
 *   content="dark">` / `"light"`.
 * - TikTok: `<html data-tux-color-scheme="dark">` (2024 on) and, on many pages,
 *   `<html data-theme="dark">` (older pages: only `data-theme`); `"light"` otherwise.
 * When the page says nothing (a page still loading, a new markup), the system's
 * `prefers-color-scheme` decides, as the extension pages do.
 */
export type Theme = 'light' | 'dark';

/** What the document says about its theme: the raw values, read by `readThemeSignals`. */
export interface ThemeSignals {
  /** `class` of <html>. */
  htmlClass: string;
  /** `data-tux-color-scheme` of <html> (TikTok). */
  tuxColorScheme: string | null;
  /** `data-theme` of <html> (TikTok). */
  dataTheme: string | null;
  /** `content` of `<meta name="color-scheme">`. */
  metaColorScheme: string | null;
  /** The system's `prefers-color-scheme: dark`. */
  prefersDark: boolean;
}

export type ThemeSource =
  | 'instagram-class'
  | 'tiktok-tux'
  | 'tiktok-data-theme'
  | 'meta-color-scheme'
  | 'system';

function named(value: string | null): Theme | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'dark' || v === 'light' ? v : undefined;
}

/** The site's theme and the signal it was read from; pure. */
export function siteThemeOf(signals: ThemeSignals): { theme: Theme; source: ThemeSource } {
  const classes = signals.htmlClass.split(/\s+/);
  if (classes.includes('__fb-dark-mode')) return { theme: 'dark', source: 'instagram-class' };
  if (classes.includes('__fb-light-mode')) return { theme: 'light', source: 'instagram-class' };
  const tux = named(signals.tuxColorScheme);
  if (tux) return { theme: tux, source: 'tiktok-tux' };
  const dataTheme = named(signals.dataTheme);
  if (dataTheme) return { theme: dataTheme, source: 'tiktok-data-theme' };
  // Only a single scheme is a statement; "light dark" means "either", so the system decides.
  const meta = named(signals.metaColorScheme);
  if (meta) return { theme: meta, source: 'meta-color-scheme' };
  return { theme: signals.prefersDark ? 'dark' : 'light', source: 'system' };
}

/** Reads the signals from a document (`prefersDark` from the window's media query). */
export function readThemeSignals(doc: Document, prefersDark: boolean): ThemeSignals {
  const html = doc.documentElement;
  return {
    htmlClass: html?.getAttribute('class') ?? '',
    tuxColorScheme: html?.getAttribute('data-tux-color-scheme') ?? null,
    dataTheme: html?.getAttribute('data-theme') ?? null,
    metaColorScheme: doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null,
    prefersDark,
  };
}

/** The attributes of <html> that carry the theme (watched for changes). */
export const THEME_ATTRIBUTES = ['class', 'data-tux-color-scheme', 'data-theme'] as const;

/**
 * Calls `onChange` with the site's theme now and each time it changes (the site's own switch,
 * the system's setting); returns a function that stops watching. Watches only <html>'s own
 * attributes and the media query, never the whole document.
 */
export function watchSiteTheme(doc: Document, onChange: (theme: Theme) => void): () => void {
  const view = doc.defaultView;
  const query = view?.matchMedia?.('(prefers-color-scheme: dark)');
  let last: Theme | undefined;
  const check = () => {
    const { theme } = siteThemeOf(readThemeSignals(doc, query?.matches ?? false));
    if (theme === last) return;
    last = theme;
    onChange(theme);
  };
  check();
  const Observer = (view as (Window & typeof globalThis) | null)?.MutationObserver;
  const observer = Observer ? new Observer(check) : undefined;
  if (doc.documentElement) {
    observer?.observe(doc.documentElement, { attributes: true, attributeFilter: [...THEME_ATTRIBUTES] });
  }
  query?.addEventListener?.('change', check);
  return () => {
    observer?.disconnect();
    query?.removeEventListener?.('change', check);
  };
}
