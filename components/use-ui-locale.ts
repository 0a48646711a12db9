import { useEffect, useMemo, useState } from 'react';
import { createFormatters, createTranslator, type UiLocale } from '@/lib/i18n';
import {
  loadUiLanguage,
  resolveUiLocale,
  type UiLanguage,
  watchUiLanguage,
} from '@/lib/settings/ui-language';

/** The shared formatters plus money (Intl currency format) and compact numbers for the workspace. */
export function createUiFormatters(locale: UiLocale) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-US';
  const base = createFormatters(locale);
  const money = new Map<string, Intl.NumberFormat>();
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return {
    ...base,
    money(amount: number, currency: string): string {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
        money.set(currency, format);
      }
      return format.format(amount);
    },
    compact: (n: number) => compact.format(n),
    decimal1: (n: number) => oneDecimal.format(n),
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
