import { describe, expect, it } from 'vitest';
import { CampaignSchema } from '@/lib/model';
import { campaignTotals, estimateReach, sizingCheck } from '@/lib/shortlist/campaign-totals';
import { makeEntry } from '@/tests/helpers/entries';

const campaign = CampaignSchema.parse({
  id: 'spring',
  name: 'Spring launch',
  objective: 'awareness',
  currency: 'EUR',
  budget: 2000,
  cpm: { instagram: 10, tiktok: 5 },
});

// Hand-computed (docs/method.md reach rates: 37.7 % < 20k, 22.9 % 20k–1M, 19.1 % > 1M).
const a = makeEntry({ handle: 'a', followers: 10_000, tier: 'micro', quotedPrice: 300, currency: 'EUR' });
// 50,000 × 22.9 % = 11,450; EMV 11,450 × 5 / 1000 = 57.25; no quote → TikTok 20k–100k band €120–1,500 → 810.
const b = makeEntry({
  handle: 'b',
  platform: 'tiktok',
  followers: 50_000,
  tier: 'micro',
  status: 'contacted',
});
// The report's own reach and EMV win; a £100 quote converts at 1 EUR = 0.85 GBP → €117.647…
const c = makeEntry(
  { handle: 'c', followers: 40_000, tier: 'micro', quotedPrice: 100, currency: 'GBP', status: 'published' },
  {
    campaignId: 'spring',
    reach: { perPost: 20_000, basis: 'median-views' },
    emv: { perPost: 200, impressions: 20_000, cpm: 10, currency: 'EUR' },
  },
);
const declined = makeEntry({
  handle: 'd',
  followers: 2_000_000,
  tier: 'mega',
  status: 'declined',
  quotedPrice: 9999,
});
const unknown = makeEntry(
  { handle: 'e', followers: undefined, tier: undefined },
  { followers: undefined, tier: undefined },
);

describe('campaignTotals', () => {
  const totals = campaignTotals([a, b, c, declined, unknown], campaign);

  it('counts creators by tier and status, leaving declined ones out of the sums', () => {
    expect(totals.count).toBe(4);
    expect(totals.declined).toBe(1);
    expect(totals.byTier).toEqual({ nano: 0, micro: 3, macro: 0, mega: 0, unknown: 1 });
    expect(totals.byStatus).toEqual({
      candidate: 2,
      contacted: 1,
      'brief-sent': 0,
      'in-review': 0,
      published: 1,
      declined: 1,
    });
  });

  it('sums reach from the reports when present, else followers × reach rate', () => {
    expect(totals.reach).toBeCloseTo(3_770 + 11_450 + 20_000, 6);
    expect(totals.reachFromReports).toBe(1);
    expect(totals.reachEstimated).toBe(2);
    expect(totals.reachMissing).toBe(1);
  });

  it('sums media value as impressions × CPM / 1000', () => {
    expect(totals.emv).toBeCloseTo(37.7 + 57.25 + 200, 6);
  });

  it('puts quoted prices (converted) and estimated prices against the budget', () => {
    expect(totals.quoted).toBeCloseTo(300 + 100 / 0.85, 6);
    expect(totals.quotedCount).toBe(2);
    expect(totals.converted).toBe(1);
    expect(totals.estimated).toBe(810);
    expect(totals.estimatedCount).toBe(1);
    expect(totals.priceMissing).toBe(1);
    expect(totals.cost).toBeCloseTo(300 + 100 / 0.85 + 810, 6);
    expect(totals.remaining).toBeCloseTo(2000 - (300 + 100 / 0.85 + 810), 6);
  });

  it('checks the guide sizing: 4 creators is below the 10–20 of an awareness campaign', () => {
    expect(totals.sizing).toEqual({
      objective: 'awareness',
      advice: { min: 10, max: 20 },
      counted: 4,
      state: 'below',
    });
  });

  it('uses the fair price band of the report when there is no quote', () => {
    const banded = makeEntry(
      { handle: 'f', followers: 30_000 },
      { priceBand: { min: 200, max: 400, currency: 'EUR', source: 'x' } },
    );
    expect(campaignTotals([banded], campaign).estimated).toBe(300);
  });

  it('has no remaining budget without a budget', () => {
    const noBudget = CampaignSchema.parse({ id: 'x', name: 'x' });
    expect(campaignTotals([a], noBudget).remaining).toBeUndefined();
  });
});

describe('sizingCheck', () => {
  it('counts well-aligned creators for conversion (3–5)', () => {
    expect(sizingCheck('conversion', 12, 4).state).toBe('within');
    expect(sizingCheck('conversion', 12, 2).state).toBe('below');
    expect(sizingCheck('conversion', 12, 6).state).toBe('above');
  });
  it('uses every counted creator for awareness (10–20)', () => {
    expect(sizingCheck('awareness', 10, 0).state).toBe('within');
    expect(sizingCheck('awareness', 21, 0).state).toBe('above');
  });
  it('gives no advice for engagement (the guide has none)', () => {
    expect(sizingCheck('engagement', 7, 3)).toEqual({
      objective: 'engagement',
      counted: 7,
      state: 'no-advice',
    });
  });
  it('counts aligned creators on the shown verdict', () => {
    const conv = CampaignSchema.parse({ id: 'c', name: 'c', objective: 'conversion' });
    const ok = makeEntry({ handle: 'ok', verdict: 'shortlist' });
    const faked = makeEntry({ handle: 'fk', verdict: 'shortlist', auditFakeShare: 40 });
    expect(campaignTotals([ok, faked], conv).aligned).toBe(1);
  });
});

describe('estimateReach', () => {
  it('uses the boundary rates: 20k is in the 22.9 % band, 1M in the 19.1 % band', () => {
    expect(estimateReach(makeEntry({ followers: 19_999 })).reach).toBeCloseTo(19_999 * 0.377, 6);
    expect(estimateReach(makeEntry({ followers: 20_000 })).reach).toBeCloseTo(20_000 * 0.229, 6);
    expect(estimateReach(makeEntry({ followers: 1_000_000 })).reach).toBeCloseTo(191_000, 6);
  });
});
