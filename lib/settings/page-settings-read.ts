/**
 * Reading the page settings (lib/settings/page-settings.ts) without the validation library: the
 * always-on content scripts read them and must stay free of it. Anything unreadable falls back
 * to the default, field by field.
 */
export interface PageSettings {
  /** Score a creator's profile as soon as it opens (off by default). */
  autoScore: boolean;
  /** Mark links to shortlisted creators with a badge (on by default). */
  badges: boolean;
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = { autoScore: false, badges: true };

/** The key in `storage.local` (wxt's `local:pageSettings`). */
export const PAGE_SETTINGS_KEY = 'pageSettings';

export function readPageSettings(stored: unknown): PageSettings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    autoScore: typeof value.autoScore === 'boolean' ? value.autoScore : DEFAULT_PAGE_SETTINGS.autoScore,
    badges: typeof value.badges === 'boolean' ? value.badges : DEFAULT_PAGE_SETTINGS.badges,
  };
}
