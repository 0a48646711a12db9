import { type MessageKey as CoreKey, en, fr } from './messages';
import { type CardMessageKey, enCard, frCard } from './messages-card';
import { enRules, frRules, type RuleMessageKey } from './messages-rules';
import { enSync, frSync, type SyncMessageKey } from './messages-sync';

export type MessageKey = CoreKey | SyncMessageKey | CardMessageKey | RuleMessageKey;
export type UiLocale = 'en' | 'fr';

const enAll: Record<MessageKey, string> = { ...en, ...enSync, ...enCard, ...enRules };
const tables: Record<UiLocale, Record<MessageKey, string>> = {
  en: enAll,
  fr: { ...fr, ...frSync, ...frCard, ...frRules },
};

/** French for any fr-* browser language, English otherwise. */
export function pickLocale(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function createTranslator(locale: UiLocale): Translate {
  const table = tables[locale];
  return (key, params) => {
    const template = table[key] ?? enAll[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Formats numbers, percents and dates for the UI locale. */
export function createFormatters(locale: UiLocale) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-US';
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const money = new Map<string, Intl.NumberFormat>();
  return {
    locale,
    integer: (n: number) => integer.format(n),
    compact: (n: number) =>
      new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }).format(n),
    money: (amount: number, currency: string) => {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
        money.set(currency, format);
      }
      return format.format(amount);
    },
    percent: (n: number) => `${pct.format(n)} %`,
    date: (ms: number) => date.format(ms),
    dateTime: (ms: number) => dateTime.format(ms),
  };
}
export type Formatters = ReturnType<typeof createFormatters>;
