import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostSchema } from '@/lib/model/profile';
import { ScoreReportSchema } from '@/lib/model/report';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { campaign, DAY, extraction, HOUR, NOW } from './builders';

const count = fc.option(fc.nat({ max: 200_000 }), { nil: undefined });
const postArb = fc.record({
  ageHours: fc.option(fc.integer({ min: 0, max: 400 * 24 }), { nil: undefined }),
  likes: count,
  comments: count,
  views: count,
  shares: count,
  likesHidden: fc.boolean(),
  pinned: fc.boolean(),
  collab: fc.boolean(),
  paid: fc.boolean(),
});

const postsArb = fc.array(postArb, { maxLength: 40 }).map((rows) =>
  rows.map((r, i) =>
    PostSchema.parse({
      id: `p${i}`,
      type: 'photo',
      takenAt: r.ageHours === undefined ? undefined : NOW - r.ageHours * HOUR,
      likes: r.likes,
      comments: r.comments,
      views: r.views,
      shares: r.shares,
      likesHidden: r.likesHidden,
      pinned: r.pinned,
      coauthors: r.collab ? ['friend'] : [],
      paidPartnership: r.paid,
      source: 'json',
    }),
  ),
);

describe('scoreProfile on arbitrary profiles', () => {
  it('accounts for every post once, never uses a hidden-likes, pinned, collab or too-recent post, and keeps scores in 0–100', () => {
    fc.assert(
      fc.property(
        postsArb,
        fc.option(fc.nat({ max: 5_000_000 }), { nil: undefined }),
        fc.constantFrom('instagram', 'tiktok') as fc.Arbitrary<'instagram' | 'tiktok'>,
        (posts, followers, platform) => {
          const r = scoreProfile({
            extraction: extraction({ platform, followers, posts }),
            evidence: { comments: [] },
            campaign: campaign(),
            now: NOW,
          });
          expect(ScoreReportSchema.safeParse(r).success).toBe(true);
          const used = r.engagement.used.map((u) => u.postId);
          const excluded = r.engagement.excluded.map((e) => e.postId);
          expect([...used, ...excluded].sort()).toEqual(posts.map((p) => p.id).sort());
          expect(used.length).toBeLessThanOrEqual(10);
          const minAge = (platform === 'tiktok' ? 72 : 48) * HOUR;
          for (const id of used) {
            const p = posts.find((x) => x.id === id);
            expect(p?.likesHidden || p?.pinned || (p?.coauthors.length ?? 0) > 0).toBe(false);
            if (p?.takenAt !== undefined) expect(NOW - p.takenAt).toBeGreaterThanOrEqual(minAge);
          }
          if (r.fit !== undefined) {
            expect(r.fit).toBeGreaterThanOrEqual(0);
            expect(r.fit).toBeLessThanOrEqual(100);
          }
          if (used.length < 3 && r.verdict !== 'reject') expect(r.verdict).toBe('insufficient-data');
          if (followers === undefined) expect(r.engagement.erMean).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order the posts were read in', () => {
    fc.assert(
      fc.property(postsArb, (posts) => {
        const dated = posts.map((p, i) => ({ ...p, takenAt: NOW - (3 + i) * DAY }));
        const run = (ps: typeof dated) =>
          scoreProfile({
            extraction: extraction({ posts: ps }),
            evidence: { comments: [] },
            campaign: campaign(),
            now: NOW,
          });
        const a = run(dated);
        const b = run([...dated].reverse());
        expect(b.engagement).toEqual(a.engagement);
        expect(b.verdict).toBe(a.verdict);
        expect(b.fit).toBe(a.fit);
      }),
      { numRuns: 100 },
    );
  });
});
