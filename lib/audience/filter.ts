import type { ScoreReport } from '../model/report';

/**
 * The dashboard's audience-language filter: against the campaign the creator was scored for
 * (`match`, `mismatch`, `unsure`: too few comments to judge), `unmeasured` (no target languages
 * or no comments, or a report from before languages were measured), or `main:<code>`: most of
 * the audience's recognised comments are in that language.
 */
export type AudienceLanguageFilter = 'match' | 'mismatch' | 'unsure' | 'unmeasured' | `main:${string}`;

export const LANGUAGE_FIT_FILTERS = ['match', 'mismatch', 'unsure', 'unmeasured'] as const;

/** The language most of the audience's recognised comments are in, if any. */
export function mainLanguageOf(report: Pick<ScoreReport, 'audienceLanguages'>): string | undefined {
  const mix = report.audienceLanguages;
  return mix && mix.determined > 0 ? mix.languages[0]?.language : undefined;
}

export function matchesAudienceLanguage(
  report: Pick<ScoreReport, 'audienceLanguages'>,
  filter: AudienceLanguageFilter,
): boolean {
  if (filter.startsWith('main:')) return mainLanguageOf(report) === filter.slice(5);
  const fit = report.audienceLanguages?.fit;
  return filter === 'unmeasured' ? fit === undefined : fit === filter;
}

/** The main languages present in the shortlist, most creators first, for the filter menu. */
export function mainLanguagesOf(reports: Iterable<Pick<ScoreReport, 'audienceLanguages'>>): string[] {
  const counts = new Map<string, number>();
  for (const report of reports) {
    const main = mainLanguageOf(report);
    if (main) counts.set(main, (counts.get(main) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}
