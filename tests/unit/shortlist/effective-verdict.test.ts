import { describe, expect, it } from 'vitest';
import { effectiveVerdictOf } from '@/lib/shortlist/effective-verdict';

describe('effectiveVerdictOf', () => {
  it('keeps the scored verdict without an audit share', () => {
    expect(effectiveVerdictOf({ verdict: 'shortlist', auditFakeShare: undefined }, 20)).toEqual({
      verdict: 'shortlist',
      scored: 'shortlist',
    });
  });

  it('makes the verdict a reject, with the reason, when the audited share is above the campaign maximum', () => {
    expect(effectiveVerdictOf({ verdict: 'shortlist', auditFakeShare: 23.5 }, 20)).toEqual({
      verdict: 'reject',
      scored: 'shortlist',
      override: { code: 'audit-fake-share', share: 23.5, max: 20 },
    });
  });

  it('lets a share exactly at the maximum pass (the guide eliminates "more than 20 %")', () => {
    expect(effectiveVerdictOf({ verdict: 'review', auditFakeShare: 20 }, 20).verdict).toBe('review');
  });

  it('follows the campaign threshold', () => {
    expect(effectiveVerdictOf({ verdict: 'review', auditFakeShare: 12 }, 10).verdict).toBe('reject');
    expect(effectiveVerdictOf({ verdict: 'review', auditFakeShare: 12 }, undefined).verdict).toBe('review');
  });
});
