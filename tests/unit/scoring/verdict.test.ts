import { describe, expect, it } from 'vitest';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { reasonSays } from '@/tests/helpers/score-text';
import { campaign, extraction, NOW, postsWith } from './builders';

const evidence = { comments: [] };

/** Spread factors with mean 1 (likes vary across posts like a real profile's: CV ≈ 0.28). */
const SPREAD: Record<number, number[]> = {
  2: [0.6, 1.4],
  3: [0.6, 1.4, 1],
  4: [0.6, 1.4, 0.8, 1.2],
  5: [0.6, 1.4, 0.8, 1.2, 1],
};

/**
 * n posts at 10,000 followers whose likes + comments average `interactions`, so the ER mean
 * is interactions / 100 %; about 4 comments per 100 likes.
 */
function profile(n: number, interactions: number, overrides = {}) {
  const counts = (SPREAD[n] ?? []).map((f) => {
    const total = Math.round(interactions * f);
    const comments = Math.round(total * 0.04);
    return [total - comments, comments] as const;
  });
  return extraction({ posts: postsWith(counts), ...overrides });
}

function score(ex: ReturnType<typeof extraction>, extra: { auditFakeShare?: number } = {}) {
  return scoreProfile({ extraction: ex, evidence, campaign: campaign(), now: NOW, ...extra });
}

describe('scoreProfile verdict', () => {
  it('rejects a private account with a hard reason', () => {
    const r = score(extraction({ isPrivate: true, pageState: 'private', posts: [] }));
    expect(r.verdict).toBe('reject');
    expect(r.reasons[0]).toMatchObject({ code: 'private-account', severity: 'hard' });
  });

  it('says insufficient data with 2 eligible posts, even with a high ER', () => {
    const r = score(profile(2, 1_000));
    expect(r.verdict).toBe('insufficient-data');
    expect(r.engagement.confidence).toBe('none');
    expect(r.reasons[0]).toMatchObject({ code: 'insufficient-posts', params: { posts: 2, min: 3 } });
    expect(reasonSays(r.reasons[0])).toBe(
      'Only 2 eligible posts; at least 3 are needed for an engagement verdict.',
    );
  });

  it('names the page state when a login wall left no posts', () => {
    const r = score(extraction({ pageState: 'login-wall', posts: [] }));
    expect(r.verdict).toBe('insufficient-data');
    expect(r.reasons[0]?.params).toEqual({ posts: 0, min: 3, state: 'login-wall' });
    expect(reasonSays(r.reasons[0])).toBe(
      'Only 0 eligible posts (the site asked to log in); at least 3 are needed for an engagement verdict.',
    );
    expect(reasonSays(r.reasons[0], 'fr')).toBe(
      'Seulement 0 publication retenue (le site demande de se connecter) ; il en faut au moins 3 pour juger l’engagement.',
    );
  });

  it.each([3, 4])('sends %i eligible posts with a good ER to review for low confidence', (n) => {
    const r = score(profile(n, 500)); // 5 %
    expect(r.verdict).toBe('review');
    expect(r.engagement.confidence).toBe('low');
    expect(r.reasons.map((x) => x.code)).toContain('low-confidence');
  });

  it('shortlists 5 eligible posts at 5 % ER against a 3 % minimum', () => {
    const r = score(profile(5, 500));
    expect(r.verdict).toBe('shortlist');
    expect(r.engagement.erMean).toBe(5);
  });

  it('sends an ER of 2.10 % to review with a message naming both numbers', () => {
    const r = score(profile(5, 210));
    expect(r.verdict).toBe('review');
    expect(r.reasons[0]).toMatchObject({ code: 'er-below-minimum', params: { er: 2.1, min: 3 } });
    expect(reasonSays(r.reasons[0])).toBe('ER 2.10 % is below the campaign minimum of 3 %.');
    expect(reasonSays(r.reasons[0], 'fr')).toBe(
      'Taux d’engagement de 2,10 %, sous le minimum de la campagne de 3 %.',
    );
  });

  it('rejects an ER below half the minimum (1.40 % < 1.5 %) with 5 eligible posts', () => {
    const r = score(profile(5, 140));
    expect(r.verdict).toBe('reject');
    expect(r.reasons[0]).toMatchObject({ code: 'er-below-half-minimum', severity: 'hard' });
    expect(reasonSays(r.reasons[0])).toBe(
      'ER 1.40 % is below half the campaign minimum of 3 % (1.5 %) over 5 posts.',
    );
  });

  it('only reviews the same low ER with 4 eligible posts, since the hard rule needs 5', () => {
    const r = score(profile(4, 140));
    expect(r.verdict).toBe('review');
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['er-below-minimum', 'low-confidence']),
    );
  });

  it('does not reject at exactly half the minimum (1.5 %)', () => {
    expect(score(profile(5, 150)).verdict).toBe('review');
  });

  it('uses the TikTok minimum of 5 %: 4 % ER is reviewed there but shortlisted on Instagram', () => {
    const tiktok = score(profile(5, 400, { platform: 'tiktok', url: 'https://www.tiktok.com/@creator' }));
    expect(tiktok.engagement.minimum).toBe(5);
    expect(tiktok.verdict).toBe('review');
    expect(score(profile(5, 400)).verdict).toBe('shortlist');
  });

  it('reviews a profile whose followers are unknown, with no tier and no ER', () => {
    const r = score(profile(5, 500, { followers: undefined }));
    expect(r.verdict).toBe('review');
    expect(r.tier).toBeUndefined();
    expect(r.followers).toBeUndefined();
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['er-unknown', 'followers-unknown']));
  });

  it('rejects when the audited fake share exceeds the campaign maximum of 20 %, but not at exactly 20 %', () => {
    expect(score(profile(5, 500), { auditFakeShare: 20.5 }).verdict).toBe('reject');
    expect(score(profile(5, 500), { auditFakeShare: 20 }).verdict).toBe('shortlist');
  });

  it('fills the report header from the snapshot and campaign', () => {
    const r = score(profile(5, 500, { displayName: 'Créatrice' }));
    expect(r).toMatchObject({
      platform: 'instagram',
      handle: 'creator',
      displayName: 'Créatrice',
      scoredAt: NOW,
      campaignId: 'c1',
      followers: 10_000,
      tier: 'micro',
      provenance: { followers: 'json', posts: 'json' },
      problems: [],
    });
  });
});
