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
  return { status: badgeStatus(entry, t), tooltip: badgeTooltip(entry, t, fmt) };
}

/** The visible text alone (a badge is drawn with it; the tooltip is made when it is shown). */
export function badgeStatus(entry: BadgeEntry, t: Translate): string {
  return t(`status.${entry.status}`);
}

export function badgeTooltip(entry: BadgeEntry, t: Translate, fmt: Formatters): string {
  return t('badge.tooltip', {
    handle: entry.handle,
    verdict: t(`verdict.${entry.verdict}`),
    status: badgeStatus(entry, t),
    fit: entry.fit === undefined ? '—' : String(Math.round(entry.fit)),
    er: entry.er === undefined ? '—' : fmt.percent(entry.er),
    date: fmt.date(entry.scoredAt),
  });
}
