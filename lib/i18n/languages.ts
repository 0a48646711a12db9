import type { Translate, UiLocale } from './index';

const names = new Map<UiLocale, Intl.DisplayNames | null>();

/**
 * A language's name in the UI language ("fr" → "French" / "français"), from the browser's own
 * tables (Intl.DisplayNames); the code itself where the browser has no name for it.
 */
export function languageName(code: string, locale: UiLocale): string {
  let display = names.get(locale);
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      display = null;
    }
    names.set(locale, display);
  }
  try {
    return display?.of(code) ?? code;
  } catch {
    // Not a well-formed language tag (a stored report is text): show it as it is.
    return code;
  }
}

/** "French or English": the target languages in one phrase. */
export function languageList(codes: readonly string[], t: Translate, locale: UiLocale): string {
  return codes.map((c) => languageName(c, locale)).join(t('reason.language-or'));
}
