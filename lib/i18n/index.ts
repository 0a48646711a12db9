import { type MessageKey as CoreKey, en, fr } from './messages';
import { type CardMessageKey, enCard, frCard } from './messages-card';
import { enIntegrity, frIntegrity, type IntegrityMessageKey } from './messages-integrity';
import { enProblems, frProblems, type ProblemMessageKey } from './messages-problems';
import { enRules, frRules, type RuleMessageKey } from './messages-rules';
import { enSync, frSync, type SyncMessageKey } from './messages-sync';

export type MessageKey =
  | CoreKey
  | SyncMessageKey
  | CardMessageKey
  | IntegrityMessageKey
  | ProblemMessageKey
  | RuleMessageKey;
export type UiLocale = 'en' | 'fr';

const enAll: Record<MessageKey, string> = {
  ...en,
  ...enSync,
  ...enCard,
  ...enIntegrity,
  ...enProblems,
  ...enRules,
};
const tables: Record<UiLocale, Record<MessageKey, string>> = {
  en: enAll,
  fr: { ...fr, ...frSync, ...frCard, ...frIntegrity, ...frProblems, ...frRules },
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

/** A message for the user as a key and its values, so each screen can say it in its language. */
export interface Said {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** English, for messages built where no language is known (logs, tests, `Error.message`). */
export const english: Translate = (key, params) => createTranslator('en')(key, params);

/** An error whose message the interface can translate (`said`); `message` is the English. */
export class UserError extends Error {
  constructor(
    readonly said: Said,
    options?: { cause?: unknown },
  ) {
    super(english(said.key, said.params), options);
    this.name = 'UserError';
  }
}

/** What to show the user for any thrown value, in their language when the error says how. */
export function explain(error: unknown, t: Translate): string {
  const said = (error as { said?: Said } | null)?.said;
  if (said && typeof said.key === 'string') return t(said.key, said.params);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Shown for a number or a time that cannot be formatted (never thrown: one bad value must not take a page). */
const UNKNOWN = '—';

/** Formats numbers, percents and dates for the UI locale. Every formatter is total: any input gives text. */
export function createFormatters(locale: UiLocale) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-US';
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const money = new Map<string, Intl.NumberFormat | undefined>();
  const number = (format: Intl.NumberFormat) => (n: number) =>
    typeof n === 'number' && Number.isFinite(n) ? format.format(n) : UNKNOWN;
  const time = (format: Intl.DateTimeFormat) => (ms: number) =>
    isFormattableTime(ms) ? format.format(ms) : UNKNOWN;
  return {
    locale,
    integer: number(integer),
    compact: number(compact),
    money: (amount: number, currency: string) => {
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return UNKNOWN;
      if (!money.has(currency)) {
        try {
          money.set(
            currency,
            new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }),
          );
        } catch {
          money.set(currency, undefined);
        }
      }
      const format = money.get(currency);
      return format ? format.format(amount) : `${integer.format(amount)} ${String(currency).slice(0, 10)}`;
    },
    percent: (n: number) => (typeof n === 'number' && Number.isFinite(n) ? `${pct.format(n)} %` : UNKNOWN),
    date: time(date),
    dateTime: time(dateTime),
  };
}
export type Formatters = ReturnType<typeof createFormatters>;

/** ±8.64e15 ms is the whole range a `Date` holds. */
export function isFormattableTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** An ISO 8601 date-time for a file (CSV, logs); empty when the time cannot be a `Date`. */
export function isoTime(ms: number | undefined): string {
  return ms !== undefined && isFormattableTime(ms) ? new Date(ms).toISOString() : '';
}
