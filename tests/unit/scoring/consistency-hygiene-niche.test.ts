import { describe, expect, it } from 'vitest';
import { scoreConsistency, topicCoherence } from '@/lib/scoring/consistency';
import { scoreHygiene } from '@/lib/scoring/hygiene';
import { matchKeywords, scoreNiche } from '@/lib/scoring/niche';
import { reasonSays } from '@/tests/helpers/score-text';
import { campaign, contextFor, DAY, extraction, NOW, post } from './builders';

describe('consistency', () => {
  it('scores a perfectly regular cadence 100 when there is no topic data', () => {
    const posts = [3, 6, 9, 12, 15].map((d) => post({ takenAt: NOW - d * DAY }));
    const c = scoreConsistency(contextFor(extraction({ posts })));
    expect(c.subscore.inputs.cadenceCv).toBe(0);
    expect(c.subscore.value).toBe(100);
  });

  it('scores an erratic cadence 30: gaps of 1, 1, 1 and 20 days have a CV of 1.52', () => {
    // gaps 1, 1, 1, 20: mean 5.75, sd √((4.75² × 3 + 14.25²) / 4) = √67.6875 = 8.227 → CV 1.431 ≥ 1.2
    const posts = [3, 4, 5, 6, 26].map((d) => post({ takenAt: NOW - d * DAY }));
    const c = scoreConsistency(contextFor(extraction({ posts })));
    expect(c.subscore.inputs.cadenceCv).toBeCloseTo(Math.sqrt(67.6875) / 5.75, 10);
    expect(c.subscore.value).toBe(30);
  });

  it('flags an inactive creator whose last post is over 30 days old', () => {
    const posts = [31, 34, 37, 40].map((d) => post({ takenAt: NOW - d * DAY }));
    const c = scoreConsistency(contextFor(extraction({ posts })));
    expect(c.reasons.map((r) => r.code)).toEqual(['inactive']);
    expect(c.reasons[0]?.params).toEqual({ days: 31, max: 30 });
    expect(reasonSays(c.reasons[0])).toBe('Last post 31 days ago: inactive (more than 30 days).');
    expect(c.subscore.value).toBe(10);
  });

  it('detects repositioning when older and newer posts share no topic words', () => {
    const food = (i: number) =>
      post({
        takenAt: NOW - (3 + i) * DAY,
        caption: 'Recette vegan de lentilles',
        hashtags: ['vegan', 'recette'],
      });
    const tech = (i: number) =>
      post({
        takenAt: NOW - (3 + i) * DAY,
        caption: 'Test du nouveau smartphone',
        hashtags: ['tech', 'smartphone'],
      });
    const t = topicCoherence([tech(0), tech(1), tech(2), food(3), food(4), food(5)]);
    expect(t?.repositioning).toBe(true);
    expect(t?.across).toBe(0);
    expect(t?.within).toBe(1);
  });

  it('sees the same topics through accents and case as coherent', () => {
    const p = (caption: string) => post({ caption });
    const t = topicCoherence([
      p('Crème BRÛLÉE maison'),
      p('creme brulee maison'),
      p('Crème brûlée maison'),
      p('CREME brulee MAISON'),
    ]);
    expect(t?.meanJaccard).toBe(1);
    expect(t?.repositioning).toBe(false);
  });
});

describe('commercial hygiene', () => {
  it('names an undisclosed sponsored post and computes the sponsored share and paid performance', () => {
    const posts = [
      post({
        id: 's1',
        url: 'https://www.instagram.com/p/S1/',
        takenAt: NOW - 3 * DAY,
        likes: 300,
        comments: 0,
        paidPartnership: true,
        caption: 'My new serum',
      }),
      post({
        id: 's2',
        takenAt: NOW - 4 * DAY,
        likes: 300,
        comments: 0,
        caption: 'Publicité : ma crème #publicite',
      }),
      post({ id: 'o1', takenAt: NOW - 5 * DAY, likes: 500, comments: 0, caption: 'Sunday walk' }),
      post({ id: 'o2', takenAt: NOW - 6 * DAY, likes: 500, comments: 0, caption: 'Beach day' }),
      post({ id: 'o3', takenAt: NOW - 7 * DAY, likes: 500, comments: 0, caption: 'Coffee' }),
    ];
    const h = scoreHygiene(contextFor(extraction({ followers: 10_000, posts })));
    // 2 of 5 sponsored = 40 % > 30 %: −(40 − 30) × 1.5 = −15; one undisclosed: −20;
    // paid ER median 3 % ÷ organic 5 % = 0.6 < 0.7: −15 → 100 − 15 − 20 − 15 = 50.
    expect(h.sponsoredShare).toBe(40);
    expect(h.subscore.inputs.paidPerformance).toBeCloseTo(0.6, 10);
    expect(h.subscore.value).toBe(50);
    expect(h.reasons.map((r) => r.code)).toEqual(['disclosure-missing', 'ad-saturation']);
    expect(h.reasons[0]?.params).toEqual({
      post: 'https://www.instagram.com/p/S1/',
      jurisdiction: 'FR',
      evidence: [{ code: 'paid-partnership' }],
    });
    expect(reasonSays(h.reasons[0])).toBe(
      'Post https://www.instagram.com/p/S1/ looks sponsored (paid-partnership label) but lacks "publicité" or "collaboration commerciale" (law 2023-451) in France.',
    );
    expect(reasonSays(h.reasons[0], 'fr')).toBe(
      'La publication https://www.instagram.com/p/S1/ semble sponsorisée (label « partenariat rémunéré ») mais n’affiche pas la mention requise en France : « publicité » ou « collaboration commerciale » (loi 2023-451).',
    );
  });
});

describe('niche fit', () => {
  const posts = [
    post({ id: 'a', caption: 'Mes recettes véganes du dimanche', hashtags: [] }),
    post({ id: 'b', caption: 'Balade en forêt', hashtags: ['veganrecipes'] }),
    post({ id: 'c', caption: 'Nouveau vélo', hashtags: [] }),
    post({ id: 'd', caption: 'Café du matin', hashtags: [] }),
  ];

  it('matches keywords through accents, case, plurals and inside hashtags, and says where', () => {
    const ctx = contextFor(
      extraction({ bio: 'Cuisine VÉGANE et zéro déchet', posts }),
      campaign({ nicheKeywords: ['végane', 'recette', 'zero dechet', 'yoga'] }),
    );
    const m = matchKeywords(ctx);
    expect(m.map((x) => [x.keyword, x.bio, x.captions, x.hashtags])).toEqual([
      ['végane', true, ['a'], ['b']],
      ['recette', false, ['a'], []],
      ['zero dechet', true, [], []],
      ['yoga', false, [], []],
    ]);
  });

  it('scores half coverage and half post share: 3 of 4 keywords, 2 of 4 posts → 87.5', () => {
    const ctx = contextFor(
      extraction({ bio: 'Cuisine végane', posts }),
      campaign({ nicheKeywords: ['vegan', 'recette', 'cuisine', 'yoga'] }),
    );
    // coverage 3/4 (vegan: #veganrecipes; recette: post a; cuisine: bio); on topic: a, b = 2/4 → min(1, 0.5/0.5) = 1
    // 100 × (0.5 × 0.75 + 0.5 × 1) = 87.5
    expect(scoreNiche(ctx).subscore.value).toBe(87.5);
  });

  it('has no data when the campaign has no keywords', () => {
    expect(scoreNiche(contextFor(extraction({ posts }))).subscore.value).toBeUndefined();
  });
});
