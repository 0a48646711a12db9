import { describe, expect, it } from 'vitest';
import type { UsedPost } from '@/lib/model';
import { erSeries } from '@/lib/scoring/er-series';

const post = (postId: string, takenAt: number | undefined, rates: Partial<UsedPost>): UsedPost => ({
  postId,
  likes: 10,
  comments: 1,
  ...(takenAt === undefined ? {} : { takenAt }),
  ...rates,
});

describe('the engagement rate drawn per post', () => {
  const both = [
    post('late', 3, { erFollowers: 4, erViews: 9 }),
    post('early', 1, { erFollowers: 2, erViews: 7 }),
    post('mid', 2, { erFollowers: 3, erViews: 8 }),
  ];

  it('is ER by views on TikTok and ER by followers on Instagram, oldest post first', () => {
    expect(erSeries('tiktok', both)).toEqual({
      basis: 'views',
      points: [
        { id: 'early', takenAt: 1, value: 7 },
        { id: 'mid', takenAt: 2, value: 8 },
        { id: 'late', takenAt: 3, value: 9 },
      ],
    });
    expect(erSeries('instagram', both)?.points.map((p) => p.value)).toEqual([2, 3, 4]);
    expect(erSeries('instagram', both)?.basis).toBe('followers');
  });

  it('never mixes the two rates on one line, and never draws a missing rate as 0', () => {
    // A TikTok post whose views were not read is left out of the views line, not drawn by followers.
    const tiktok = erSeries('tiktok', [...both, post('no-views', 4, { erFollowers: 50 })]);
    expect(tiktok?.points.map((p) => p.id)).toEqual(['early', 'mid', 'late']);
    // Instagram without a follower count: its reels' ER by views, not a row of zeros.
    const noFollowers = erSeries('instagram', [
      post('a', 1, { erViews: 5 }),
      post('b', 2, { erViews: 6 }),
      post('c', 3, {}),
    ]);
    expect(noFollowers).toEqual({
      basis: 'views',
      points: [
        { id: 'a', takenAt: 1, value: 5 },
        { id: 'b', takenAt: 2, value: 6 },
      ],
    });
  });

  it('falls back to the other rate only when fewer than two posts have the platform’s own', () => {
    const fewViews = [post('a', 1, { erFollowers: 2, erViews: 7 }), post('b', 2, { erFollowers: 3 })];
    expect(erSeries('tiktok', fewViews)).toEqual({
      basis: 'followers',
      points: [
        { id: 'a', takenAt: 1, value: 2 },
        { id: 'b', takenAt: 2, value: 3 },
      ],
    });
    expect(erSeries('tiktok', [post('a', 1, { erViews: 7 }), post('b', 2, {})])).toBeUndefined();
    expect(erSeries('instagram', [])).toBeUndefined();
  });

  it('leaves out a rate that is not a finite number', () => {
    const series = erSeries('instagram', [
      post('a', 1, { erFollowers: Number.NaN }),
      post('b', 2, { erFollowers: 1 }),
      post('c', 3, { erFollowers: 2 }),
    ]);
    expect(series?.points.map((p) => p.id)).toEqual(['b', 'c']);
  });
});
