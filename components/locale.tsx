import { createContext, type ReactNode, useContext } from 'react';
import {
  createFormatters,
  createTranslator,
  type Formatters,
  type Translate,
  type UiLocale,
} from '@/lib/i18n';

/** The interface language, its translator and its formatters, given once at the root of a page. */
export interface Locale {
  locale: UiLocale;
  t: Translate;
  fmt: Formatters;
}

const LocaleContext = createContext<Locale | null>(null);

let english: Locale | undefined;
/** Outside a provider (a component rendered on its own), the interface speaks English. */
function fallback(): Locale {
  english ??= { locale: 'en', t: createTranslator('en'), fmt: createFormatters('en') };
  return english;
}

export function LocaleProvider({ value, children }: { value: Locale; children: ReactNode }) {
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

/** The translator of the interface language. */
export function useT(): Translate {
  return (useContext(LocaleContext) ?? fallback()).t;
}

/** Number, money and date formatters of the interface language. */
export function useFormat(): Formatters {
  return (useContext(LocaleContext) ?? fallback()).fmt;
}

/** The interface language itself, for what a translator does not cover (a document language tag). */
export function useLocale(): UiLocale {
  return (useContext(LocaleContext) ?? fallback()).locale;
}
