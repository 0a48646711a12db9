/** What a badge says, in the interface language. Pure. */
import type { Formatters, Translate } from '../i18n';
import { type Status, StatusSchema } from '../model';
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

/**
 * The visible text alone (a badge is drawn with it; the tooltip is made when it is shown): the
 * status in a short form, as every badge is as wide as the longest (lib/badges/badge-width.ts).
 */
export function badgeStatus(entry: Pick<BadgeEntry, 'status'>, t: Translate): string {
  return t(`badge.status.${entry.status}`);
}

/** Every text a badge can show (its width fits the widest). */
export function badgeLabels(t: Translate): string[] {
  return StatusSchema.options.map((status: Status) => badgeStatus({ status }, t));
}

export function badgeTooltip(entry: BadgeEntry, t: Translate, fmt: Formatters): string {
  return t('badge.tooltip', {
    handle: entry.handle,
    verdict: t(`verdict.${entry.verdict}`),
    status: t(`status.${entry.status}`),
    fit: entry.fit === undefined ? '—' : String(Math.round(entry.fit)),
    er: entry.er === undefined ? '—' : fmt.percent(entry.er),
    date: fmt.date(entry.scoredAt),
  });
}
