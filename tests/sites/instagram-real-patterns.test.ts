// @vitest-environment happy-dom
/**
 * Instagram patterns seen on real saved pages and responses, each on a fixture written by the
 * project: a Reels-tab response that names accounts by id only and carries no `taken_at`, and a
 * private profile whose counts are buttons, also left on screen after moving to another profile;
 * the same reels seen in the timeline first; and fields of the profile response that public
 * scrapers document (a reel's plays, likes hidden as -1, the paid-partnership label and sponsors).
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

describe('the timeline, then the Reels tab showing the same posts (a visit, then a click on Reels)', () => {
  /** The profile's timeline response for two of the reels: captions, sponsorship, accounts named. */
  const timeline = (): CapturedPayload[] => [
    {
      kind: 'ig-timeline',
      url: `${IG}/graphql/query`,
      data: {
        edges: [
          {
            node: {
              code: 'FKown000003',
              pk: '3642809884325450001',
              taken_at: Date.UTC(2025, 4, 29) / 1000,
              media_type: 2,
              product_type: 'clips',
              caption: { text: 'Spring menu with @oliveoil.co #ad #recipe' },
              is_paid_partnership: true,
              sponsor_tags: [{ sponsor: { username: 'oliveoil.co' } }],
              user: { username: 'fern.kitchen', pk: '7100000001' },
              coauthor_producers: [],
              like_count: 400,
              comment_count: 11,
              play_count: 8800,
            },
          },
          {
            node: {
              code: 'FKown000005',
              pk: '3640635557131858739',
              taken_at: Date.UTC(2025, 4, 26) / 1000,
              media_type: 2,
              product_type: 'clips',
              caption: { text: 'Cooking with a friend' },
              user: { username: 'fern.kitchen', pk: '7100000001' },
              coauthor_producers: [{ username: 'guest.chef', pk: '7300000003' }],
              like_count: 640,
              comment_count: 30,
              play_count: 13900,
            },
          },
        ],
      },
    },
  ];

  it('keeps what only the timeline carried; the later Reels copy gives the counts', () => {
    const result = extract(`${IG}/fern.kitchen/reels/`, [
      ...timeline(),
      ...reels(),
      profile('fern.kitchen', '7100000001', 5210),
    ]);
    const post = (id: string) => result.snapshot.posts.find((p) => p.id === id);
    expect(post('FKown000003')).toMatchObject({
      caption: 'Spring menu with @oliveoil.co #ad #recipe',
      hashtags: ['ad', 'recipe'],
      mentions: ['oliveoil.co'],
      paidPartnership: true,
      sponsorTags: ['oliveoil.co'],
      likes: 410,
      comments: 12,
      views: 9000,
    });
    // The co-author the timeline names, not the id the Reels tab gives for it.
    expect(post('FKown000005')?.coauthors).toEqual(['guest.chef']);
    expect(post('FKown000005')?.caption).toBe('Cooking with a friend');
    // The other reels, seen on the Reels tab only, are as the Reels tab gives them.
    expect(post('FKown000006')?.caption).toBeUndefined();
    expect(result.snapshot.posts).toHaveLength(7);
  });

  it('scores the sponsored reel as sponsored, as it would without the click on Reels', () => {
    const score = (captured: CapturedPayload[]) =>
      scoreProfile({
        extraction: extract(`${IG}/fern.kitchen/reels/`, [
          ...captured,
          profile('fern.kitchen', '7100000001', 5210),
        ]),
        evidence: { comments: [] },
        campaign: DEFAULT_CAMPAIGN,
        now: NOW,
      });
    const verdict = (r: ReturnType<typeof score>, id: string) => {
      const d = r.disclosures?.find((x) => x.postId === id);
      return d && [d.sponsored, d.compliant];
    };
    // Before, the Reels copy replaced the timeline's: no caption, no label, "not sponsored".
    const alone = verdict(score(timeline()), 'FKown000003');
    expect(alone?.[0]).toBe('yes');
    expect(verdict(score([...timeline(), ...reels()]), 'FKown000003')).toEqual(alone);
  });
});

describe('posts of the profile response (web_profile_info) as public scrapers document them', () => {
  const node = (shortcode: string, extra: Record<string, unknown>) => ({
    node: {
      __typename: 'GraphVideo',
      shortcode,
      id: '3642809884325450001',
      is_video: true,
      product_type: 'clips',
      taken_at_timestamp: Date.UTC(2025, 4, 20) / 1000,
      edge_media_to_caption: { edges: [] },
      edge_media_to_comment: { count: 12 },
      owner: { id: '7100000001', username: 'fern.kitchen' },
      ...extra,
    },
  });
  const result = extract(`${IG}/fern.kitchen/`, [
    {
      kind: 'ig-profile',
      url: `${IG}/api/v1/users/web_profile_info/?username=fern.kitchen`,
      data: {
        username: 'fern.kitchen',
        id: '7100000001',
        edge_followed_by: { count: 5210 },
        edge_owner_to_timeline_media: {
          count: 3,
          edges: [
            // A reel: the plays the site shows, and the older, smaller view count.
            node('FKplay00001', {
              edge_liked_by: { count: 410 },
              video_play_count: 22346,
              video_view_count: 7694,
            }),
            // Likes hidden, sent as -1.
            node('FKhide00002', { edge_media_preview_like: { count: -1 }, video_view_count: 900 }),
            // A paid partnership: the label and the sponsor, with no disclosure in the caption.
            node('FKpaid00003', {
              edge_liked_by: { count: 300 },
              is_paid_partnership: true,
              edge_media_to_sponsor_user: { edges: [{ node: { sponsor: { username: 'OliveOil.co' } } }] },
            }),
          ],
        },
      },
    },
  ]);
  const post = (id: string) => result.snapshot.posts.find((p) => p.id === id);

  it('reads a reel’s plays, not the older view count', () => {
    expect(post('FKplay00001')?.views).toBe(22346);
  });

  it('reads likes sent as -1 as hidden, not as an unreadable count', () => {
    expect(post('FKhide00002')).toMatchObject({ likesHidden: true, comments: 12 });
    expect(post('FKhide00002')?.likes).toBeUndefined();
    expect(post('FKhide00002')?.views).toBeUndefined();
    expect(codes(result)).not.toContain('invalid-post');
  });

  it('reads the paid-partnership label and the sponsor', () => {
    expect(post('FKpaid00003')).toMatchObject({ paidPartnership: true, sponsorTags: ['oliveoil.co'] });
  });
});
