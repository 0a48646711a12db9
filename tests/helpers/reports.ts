import { type ScoreReport, ScoreReportSchema } from '@/lib/model';

/** A valid score report with the given overrides, for storage and export tests. */
export function makeReport(overrides: Partial<ScoreReport> = {}): ScoreReport {
  return ScoreReportSchema.parse({
    platform: 'instagram',
    handle: 'lea.cuisine',
    displayName: 'Léa Cuisine',
    url: 'https://www.instagram.com/lea.cuisine/',
    scoredAt: Date.UTC(2026, 10, 20, 10, 0, 0),
    campaignId: 'default',
    pageState: 'ok',
    followers: 12_345,
    tier: 'micro',
    engagement: {
      erMean: 4.567,
      erMedian: 4.2,
      minimum: 3,
      used: [{ postId: 'p1', likes: 500, comments: 20, erFollowers: 4.21 }],
      excluded: [{ postId: 'p0', reason: 'pinned' }],
      confidence: 'high',
    },
    verdict: 'shortlist',
    reasons: [],
    problems: [],
    provenance: { followers: 'dom' },
    ...overrides,
  });
}
