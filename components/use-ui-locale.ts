import { useEffect, useMemo, useState } from 'react';
import { createFormatters, createTranslator, type UiLocale } from '@/lib/i18n';
import {
  loadUiLanguage,
  resolveUiLocale,
  type UiLanguage,
  watchUiLanguage,
} from '@/lib/settings/ui-language';

/** The shared formatters plus one-decimal numbers for the workspace; every one is total (any input gives text). */
export function createUiFormatters(locale: UiLocale) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-US';
  const base = createFormatters(locale);
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return {
    ...base,
    decimal1: (n: number) => (typeof n === 'number' && Number.isFinite(n) ? oneDecimal.format(n) : '—'),
  };
}
export type UiFormatters = ReturnType<typeof createUiFormatters>;

/**
 * Translator and formatters for the interface language: the stored choice (auto / English /
 * Français), the browser language until it has loaded, and live when it changes.
 */
export function useUiLocale() {
  const [language, setLanguage] = useState<UiLanguage>('auto');
  useEffect(() => {
    let alive = true;
    void loadUiLanguage()
      .then((value) => {
        if (alive) setLanguage(value);
      })
      .catch(() => {});
    const stop = watchUiLanguage((value) => setLanguage(value));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return useMemo(() => {
    const locale = resolveUiLocale(language, globalThis.navigator?.language);
    return { locale, language, t: createTranslator(locale), fmt: createUiFormatters(locale) };
  }, [language]);
}
