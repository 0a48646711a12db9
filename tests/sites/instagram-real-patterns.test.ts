// @vitest-environment happy-dom
/**
 * Instagram patterns seen on real saved pages and responses, each on a fixture written by the
 * project: a Reels-tab response that names accounts by id only and carries no `taken_at`, and a
 * private profile whose counts are buttons, also left on screen after moving to another profile.
 */
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/lib/model';
import { DEFAULT_CAMPAIGN } from '@/lib/model/campaign';
import { scoreProfile } from '@/lib/scoring/score-profile';
import type { CapturedPayload } from '@/lib/sites/capture';
import { extractInstagramProfile } from '@/lib/sites/instagram/extract';
import { fixtureCaptured, fixtureDocument, NOW } from './fixture-loader';

const IG = 'https://www.instagram.com';
const blank = () => new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
const reels = () => fixtureCaptured('instagram', 'reels-tab-ids-only.ig-clips.json', `${IG}/graphql/query`);

/** A profile payload of the page's own kind (web_profile_info / newer user object), written here. */
const profile = (username: string, id: string, followers: number): CapturedPayload => ({
  kind: 'ig-profile',
  url: `${IG}/api/v1/users/web_profile_info/?username=${username}`,
  data: {
    username,
    id,
    full_name: username,
    follower_count: followers,
    following_count: 10,
    media_count: 40,
  },
});

function extract(url: string, captured: CapturedPayload[], doc: Document = blank()) {
  const result = extractInstagramProfile({ doc, url, captured, now: NOW });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  return result;
}
const codes = (r: ReturnType<typeof extract>) => r.problems.map((p) => p.code);

describe('a Reels-tab response naming accounts by id only, without taken_at', () => {
  const result = extract(`${IG}/fern.kitchen/reels/`, reels());
  const post = (id: string) => result.snapshot.posts.find((p) => p.id === id);

  it('reads every reel, dated from its media pk, newest first', () => {
    expect(result.snapshot.posts.map((p) => [p.id, p.takenAt])).toEqual([
      ['FKnew000002', Date.UTC(2025, 4, 31, 4)],
      ['FKown000003', Date.UTC(2025, 4, 29)],
      ['FKcol000004', Date.UTC(2025, 4, 28)],
      ['FKown000005', Date.UTC(2025, 4, 26)],
      ['FKown000006', Date.UTC(2025, 4, 24)],
      ['FKown000007', Date.UTC(2025, 4, 21)],
      ['FKpin000001', Date.UTC(2025, 3, 10)],
    ]);
    expect(codes(result)).not.toContain('foreign-posts-ignored');
  });

  it('tells collabs by co-author id: the creator invited by another owner, or inviting another account', () => {
    // The creator's id (7100000001) is the one every reel shares as owner or co-author.
    expect(post('FKcol000004')?.coauthors).toEqual(['id:7200000002']);
    expect(post('FKown000005')?.coauthors).toEqual(['id:7300000003']);
    expect(post('FKown000003')?.coauthors).toEqual([]);
    expect(post('FKpin000001')?.pinned).toBe(true);
  });

  it('keeps the pinned, the 20 h old and both collab reels out of the ER window', () => {
    const report = scoreProfile({
      extraction: extract(`${IG}/fern.kitchen/reels/`, [
        ...reels(),
        profile('fern.kitchen', '7100000001', 5210),
      ]),
      evidence: { comments: [] },
      campaign: DEFAULT_CAMPAIGN,
      now: NOW,
    });
    expect(report.engagement.excluded.map((e) => [e.postId, e.reason])).toEqual([
      ['FKnew000002', 'too-recent'],
      ['FKcol000004', 'collab'],
      ['FKown000005', 'collab'],
      ['FKpin000001', 'pinned'],
    ]);
    // (like_count + comment_count) / 5210 × 100 for 410+12, 380+9, 505+15.
    expect(report.engagement.used.map((u) => u.postId)).toEqual([
      'FKown000003',
      'FKown000006',
      'FKown000007',
    ]);
    expect(report.engagement.erMedian).toBeCloseTo((422 / 5210) * 100, 10);
    expect(report.engagement.erMean).toBeCloseTo(((422 + 389 + 520) / 3 / 5210) * 100, 10);
  });

  it('is not counted for another profile whose own id the page data gives', () => {
    const other = extract(`${IG}/moss.and.stone/`, [
      ...reels(),
      profile('moss.and.stone', '7400000004', 900),
    ]);
    expect(other.snapshot.posts).toHaveLength(0);
    expect(codes(other)).toContain('foreign-posts-ignored');
  });

  it('is not counted for another profile when its id is known to be the previous profile’s', () => {
    // In the inbox: the previous profile's info (fern.kitchen = 7100000001) and its reels.
    const other = extract(`${IG}/moss.and.stone/`, [profile('fern.kitchen', '7100000001', 5210), ...reels()]);
    expect(other.snapshot.posts).toHaveLength(0);
  });
});

describe('a private profile whose counts are buttons', () => {
  it('is private, with the exact follower count from the button’s title', () => {
    const result = extract(
      `${IG}/quiet.fern/`,
      [],
      fixtureDocument('instagram', 'private-count-buttons.html'),
    );
    expect(result.snapshot).toMatchObject({
      handle: 'quiet.fern',
      pageState: 'private',
      isPrivate: true,
      followers: 12_345,
      following: 561,
      postsCount: 1,
      displayName: 'Quiet Fern',
    });
    expect(result.provenance.followers).toBe('dom');
    expect(codes(result)).not.toContain('rounded');
  });

  it('left on screen after moving to another profile, does not make that profile private', () => {
    const result = extract(
      `${IG}/moss.and.stone/`,
      [],
      fixtureDocument('instagram', 'private-count-buttons.html'),
    );
    expect(result.snapshot).toMatchObject({ handle: 'moss.and.stone', pageState: 'ok' });
    expect(result.snapshot.isPrivate).toBeUndefined();
    expect(result.snapshot.followers).toBeUndefined();
    expect(codes(result)).toEqual(expect.arrayContaining(['stale-header', 'stale-meta']));
  });
});
