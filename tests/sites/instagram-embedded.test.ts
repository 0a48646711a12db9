// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '@/lib/model';
import { scoreProfile } from '@/lib/scoring';
import { extractInstagramProfile } from '@/lib/sites/instagram/extract';
import { fixtureDocument } from './fixture-loader';

// The fixture's posts are dated against this instant (2025-11-25T12:00:00Z).
const NOW = 1_764_072_000_000;
const URL = 'https://www.instagram.com/chloe.cuisine/';

describe('posts the server prefetched into the HTML (logged-in first load)', () => {
  const result = extractInstagramProfile({
    doc: fixtureDocument('instagram', 'embedded-timeline.html'),
    url: URL,
    captured: [],
    now: NOW,
  });

  it('reads the first page of posts from deep inside the data-sjs script, marked as embedded', () => {
    expect(result.snapshot.posts.map((p) => p.id).sort()).toEqual([
      'DemB00xyz',
      'DemB01xyz',
      'DemB02xyz',
      'DemB03xyz',
      'DemB04xyz',
      'DemB05xyz',
      'DemB06xyz',
      'DemB07xyz',
    ]);
    expect(result.snapshot.posts).toHaveLength(8);
    expect(result.snapshot.posts.every((p) => p.source === 'embedded')).toBe(true);
    expect(result.snapshot.posts.find((p) => p.id === 'DemB00xyz')?.pinned).toBe(true);
    expect(result.snapshot.posts.find((p) => p.id === 'DemB07xyz')).toMatchObject({
      likesHidden: true,
      likes: undefined,
    });
  });

  it('ignores a stale prefetched timeline that belongs to another account', () => {
    expect(result.snapshot.posts.some((p) => p.id === 'DemB20xyz')).toBe(false);
  });

  it('scores it like posts the page fetched: ER over the 6 eligible posts, pinned and hidden-likes excluded', () => {
    const report = scoreProfile({
      extraction: result,
      evidence: { comments: [] },
      campaign: DEFAULT_CAMPAIGN,
      now: NOW,
    });
    // likes 410, 420, 430, 440, 450, 460 + 20 comments each, over 12,345 followers:
    // (430+440+450+460+470+480) / 6 / 12,345 × 100 = 455 / 12,345 × 100 = 3.6857…
    expect(report.followers).toBe(12_345);
    expect(report.engagement.used).toHaveLength(6);
    expect(report.engagement.erMean).toBeCloseTo((455 / 12_345) * 100, 6);
    expect(report.engagement.excluded.map((e) => e.reason).sort()).toEqual(['likes-hidden', 'pinned']);
  });
});
