import { describe, expect, it } from 'vitest';
import { createFormatters, createTranslator } from '@/lib/i18n';
import { priceBandSource } from '@/lib/i18n/score-text';
import { priceBandFor, reachRateFor } from '@/lib/scoring/benchmarks';
import { estimateReach, scoreReach } from '@/lib/scoring/reach';
import { mediaValue, scoreValueForMoney } from '@/lib/scoring/value';
import { explanationSays, reasonSays } from '@/tests/helpers/score-text';
import { campaign, contextFor, DAY, extraction, NOW, post, postsWith } from './builders';

const T = { en: createTranslator('en'), fr: createTranslator('fr') };
const F = { en: createFormatters('en'), fr: createFormatters('fr') };

describe('reach', () => {
  it.each([
    [19_999, 0.377],
    [20_000, 0.229],
    [999_999, 0.229],
    [1_000_000, 0.191],
  ])('uses the minter.io feed reach rate for %i followers: %f', (followers, rate) => {
    expect(reachRateFor(followers).rate).toBe(rate);
  });

  it('estimates Instagram reach as followers × rate and scores it on log10', () => {
    // 10,000 × 0.377 = 3,770 per post; (log10 3,770 − 2) / 4 × 100 = (3.5763 − 2) / 4 × 100 = 39.41
    const ctx = contextFor(extraction({ followers: 10_000, posts: postsWith([[100, 5]]) }));
    const r = scoreReach(ctx);
    expect(r.reach).toMatchObject({ perPost: 3_770, basis: 'followers-x-rate', rate: 0.377 });
    expect(r.subscore.value).toBe(39.4);
  });

  it('uses the median views of eligible videos on TikTok', () => {
    const posts = [8_000, 20_000, 12_000].map((views, i) =>
      post({ type: 'video', views, shares: 1, takenAt: NOW - (4 + i) * DAY }),
    );
    const ctx = contextFor(extraction({ platform: 'tiktok', followers: 50_000, posts }));
    expect(estimateReach(ctx)).toMatchObject({ perPost: 12_000, basis: 'median-views' });
  });

  it('gives the awareness sweet spot (50k–100k) a 10-point bonus and no bonus at 100k', () => {
    const at = (followers: number, objective: 'awareness' | 'engagement') =>
      scoreReach(contextFor(extraction({ followers, posts: [] }), campaign({ objective }))).subscore.value ??
      0;
    // 60,000 × 0.229 = 13,740 → (4.1380 − 2) / 4 × 100 = 53.45
    expect(at(60_000, 'engagement')).toBeCloseTo(53.45, 0);
    expect(at(60_000, 'awareness') - at(60_000, 'engagement')).toBeCloseTo(10, 5);
    expect(at(100_000, 'awareness')).toBe(at(100_000, 'engagement'));
  });

  it('has no data without followers or views', () => {
    expect(
      scoreReach(contextFor(extraction({ followers: undefined, posts: [] }))).subscore.value,
    ).toBeUndefined();
  });
});

describe('value', () => {
  it("reproduces the guide's example: 100,000 impressions at €5 CPM is €500", () => {
    expect(mediaValue(100_000, 5)).toBe(500);
  });

  it('compares media value per post with the quote and flags a quote above the band and above 5× EMV', () => {
    // reach 3,770 × €10 CPM / 1000 = €37.70 per post; band 3k–20k Instagram €150–300.
    const ctx = contextFor(extraction({ followers: 10_000, posts: [] }));
    const fair = scoreValueForMoney(ctx, estimateReach(ctx), 200);
    expect(fair.emv).toEqual({ perPost: 37.7, impressions: 3_770, cpm: 10, currency: 'EUR' });
    expect(fair.priceBand).toMatchObject({ min: 150, max: 300, currency: 'EUR' });
    // 37.70 / 200 = 0.1885 → 0.1885 / 0.2 × 10 = 9.425
    expect(fair.subscore.value).toBe(9.4);
    // 200 > 5 × 37.70 = 188.50
    expect(fair.reasons.map((r) => r.code)).toEqual(['quote-above-emv']);
    const high = scoreValueForMoney(ctx, estimateReach(ctx), 400);
    expect(high.reasons.map((r) => r.code)).toEqual(['quote-above-band', 'quote-above-emv']);
    expect(high.reasons[0]?.params).toEqual({ quote: 400, min: 150, max: 300, currency: 'EUR' });
    expect(reasonSays(high.reasons[0])).toBe('Quoted €400 is above the fair band of €150–€300 per post.');
  });

  it('falls back to the band midpoint without a quote, with low confidence', () => {
    // 37.70 / 225 = 0.1676 → 8.38
    const ctx = contextFor(extraction({ followers: 10_000, posts: [] }));
    const v = scoreValueForMoney(ctx, estimateReach(ctx));
    expect(v.subscore.value).toBe(8.4);
    expect(v.subscore.confidence).toBe('low');
  });

  it('converts the French EUR price band into GBP with the documented rate', () => {
    expect(priceBandFor('tiktok', 10_000, 'GBP')).toMatchObject({ min: 250 * 0.85, max: 450 * 0.85 });
    const gbp = priceBandFor('instagram', 30_000, 'GBP');
    expect(gbp).toEqual({
      min: 150 * 0.85,
      max: 800 * 0.85,
      currency: 'GBP',
      source: 'The guide: €150–800 at 20–50k',
      eurRate: 0.85,
    });
    expect(gbp && priceBandSource(gbp, T.en, F.en)).toBe(
      'The guide: €150–800 at 20–50k, converted at 1 EUR = 0.85 GBP',
    );
    expect(priceBandFor('instagram', 30_000, 'EUR')).toEqual({
      min: 150,
      max: 800,
      currency: 'EUR',
      source: 'The guide: €150–800 at 20–50k',
    });
  });

  it.each([
    ['instagram', 500, 10, 100, 'Instagram nano $10–100'],
    ['instagram', 9_999, 10, 100, 'Instagram nano $10–100'],
    ['instagram', 10_000, 100, 500, 'Instagram micro $100–500'],
    ['instagram', 49_999, 100, 500, 'Instagram micro $100–500'],
    ['instagram', 50_000, 500, 5_000, 'Instagram mid-tier $500–5,000'],
    ['instagram', 499_999, 500, 5_000, 'Instagram mid-tier $500–5,000'],
    ['tiktok', 2_000, 5, 25, 'TikTok nano $5–25'],
    ['tiktok', 10_000, 25, 125, 'TikTok micro $25–125'],
    ['tiktok', 49_999, 25, 125, 'TikTok micro $25–125'],
  ] as const)(
    'uses the US table for a USD campaign: %s %i followers → $%i–%i',
    (platform, followers, min, max, row) => {
      expect(priceBandFor(platform, followers, 'USD')).toEqual({
        min,
        max,
        currency: 'USD',
        source: `Influencer Marketing Hub (US): ${row}`,
      });
    },
  );

  it('falls back to the French table converted to USD where the US table has no figure, and says so', () => {
    const band = priceBandFor('instagram', 600_000, 'USD');
    expect(band).toEqual({
      min: 4_000 * 1.08,
      max: 20_000 * 1.08,
      currency: 'USD',
      source: 'Kolsquare 2022: €4,000–20,000 at 500k+',
      eurRate: 1.08,
      usFallback: true,
    });
    expect(band && priceBandSource(band, T.en, F.en)).toBe(
      'no US figure for this tier; French table: Kolsquare 2022: €4,000–20,000 at 500k+, converted at 1 EUR = 1.08 USD',
    );
    expect(band && priceBandSource(band, T.fr, F.fr)).toBe(
      'pas de chiffre américain pour cette catégorie ; barème français : Kolsquare 2022: €4,000–20,000 at 500k+, converti à 1 EUR = 1,08 USD',
    );
    expect(priceBandFor('tiktok', 60_000, 'USD')).toMatchObject({
      min: 120 * 1.08,
      max: 1_500 * 1.08,
      usFallback: true,
    });
  });

  it('scores value for a USD campaign against the US band and reports its source', () => {
    // 30,000 followers × 0.229 = 6,870 impressions × $10 CPM / 1000 = $68.70; US micro band $100–500.
    const ctx = contextFor(
      extraction({ followers: 30_000, posts: [] }),
      campaign({ currency: 'USD', cpm: { instagram: 10, tiktok: 5 } }),
    );
    const v = scoreValueForMoney(ctx, estimateReach(ctx), 600);
    expect(v.priceBand).toEqual({
      min: 100,
      max: 500,
      currency: 'USD',
      source: 'Influencer Marketing Hub (US): Instagram micro $100–500',
    });
    expect(v.reasons.map((r) => r.code)).toEqual(['quote-above-band', 'quote-above-emv']);
    expect(reasonSays(v.reasons[0])).toBe('Quoted $600 is above the fair band of $100–$500 per post.');
    expect(reasonSays(v.reasons[0], 'fr')).toBe(
      'Devis de 600\u00a0$US, au-dessus de la fourchette de prix juste de 100\u00a0$US–500\u00a0$US par publication.',
    );
  });

  it('writes French money with a narrow no-break space between thousands', () => {
    const ctx = contextFor(extraction({ followers: 30_000, posts: [] }));
    const v = scoreValueForMoney(ctx, estimateReach(ctx), 2_500);
    expect(reasonSays(v.reasons[0], 'fr')).toBe(
      'Devis de 2\u202f500\u00a0€, au-dessus de la fourchette de prix juste de 150\u00a0€–800\u00a0€ par publication.',
    );
    expect(explanationSays(v.subscore.explanation, 'fr')).toContain('6\u202f870 impressions');
  });
});
