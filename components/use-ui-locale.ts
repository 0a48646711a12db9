import { useMemo } from 'react';
import { createFormatters, createTranslator, pickLocale } from '@/lib/i18n';

/** Translator and formatters for the browser's language (English or French). */
export function useUiLocale() {
  return useMemo(() => {
    const locale = pickLocale(globalThis.navigator?.language);
    return { locale, t: createTranslator(locale), fmt: createFormatters(locale) };
  }, []);
}
