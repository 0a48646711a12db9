// @vitest-environment happy-dom
/**
 * TikTok page patterns seen on real saved pages, each on a fixture written by the project:
 * the translation dictionary inside the JSON scripts, `stats`-only (rounded) counts, the 2023
 * `SIGI_STATE` format with its swapped heading tags, and a page left over from another profile.
 */
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/lib/model';
import { DEFAULT_CAMPAIGN } from '@/lib/model/campaign';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { extractTiktokProfile } from '@/lib/sites/tiktok/extract';
import { fixtureDocument, NOW } from './fixture-loader';

const TT = 'https://www.tiktok.com';

function extract(name: string, url: string, edit?: (doc: Document) => void) {
  const doc = fixtureDocument('tiktok', name);
  edit?.(doc);
  const result = extractTiktokProfile({ doc, url, captured: [], now: NOW });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  return result;
}
const codes = (r: ReturnType<typeof extract>) => r.problems.map((p) => p.code);

describe('a profile as served, before its grid renders, with the translation dictionary in its JSON', () => {
  // stats-only-as-served.html: "This account is private", "Couldn't find this account" and
  // "No content" are only inside the rehydration script; statusCode 0, privateAccount false.
  const result = extract('stats-only-as-served.html', `${TT}/@olive.bakes`);

  it('is an ordinary profile whose videos are not loaded yet — not private, missing or empty', () => {
    expect(result.snapshot).toMatchObject({
      handle: 'olive.bakes',
      pageState: 'ok',
      isPrivate: false,
      postsCount: 1280,
      following: 87,
      displayName: 'Olive Bakes',
    });
    expect(result.snapshot.posts).toHaveLength(0);
    expect(codes(result)).not.toContain('private');
    expect(codes(result)).not.toContain('no-posts');
    expect(codes(result)).not.toContain('not-found');
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing', field: 'posts' }));
  });

  it('says the follower count from `stats` is TikTok’s rounding', () => {
    expect(result.snapshot.followers).toBe(412_300);
    expect(result.provenance.followers).toBe('embedded');
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'rounded', field: 'followers' }));
  });

  it('still says so when such a message is really shown under this profile’s header', () => {
    const shown = extract('stats-only-as-served.html', `${TT}/@olive.bakes`, (doc) => {
      // The site's own fields say the account is public with 1,280 videos: a shown message
      // cannot override them…
      doc.querySelector('[data-e2e="user-bio"]')?.insertAdjacentHTML('afterend', '<p>No content</p>');
    });
    expect(shown.snapshot.pageState).toBe('ok');
    // …but without those fields the shown message is what there is.
    const bare = extract('stats-only-as-served.html', `${TT}/@olive.bakes`, (doc) => {
      doc.querySelector('#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
      doc
        .querySelector('[data-e2e="user-bio"]')
        ?.insertAdjacentHTML('afterend', '<p>This account is private</p>');
    });
    expect(bare.snapshot).toMatchObject({ pageState: 'private', isPrivate: true });
  });

  it('left on screen after moving to another profile, is ignored and says nothing about the new one', () => {
    const stale = extract('stats-only-as-served.html', `${TT}/@next.creator`);
    expect(stale.snapshot).toMatchObject({ handle: 'next.creator', pageState: 'ok' });
    expect(stale.snapshot.isPrivate).toBeUndefined();
    expect(stale.snapshot.followers).toBeUndefined();
    expect(codes(stale)).toEqual(expect.arrayContaining(['stale-embedded', 'stale-header']));
  });
});

describe('the 2023 format: SIGI_STATE', () => {
  const url = `${TT}/@pip.sculpts`;
  const result = extract('sigi-state.html', url);
  const ids = result.snapshot.posts.map((p) => p.id);

  it('reads the profile from UserModule.users / UserModule.stats', () => {
    expect(result.snapshot).toMatchObject({
      handle: 'pip.sculpts',
      pageState: 'ok',
      displayName: 'Pip Sculpts',
      bio: 'Tiny clay things\nWellington',
      isPrivate: false,
      followers: 48_200,
      following: 310,
      postsCount: 212,
      totalLikes: 1_900_000,
      externalUrl: 'pipsculpts.nz',
    });
    expect(result.provenance).toMatchObject({ followers: 'embedded', posts: 'embedded' });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'rounded', field: 'followers' }));
    expect(codes(result)).not.toContain('invalid-json');
    expect(codes(result)).not.toContain('no-embedded');
  });

  it('reads the six videos of ItemModule in ItemList["user-post"] order, with counts and times', () => {
    expect(ids).toEqual([
      '7510300073584083166',
      '7509279589095614977',
      '7508908503670766338',
      '7508166334145219587',
      '7507424163009060100',
      '7506310908040703493',
    ]);
    expect(result.snapshot.posts[1]).toMatchObject({
      takenAt: 1_748_390_400_000,
      likes: 2410,
      comments: 90,
      shares: 12,
      views: 40_000,
      hashtags: ['ceramics'],
      source: 'embedded',
    });
  });

  it('scores them: the 30 h old video left out, the guide’s ER over the other five', () => {
    const report = scoreProfile({
      extraction: result,
      evidence: { comments: [] },
      campaign: DEFAULT_CAMPAIGN,
      now: NOW,
    });
    expect(report.engagement.excluded).toEqual([
      expect.objectContaining({ postId: '7510300073584083166', reason: 'too-recent' }),
    ]);
    expect(report.engagement.used.map((u) => u.postId)).toEqual(ids.slice(1));
    // (diggCount + commentCount) / 48200 × 100: 2500, 1240, 3920, 984, 1587 → mean 10231 / 5 / 482,
    // median 1587 / 482; (digg + comment + share) / playCount → median 986 / 18000.
    expect(report.engagement.erMean).toBeCloseTo(4.245228215767635, 10);
    expect(report.engagement.erMedian).toBeCloseTo(3.29253112033195, 10);
    expect(report.engagement.erByViewsMedian).toBeCloseTo(5.477777777777778, 10);
  });

  it('reads the swapped headings (h2 user-title, h1 user-subtitle) and the tiles when the state is gone', () => {
    const domOnly = extract('sigi-state.html', url, (doc) => doc.querySelector('#SIGI_STATE')?.remove());
    expect(domOnly.snapshot).toMatchObject({ displayName: 'Pip Sculpts', followers: 48_200, following: 310 });
    expect(domOnly.provenance).toMatchObject({ displayName: 'dom', followers: 'dom', posts: 'dom' });
    expect(domOnly.snapshot.posts.map((p) => p.id)).toEqual(ids.slice(0, 4));
    // A tile has no date; its video id has one (top 32 bits = Unix seconds).
    expect(domOnly.snapshot.posts[0]?.takenAt).toBe(1_748_628_000_000);
    expect(codes(domOnly)).toContain('no-embedded');
  });

  it('left on screen after moving to another profile, is ignored', () => {
    const stale = extract('sigi-state.html', `${TT}/@next.creator`);
    expect(stale.snapshot).toMatchObject({ handle: 'next.creator', pageState: 'ok' });
    expect(stale.snapshot.followers).toBeUndefined();
    expect(stale.snapshot.isPrivate).toBeUndefined();
    expect(stale.snapshot.posts).toHaveLength(0);
    expect(stale.problems).toContainEqual(
      expect.objectContaining({
        code: 'stale-embedded',
        params: expect.objectContaining({ shown: 'pip.sculpts' }),
      }),
    );
  });
});
