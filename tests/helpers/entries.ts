import type { ScoredEntry, ScoreReport, ShortlistEntry } from '@/lib/model';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from './reports';

/** A shortlist row built the way the repository builds it, with row and report overrides. */
export function makeEntry(
  row: Partial<ShortlistEntry> & { handle?: string } = {},
  report: Partial<ScoreReport> = {},
): ShortlistEntry {
  const handle = row.handle ?? 'lea.cuisine';
  const platform = row.platform ?? 'instagram';
  const base = entryFromReport(
    makeReport({
      handle,
      platform,
      url: `https://www.${platform}.com/${handle}/`,
      ...('followers' in row ? { followers: row.followers } : {}),
      ...('tier' in row ? { tier: row.tier } : {}),
      ...report,
    }),
    row.addedAt ?? 1_000,
  );
  return { ...base, ...row, id: `${platform}:${handle.toLowerCase()}` };
}

/** The same row with its whole latest report, as the comparison reads it (from the score history). */
export function makeScoredEntry(
  row: Partial<ShortlistEntry> & { handle?: string } = {},
  report: Partial<ScoreReport> = {},
): ScoredEntry {
  const entry = makeEntry(row, report);
  const whole = makeReport({
    handle: entry.handle,
    platform: entry.platform,
    url: entry.url,
    ...('followers' in row ? { followers: row.followers } : {}),
    ...('tier' in row ? { tier: row.tier } : {}),
    ...report,
  });
  return { ...entry, report: whole };
}
