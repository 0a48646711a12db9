import type { Thresholds } from '../model/campaign';
import { type AppError, appErrorOf } from '../result';
import type { CommentRule } from '../scoring/comment-rules';
import { en, type MessageKey } from './en';
import { describeCode } from './error-text';
import { fr } from './fr';

export { csvIssueText, describeCsvProblem, describeSkipped } from './error-text';
export type { MessageKey };
export type UiLocale = 'en' | 'fr';

const tables: Record<UiLocale, Record<MessageKey, string>> = { en, fr };

/** Every classifier rule and every editable threshold has its text (a missing one fails the build). */
type Covered<K extends string> = K extends MessageKey ? true : K;
const _rulesCovered: Covered<`rule.${CommentRule}`> = true;
const _thresholdsCovered: Covered<`threshold.${keyof Thresholds}`> = true;
void _rulesCovered;
void _thresholdsCovered;

/** French for any fr-* browser language, English otherwise. */
export function pickLocale(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A count with its noun, singular for one: "1 post", "6 posts" ("1 publication" in French). */
export function countText(t: Translate, noun: 'comments' | 'posts', n: number): string {
  return t(n === 1 ? `card.count.${noun}.one` : `card.count.${noun}.other`, { n });
}

export function createTranslator(locale: UiLocale): Translate {
  const table = tables[locale];
  return (key, params) => {
    const template = table[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Whether `key` is a key of the interface's texts (for keys read from data, e.g. a settings field). */
function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The text of a key built from data (a settings field, an object's own key); where this version
 * has no text for it, the key's last part, spelled out ("minErInstagram" → "Min Er Instagram").
 */
export function labelOf(key: string, t: Translate): string {
  if (isMessageKey(key)) return t(key);
  const name = key.slice(key.lastIndexOf('.') + 1);
  return name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** The options page's label for a threshold. */
export function thresholdLabel(key: string, t: Translate): string {
  return labelOf(`threshold.${key}`, t);
}

/** English, for messages built where no language is known (logs, tests, `Error.message`). */
export const english: Translate = (key, params) => createTranslator('en')(key, params);

/** A refused campaign setting named as the options page labels it, with the rule it breaks. */
function settingText(error: AppError, t: Translate): string {
  const { field, kind, limit } = error.params ?? {};
  const name = typeof field === 'string' ? field : undefined;
  const label =
    name === undefined
      ? undefined
      : name.startsWith('cpm.')
        ? t('options.cpm', { platform: labelOf(`platform.${name.slice(4)}`, t) })
        : thresholdLabel(name, t);
  const rule =
    kind === 'min' || kind === 'max'
      ? t(kind === 'min' ? 'options.err.min' : 'options.err.max', { limit: limit ?? 0 })
      : kind === 'number'
        ? t('options.err.number')
        : kind === 'required'
          ? t('options.err.required')
          : (error.detail ?? t('error.unexpected'));
  return label ? t('error.invalid-setting', { label, rule }) : rule;
}

/**
 * A failure in the user's language: its code's sentence (numbers in the user's format when the
 * screen passes its formatters), with the technical detail after it when there is one (a
 * refused setting says its field and rule instead; a refused file, that nothing was imported).
 */
export function describeError(error: AppError, t: Translate, fmt?: Formatters): string {
  if (error.code === 'invalid-setting') return settingText(error, t);
  return describeCode(error, t, fmt ?? englishFormats());
}

let englishFormatters: Formatters | undefined;
/** Numbers as English writes them, where a caller has no formatters of its screen. */
function englishFormats(): Formatters {
  englishFormatters ??= createFormatters('en');
  return englishFormatters;
}

/** What to show the user for any thrown value: in their language when it carries a code. */
export function explain(error: unknown, t: Translate, fmt?: Formatters): string {
  const coded = appErrorOf(error);
  if (coded) return describeError(coded, t, fmt);
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
  const upTo1 = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const upTo2 = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    locale,
    integer: number(integer),
    /** At most one decimal: 4.56 → "4.6". */
    decimal1: number(upTo1),
    /** At most two decimals, trailing zeros dropped: 5000 → "5,000", 2.5 → "2.5". */
    number: number(upTo2),
    /** Exactly two decimals, no unit: 0.254 → "0.25". */
    decimal2: number(pct),
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
    /** A share of a count, at most one decimal: 50 → "50 %", 62.5 → "62.5 %" (an ER keeps `percent`'s two). */
    share: (n: number) => (typeof n === 'number' && Number.isFinite(n) ? `${upTo1.format(n)} %` : UNKNOWN),
    date: time(date),
    dateTime: time(dateTime),
  };
}
export type Formatters = ReturnType<typeof createFormatters>;

/** ±8.64e15 ms is the whole range a `Date` holds. */
function isFormattableTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** An ISO 8601 date-time for a file (CSV, logs); empty when the time cannot be a `Date`. */
export function isoTime(ms: number | undefined): string {
  return ms !== undefined && isFormattableTime(ms) ? new Date(ms).toISOString() : '';
}
