import { useEffect, useMemo, useState } from 'react';
import { createFormatters, createTranslator, type Formatters } from '@/lib/i18n';
import {
  loadUiLanguage,
  resolveUiLocale,
  type UiLanguage,
  watchUiLanguage,
} from '@/lib/settings/ui-language';

/** @deprecated Formatters of lib/i18n have every formatter now; kept until the workspace reads them from useFormat(). */
export const createUiFormatters = createFormatters;
export type UiFormatters = Formatters;

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
    return { locale, language, t: createTranslator(locale), fmt: createFormatters(locale) };
  }, [language]);
}
