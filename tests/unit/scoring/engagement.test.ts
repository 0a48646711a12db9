import { describe, expect, it } from 'vitest';
import { ThresholdsSchema } from '@/lib/model/campaign';
import { selectEligiblePosts } from '@/lib/scoring/eligibility';
import { computeEngagement, confidenceOf } from '@/lib/scoring/engagement';
import { reasonSays } from '@/tests/helpers/score-text';
import { NOW, post, postsWith } from './builders';

const t = ThresholdsSchema.parse({});

function engagementOf(
  posts: ReturnType<typeof postsWith>,
  followers: number | undefined,
  platform: 'instagram' | 'tiktok' = 'instagram',
) {
  return computeEngagement({
    selection: selectEligiblePosts(posts, platform, t, NOW),
    followers,
    platform,
    thresholds: t,
  });
}

describe('computeEngagement', () => {
  it('computes the guide ER mean and median by hand on five posts at 10,000 followers', () => {
    // (likes + comments) / 10,000 × 100 per post:
    //   320 → 3.2, 260 → 2.6, 440 → 4.4, 200 → 2.0, 1,100 → 11.0
    // mean   = (3.2 + 2.6 + 4.4 + 2.0 + 11.0) / 5 = 23.2 / 5 = 4.64
    // median = sorted 2.0, 2.6, 3.2, 4.4, 11.0 → 3.2
    const posts = postsWith([
      [300, 20],
      [250, 10],
      [400, 40],
      [200, 0],
      [1_000, 100],
    ]);
    const { engagement } = engagementOf(posts, 10_000);
    expect(engagement.erMean).toBeCloseTo(4.64, 10);
    expect(engagement.erMedian).toBeCloseTo(3.2, 10);
    const perPost = engagement.used.map((u) => u.erFollowers ?? Number.NaN);
    for (const [i, er] of [3.2, 2.6, 4.4, 2, 11].entries()) expect(perPost[i]).toBeCloseTo(er, 10);
    expect(engagement.minimum).toBe(3);
    expect(engagement.confidence).toBe('high');
  });

  it('takes the median of an even window as the mean of the two middle values', () => {
    // 1 %, 2 %, 4 %, 9 % at 1,000 followers → median (2 + 4) / 2 = 3
    const { engagement } = engagementOf(
      postsWith([
        [10, 0],
        [20, 0],
        [40, 0],
        [90, 0],
      ]),
      1_000,
    );
    expect(engagement.erMedian).toBe(3);
    expect(engagement.erMean).toBe(4);
  });

  it('does not round percent values', () => {
    // 1 / 3 × 100 = 33.333…
    const { engagement } = engagementOf(
      postsWith([
        [1, 0],
        [1, 0],
        [1, 0],
      ]),
      3,
    );
    expect(engagement.erMean).toBe((1 / 3) * 100);
  });

  it('leaves ER undefined with a reason when followers are unknown, keeping the used posts', () => {
    const { engagement, reasons } = engagementOf(
      postsWith([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
      undefined,
    );
    expect(engagement.erMean).toBeUndefined();
    expect(engagement.erMedian).toBeUndefined();
    expect(engagement.used).toHaveLength(3);
    expect(engagement.used[0]?.erFollowers).toBeUndefined();
    expect(reasons.map((r) => r.code)).toContain('followers-unknown');
  });

  it('leaves ER undefined when the profile shows 0 followers instead of dividing by zero', () => {
    const { engagement, reasons } = engagementOf(
      postsWith([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
      0,
    );
    expect(engagement.erMean).toBeUndefined();
    expect(reasons.map((r) => r.code)).toContain('followers-zero');
  });

  it('never counts hidden likes as a number in ER', () => {
    const posts = [
      ...postsWith([
        [100, 0],
        [100, 0],
        [100, 0],
      ]),
      post({ likesHidden: true, likes: 3, comments: 0 }),
    ];
    const { engagement } = engagementOf(posts, 1_000);
    // Only the three visible posts: 100 / 1,000 × 100 = 10 % each.
    expect(engagement.erMean).toBe(10);
    expect(engagement.used).toHaveLength(3);
    expect(engagement.excluded.map((e) => e.reason)).toEqual(['likes-hidden']);
  });

  it('computes TikTok ER by views as the median of (likes + comments + shares) / views × 100', () => {
    // (800 + 150 + 50) / 20,000 = 5 %; (300 + 60 + 40) / 4,000 = 10 %; (90 + 5 + 5) / 5,000 = 2 %
    // median of 2, 5, 10 → 5; a video without shares is left out of ER by views.
    const posts = [
      post({
        id: 'v1',
        type: 'video',
        takenAt: NOW - 4 * 86_400_000,
        likes: 800,
        comments: 150,
        shares: 50,
        views: 20_000,
      }),
      post({
        id: 'v2',
        type: 'video',
        takenAt: NOW - 5 * 86_400_000,
        likes: 300,
        comments: 60,
        shares: 40,
        views: 4_000,
      }),
      post({
        id: 'v3',
        type: 'video',
        takenAt: NOW - 6 * 86_400_000,
        likes: 90,
        comments: 5,
        shares: 5,
        views: 5_000,
      }),
      post({ id: 'v4', type: 'video', takenAt: NOW - 7 * 86_400_000, likes: 90, comments: 5, views: 5_000 }),
    ];
    const { engagement, reasons } = engagementOf(posts, 50_000, 'tiktok');
    expect(engagement.erByViewsMedian).toBe(5);
    expect(engagement.used.map((u) => u.erViews)).toEqual([5, 10, 2, undefined]);
    expect(engagement.minimum).toBe(5);
    expect(reasons.map((r) => r.code)).toContain('views-missing');
  });

  it('does not compute ER by views on Instagram', () => {
    const { engagement } = engagementOf(
      postsWith(
        [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        { views: 100, shares: 1 },
      ),
      100,
    );
    expect(engagement.erByViewsMedian).toBeUndefined();
  });

  it('summarises what was excluded for the card', () => {
    const posts = [
      post({ pinned: true }),
      post({ pinned: true }),
      post({ likesHidden: true }),
      ...postsWith([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    ];
    const { reasons } = engagementOf(posts, 100);
    const window = reasons.find((r) => r.code === 'window');
    expect(window?.params).toEqual({ posts: 3, excluded: { pinned: 2, 'likes-hidden': 1 } });
    expect(reasonSays(window)).toBe('ER over 3 posts; excluded: 2 pinned, 1 with hidden likes.');
    expect(reasonSays(window, 'fr')).toBe(
      'Taux d’engagement calculé sur 3 publications ; écartées : 2 épinglées, 1 avec j’aime masqués.',
    );
  });
});

describe('confidenceOf', () => {
  it.each([
    [0, 'none'],
    [2, 'none'],
    [3, 'low'],
    [4, 'low'],
    [5, 'high'],
    [10, 'high'],
  ] as const)('gives %i eligible posts %s confidence', (n, c) => {
    expect(confidenceOf(n, t)).toBe(c);
  });
});
