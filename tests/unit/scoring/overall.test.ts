import { describe, expect, it } from 'vitest';
import { ThresholdsSchema } from '@/lib/model/campaign';
import type { CommentClass, CommentJudgement, SubScore, SubScoreKey } from '@/lib/model/report';
import { OBJECTIVE_WEIGHTS } from '@/lib/scoring/benchmarks';
import { scoreCommentQuality } from '@/lib/scoring/comment-quality';
import { overallFit, weightsFor } from '@/lib/scoring/overall';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { reasonSays } from '@/tests/helpers/score-text';
import { campaign, comment, DAY, extraction, NOW, post, postsWith } from './builders';

function sub(key: SubScoreKey, value: number | undefined): SubScore {
  const s: SubScore = {
    key,
    inputs: {},
    used: [],
    excluded: [],
    confidence: 'high',
    explanation: { code: 'engagement.followers-unknown' },
  };
  if (value !== undefined) s.value = value;
  return s;
}

describe('objective weights', () => {
  it('sum to 100 for every objective, as in the docs/method.md table', () => {
    for (const weights of Object.values(OBJECTIVE_WEIGHTS)) {
      expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(100);
    }
    expect(OBJECTIVE_WEIGHTS.awareness.reach).toBe(25);
    expect(OBJECTIVE_WEIGHTS.engagement.engagement).toBe(30);
    expect(OBJECTIVE_WEIGHTS.conversion.niche).toBe(25);
  });

  it('lets the campaign override single weights', () => {
    expect(weightsFor('engagement', { niche: 40 })).toMatchObject({ niche: 40, engagement: 30 });
  });
});

describe('overallFit', () => {
  it('renormalises the weights when sub-scores have no data: a hand-computed engagement fit', () => {
    // engagement weights: E 30, Q 20 (no data), A 20, R 5, C 5, H 5, N 10 (no data), V 5 → total with data 70.
    // fit = (30 × 80 + 20 × 100 + 5 × 40 + 5 × 100 + 5 × 100 + 5 × 10) / 70 = 5,650 / 70 = 80.714… → 80.7
    const subs = [
      sub('engagement', 80),
      sub('commentQuality', undefined),
      sub('authenticity', 100),
      sub('reach', 40),
      sub('consistency', 100),
      sub('hygiene', 100),
      sub('niche', undefined),
      sub('value', 10),
    ];
    const r = overallFit(subs, OBJECTIVE_WEIGHTS.engagement);
    expect(r.fit).toBe(80.7);
    expect(r.withoutData).toEqual(['commentQuality', 'niche']);
    expect(r.weightsUsed.engagement).toBeCloseTo(30 / 70, 12);
    expect(Object.values(r.weightsUsed).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives no fit when no sub-score has data', () => {
    expect(overallFit([sub('engagement', undefined)], OBJECTIVE_WEIGHTS.awareness).fit).toBeUndefined();
  });
});

describe('comment quality', () => {
  const t = ThresholdsSchema.parse({});

  it('scores 40 % low-effort comments with a creator reply at 56.7 (amber)', () => {
    // 10 audience comments: 3 generic + 1 spam = 40 % low effort.
    // curve between (20, 75) and (50, 40): 75 − (20 / 30) × 35 = 51.67; creator reply +5 → 56.67
    const texts = [
      '🔥',
      'Amazing!',
      'Wow',
      'DM us to collab',
      'I tried this recipe last night and my kids loved it',
      'Where did you get that jacket? I need one for winter',
      'My skin reacted the same way at first, it took two weeks',
      'Which tent is that? Looks light enough for bikepacking',
      'Haha this is me every morning',
      'Not sure about that colour on you',
    ];
    const comments = texts.map((text, i) => comment(text, { postId: `p${i % 3}`, author: `u${i}` }));
    comments.push(
      comment('Thank you! It is from a small shop in Lyon', {
        postId: 'p0',
        author: 'creator',
        isCreatorReply: true,
      }),
    );
    const classes: CommentClass[] = [
      'generic',
      'generic',
      'generic',
      'spam',
      'substantive',
      'substantive',
      'substantive',
      'substantive',
      'neutral',
      'neutral',
      'neutral',
    ];
    const judged: CommentJudgement[] = comments.map((c, i) => ({
      commentId: c.id,
      postId: c.postId,
      class: classes[i] ?? 'neutral',
      rule: 'test',
      creatorReply: c.isCreatorReply,
    }));
    const q = scoreCommentQuality(judged, undefined, t);
    expect(q.stats).toMatchObject({
      audience: 10,
      generic: 3,
      spam: 1,
      creatorReplies: 1,
      posts: 3,
      lowEffortShare: 40,
    });
    expect(q.subscore.value).toBe(56.7);
    expect(q.subscore.confidence).toBe('low');
    expect(q.subscore.excluded).toEqual([{ id: comments[10]?.id, reason: { code: 'creator-reply' } }]);
  });
});

describe('scoreProfile with the full model', () => {
  const varied = (n: number) =>
    postsWith(
      [
        [576, 24],
        [1_344, 56],
        [768, 32],
        [1_152, 48],
        [960, 40],
      ].slice(0, n) as Array<[number, number]>,
    );

  it('fills sub-scores, fit, weights, reach, EMV and price band on a healthy micro profile and shortlists it', () => {
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, following: 300, posts: varied(5) }),
      evidence: { comments: [] },
      campaign: campaign(),
      now: NOW,
    });
    expect(r.subscores?.map((s) => s.key)).toEqual([
      'engagement',
      'commentQuality',
      'authenticity',
      'reach',
      'consistency',
      'hygiene',
      'niche',
      'value',
    ]);
    // 20,000 × 0.229 = 4,580 per post; EMV 4,580 × 10 / 1000 = €45.80; band 20–50k €150–800.
    expect(r.reach).toEqual({ perPost: 4_580, basis: 'followers-x-rate', rate: 0.229 });
    expect(r.emv?.perPost).toBeCloseTo(45.8, 10);
    expect(r.priceBand).toMatchObject({ min: 150, max: 800, currency: 'EUR' });
    expect(r.subscoresWithoutData).toEqual(['commentQuality', 'niche']);
    expect(r.fit).toBeGreaterThanOrEqual(60);
    expect(r.verdict).toBe('shortlist');
    expect(r.benchmarksVersion).toBeDefined();
  });

  it('reviews a profile when two authenticity signals fire, naming them', () => {
    // following > followers, and likes perfectly uniform (CV 0 < 0.15)
    const uniform = postsWith(Array.from({ length: 5 }, () => [960, 40] as const));
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, following: 25_000, posts: uniform }),
      evidence: { comments: [] },
      campaign: campaign(),
      now: NOW,
    });
    expect(r.verdict).toBe('review');
    const reason = r.reasons.find((x) => x.code === 'authenticity-signals');
    expect(reason?.params).toEqual({ signals: ['likes-spread', 'following'] });
    expect(reasonSays(reason)).toBe('2 authenticity risk signals: likes spread, following vs followers.');
    expect(reasonSays(reason, 'fr')).toBe(
      '2 signaux de risque d’authenticité : dispersion des j’aime, abonnements vs abonnés.',
    );
  });

  it('reviews a profile whose fit is below 60 even with a good ER', () => {
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, posts: varied(5) }),
      evidence: { comments: [] },
      campaign: campaign({ nicheKeywords: ['yoga'], weights: { niche: 500 } }),
      now: NOW,
    });
    expect(r.fit).toBeLessThan(60);
    expect(r.verdict).toBe('review');
    expect(r.reasons.map((x) => x.code)).toContain('fit-below-shortlist');
  });

  it('rejects on an audit fake share above the maximum even when everything else is fine', () => {
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, following: 300, posts: varied(5) }),
      evidence: { comments: [] },
      campaign: campaign(),
      now: NOW,
      auditFakeShare: 27,
    });
    expect(r.verdict).toBe('reject');
    expect(r.auditFakeShare).toBe(27);
    expect(r.reasons[0]).toMatchObject({ code: 'audit-fake-share', params: { share: 27, max: 20 } });
    expect(reasonSays(r.reasons[0])).toBe('Audited fake followers 27 % exceed the campaign maximum of 20 %.');
  });

  it('uses only comments on the creator’s own posts and records every judgement', () => {
    const posts = varied(5);
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, posts }),
      evidence: {
        comments: [
          comment('🔥', { postId: posts[0]?.id }),
          comment('Where did you buy this lamp? I love the shape of it', { postId: posts[1]?.id }),
          comment('Nice', { postId: 'someone-elses-post' }),
        ],
      },
      campaign: campaign(),
      now: NOW,
    });
    expect(r.comments?.map((c) => c.class)).toEqual(['generic', 'substantive']);
    expect(r.lowEffortShare).toBe(50);
    expect(r.lowEffortBand).toBe('red');
  });

  it('counts the creator’s own comments as replies even when the page did not mark them', () => {
    const posts = varied(5);
    const r = scoreProfile({
      extraction: extraction({ followers: 20_000, posts }),
      evidence: {
        comments: [comment('Merci beaucoup, à bientôt', { postId: posts[0]?.id, author: 'Creator' })],
      },
      campaign: campaign(),
      now: NOW,
    });
    expect(r.comments?.[0]?.creatorReply).toBe(true);
    expect(r.commentCounts?.creatorReplies).toBe(1);
    expect(r.lowEffortShare).toBeUndefined();
  });

  it('warns about an undisclosed sponsored post in the campaign jurisdiction', () => {
    const posts = [
      ...varied(4),
      post({ takenAt: NOW - 9 * DAY, likes: 900, comments: 30, caption: 'Love my new shoes #ad' }),
    ];
    const fr = scoreProfile({
      extraction: extraction({ followers: 20_000, posts }),
      evidence: { comments: [] },
      campaign: campaign(),
      now: NOW,
    });
    const uk = scoreProfile({
      extraction: extraction({ followers: 20_000, posts }),
      evidence: { comments: [] },
      campaign: campaign({ jurisdiction: 'UK' }),
      now: NOW,
    });
    expect(fr.reasons.map((x) => x.code)).toContain('disclosure-missing');
    expect(uk.reasons.map((x) => x.code)).not.toContain('disclosure-missing');
  });
});
