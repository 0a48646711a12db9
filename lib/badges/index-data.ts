/**
 * The shortlist as the badges on links need it: per creator, the verdict (its colour), the
 * pipeline status and what the tooltip says (fit, ER, last scored). Built by the background from
 * the stored rows, sent once to each tab that asks, kept there in memory (lib/badges/badge-index.ts).
 * Pure; types free of the validation library.
 */
import type { Platform, ShortlistEntry, Status, Verdict } from '../model';
import { effectiveVerdictOf } from '../shortlist/effective-verdict';

export interface BadgeEntry {
  platform: Platform;
  /** Lower case, without `@`. */
  handle: string;
  verdict: Verdict;
  status: Status;
  fit?: number;
  /** Mean engagement rate, percent. */
  er?: number;
  /** When the latest score was taken (ms). */
  scoredAt: number;
}

export interface BadgeIndexPayload {
  entries: BadgeEntry[];
}

/** One shortlist row as a badge entry (the verdict shown is the dashboard's, audit included). */
export function badgeEntryOf(
  row: Pick<
    ShortlistEntry,
    'platform' | 'handle' | 'verdict' | 'status' | 'erMean' | 'auditFakeShare' | 'report'
  >,
  maxFakeShare: number | undefined,
): BadgeEntry {
  const entry: BadgeEntry = {
    platform: row.platform,
    handle: row.handle.toLowerCase().replace(/^@/, ''),
    verdict: effectiveVerdictOf(row, maxFakeShare).verdict,
    status: row.status,
    scoredAt: row.report.scoredAt,
  };
  if (row.report.fit !== undefined) entry.fit = row.report.fit;
  if (row.erMean !== undefined) entry.er = row.erMean;
  return entry;
}
