/** What a badge says, in the interface language. Pure. */
import type { Formatters, Translate } from '../i18n';
import type { BadgeEntry } from './index-data';

export interface BadgeText {
  /** The visible text: the pipeline status. */
  status: string;
  /** The tooltip: verdict, status, fit, ER and when it was last scored. */
  tooltip: string;
}

export function badgeText(entry: BadgeEntry, t: Translate, fmt: Formatters): BadgeText {
  const status = t(`status.${entry.status}`);
  return {
    status,
    tooltip: t('badge.tooltip', {
      handle: entry.handle,
      verdict: t(`verdict.${entry.verdict}`),
      status,
      fit: entry.fit === undefined ? '—' : String(Math.round(entry.fit)),
      er: entry.er === undefined ? '—' : fmt.percent(entry.er),
      date: fmt.date(entry.scoredAt),
    }),
  };
}
