import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN, ExtractionSchema } from '@/lib/model';
import { scoreProfile } from '@/lib/scoring';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('overall fit needs a measured engagement', () => {
  it('gives no fit for a private account, even though reach and price can be estimated from followers', () => {
    const extraction = ExtractionSchema.parse({
      snapshot: {
        platform: 'instagram',
        handle: 'secret.garden',
        url: 'https://www.instagram.com/secret.garden/',
        capturedAt: NOW,
        pageState: 'private',
        isPrivate: true,
        followers: 8_765,
        posts: [],
      },
      provenance: { followers: 'dom' },
      problems: [],
    });
    const report = scoreProfile({
      extraction,
      evidence: { comments: [] },
      campaign: DEFAULT_CAMPAIGN,
      now: NOW,
    });
    expect(report.verdict).toBe('reject');
    expect(report.fit).toBeUndefined();
    expect(report.reach?.perPost).toBeGreaterThan(0);
    expect(report.reasons.map((r) => r.code)).toContain('fit-needs-engagement');
  });
});
