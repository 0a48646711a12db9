// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/lib/model';
import {
  extractTiktokComments,
  extractTiktokProfile,
  parseTiktokMetaDescription,
} from '@/lib/sites/tiktok/extract';
import { fixtureCaptured, fixtureDocument, NOW } from './fixture-loader';

const TT = 'https://www.tiktok.com';
const API = `${TT}/api/post/item_list/?secUid=MS4wLjABAAAA_x1&cursor=0`;

function extract(name: string, url: string, json: string[] = []) {
  const captured = json.flatMap((file) => fixtureCaptured('tiktok', file, API));
  const result = extractTiktokProfile({ doc: fixtureDocument('tiktok', name), url, captured, now: NOW });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  return result;
}
const problemCodes = (r: ReturnType<typeof extract>) => r.problems.map((p) => p.code);

describe('extractTiktokProfile with the rehydration script and two item_list pages', () => {
  const result = extract('rehydration-statsv2.html', `${TT}/@sam.bakes`, [
    'rehydration-statsv2.tt-item-list.json',
    'rehydration-statsv2-page2.tt-item-list.json',
  ]);
  const post = (id: string) => result.snapshot.posts.find((p) => p.id === id);

  it('prefers the exact statsV2 strings over the rounded stats and the DOM', () => {
    expect(result.snapshot).toMatchObject({
      handle: 'sam.bakes',
      followers: 2_312_345,
      following: 12,
      totalLikes: 78_912_345,
      postsCount: 412,
      displayName: 'Sam Bakes',
      verified: true,
      isPrivate: false,
      externalUrl: 'linktr.ee/sambakes',
      pageState: 'ok',
    });
    expect(result.snapshot.bio).toBe('Sourdough every day 🍞\nBerlin');
    expect(result.provenance).toMatchObject({ followers: 'embedded', totalLikes: 'embedded', posts: 'json' });
  });

  it('merges overlapping pages into one video per id, newest first, without the other creator’s video', () => {
    expect(result.snapshot.posts.map((p) => p.id)).toEqual([
      '7400000000000000002',
      '7400000000000000003',
      '7400000000000000004',
      '7400000000000000006',
      '7400000000000000007',
      '7400000000000000001',
    ]);
    expect(problemCodes(result)).toEqual(expect.arrayContaining(['foreign-posts-ignored', 'invalid-post']));
  });

  it('maps play, digg, comment, share and collect counts, with createTime in milliseconds', () => {
    expect(post('7400000000000000002')).toMatchObject({
      type: 'video',
      takenAt: 1748563200_000,
      views: 180000,
      likes: 12000,
      comments: 310,
      shares: 150,
      saves: 900,
      url: `${TT}/@sam.bakes/video/7400000000000000002`,
    });
  });

  it('keeps the later copy of a video seen on both pages and reads stats when statsV2 is absent', () => {
    expect(post('7400000000000000004')).toMatchObject({ views: 421000, likes: 33100 });
    expect(post('7400000000000000007')).toMatchObject({ views: 260000, likes: 19000 });
  });

  it('marks the pinned video and the branded one, with hashtags and mentions', () => {
    expect(post('7400000000000000001')?.pinned).toBe(true);
    expect(post('7400000000000000003')).toMatchObject({
      paidPartnership: true,
      hashtags: ['ad', 'croissant'],
      mentions: ['butter.bros'],
    });
    expect(post('7400000000000000002')?.paidPartnership).toBe(false);
  });
});

describe('extractTiktokProfile with an overflowed heartCount', () => {
  const result = extract('stats-overflow.html', `${TT}/@dance.duo`);

  it('never uses the negative heartCount, falls back to heart and reports the overflow', () => {
    expect(result.snapshot.totalLikes).toBe(3_000_000_000);
    expect(result.snapshot.followers).toBe(15_400_000);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'invalid-count', field: 'totalLikes' }),
    );
  });
});

describe('extractTiktokProfile page states', () => {
  it('recognises a private account from statusCode 10222', () => {
    const result = extract('private.html', `${TT}/@secret.garden`);
    expect(result.snapshot).toMatchObject({ pageState: 'private', isPrivate: true, followers: 5321 });
    expect(problemCodes(result)).toContain('private');
  });

  it('recognises a missing account from statusCode 10221', () => {
    const result = extract('not-found.html', `${TT}/@ghost.account.9`);
    expect(result.snapshot.pageState).toBe('not-found');
    expect(result.snapshot.followers).toBeUndefined();
  });

  it('recognises an account without videos', () => {
    const result = extract('no-posts.html', `${TT}/@new.here`);
    expect(result.snapshot).toMatchObject({ pageState: 'no-posts', postsCount: 0, followers: 3 });
    expect(result.snapshot.bio).toBeUndefined();
  });

  it('says a video page is not a profile', () => {
    const result = extract('video-comments.html', `${TT}/@sam.bakes/video/7400000000000000002`);
    expect(result.snapshot.pageState).toBe('not-profile');
  });
});

describe('extractTiktokProfile without the rehydration script', () => {
  it('takes counts from the items’ authorStats before the rounded DOM text', () => {
    const result = extract('no-rehydration.html', `${TT}/@sam.bakes`, ['no-rehydration.tt-item-list.json']);
    expect(result.snapshot).toMatchObject({
      followers: 2_312_399,
      totalLikes: 78_912_999,
      postsCount: 413,
      following: 12,
    });
    expect(result.provenance).toMatchObject({ followers: 'json', displayName: 'dom' });
    expect(problemCodes(result)).toContain('no-embedded');
  });

  it('falls back to the DOM counts, flagged as rounded, when no JSON was seen', () => {
    const result = extract('no-rehydration.html', `${TT}/@sam.bakes`);
    expect(result.snapshot).toMatchObject({ followers: 2_300_000, following: 12, totalLikes: 78_900_000 });
    expect(result.provenance.followers).toBe('dom');
    expect(result.snapshot.posts.map((p) => [p.id, p.views])).toEqual([
      ['7400000000000000002', 180_000],
      ['7400000000000000004', 420_000],
    ]);
    expect(problemCodes(result)).toEqual(expect.arrayContaining(['rounded', 'no-post-counts']));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing', field: 'postsCount' }));
  });

  it('uses the page’s own /api/user/detail/ response', () => {
    const captured = fixtureCaptured(
      'tiktok',
      'user-detail-api.tt-user-detail.json',
      `${TT}/api/user/detail/?uniqueId=sam.bakes`,
    );
    expect(captured.map((c) => c.kind)).toEqual(['tt-user-detail']);
    const result = extractTiktokProfile({
      doc: fixtureDocument('tiktok', 'user-detail-api.html'),
      url: `${TT}/@sam.bakes`,
      captured,
      now: NOW,
    });
    expect(result.snapshot).toMatchObject({
      followers: 2_312_345,
      totalLikes: 78_912_345,
      displayName: 'Sam Bakes',
    });
    expect(result.provenance.followers).toBe('json');
  });
});

describe('rounded and exact counts from several sources', () => {
  /** A page whose rehydration script carries only the rounded `stats` (as real pages of 2024–2025 did). */
  const roundedPage = () =>
    new DOMParser().parseFromString(
      `<html><head><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify({
        __DEFAULT_SCOPE__: {
          'webapp.user-detail': {
            statusCode: 0,
            userInfo: {
              user: { uniqueId: 'sam.bakes', nickname: 'Sam Bakes' },
              stats: { followerCount: 783400, followingCount: 12, heartCount: 3900000, videoCount: 19 },
            },
          },
        },
      })}</script></head><body></body></html>`,
      'text/html',
    );
  const detail = (statsV2: Record<string, string>) => ({
    kind: 'tt-user-detail' as const,
    url: `${TT}/api/user/detail/?uniqueId=sam.bakes`,
    data: {
      statusCode: 0,
      userInfo: {
        user: { uniqueId: 'sam.bakes', nickname: 'Sam Bakes' },
        stats: { followerCount: 783400, followingCount: 12, heartCount: 3900000, videoCount: 19 },
        statsV2,
      },
    },
  });
  const read = (captured: Parameters<typeof extractTiktokProfile>[0]['captured'], doc = roundedPage()) => {
    const result = extractTiktokProfile({ doc, url: `${TT}/@sam.bakes`, captured, now: NOW });
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
    return result;
  };
  const roundedFollowers = (r: ReturnType<typeof read>) =>
    r.problems.some((p) => p.code === 'rounded' && p.field === 'followers');

  it('the page’s exact figures, read after the script’s rounded ones, replace them', () => {
    const result = read([
      detail({ followerCount: '783427', followingCount: '12', heartCount: '3922256', videoCount: '19' }),
    ]);
    expect(result.snapshot).toMatchObject({ followers: 783_427, totalLikes: 3_922_256, following: 12 });
    expect(result.provenance.followers).toBe('json');
    expect(roundedFollowers(result)).toBe(false);
  });

  it('the script’s rounded figures alone are said to be rounded', () => {
    const result = read([]);
    expect(result.snapshot.followers).toBe(783_400);
    expect(roundedFollowers(result)).toBe(true);
  });

  it('statsV2 strings equal to the rounded stats are said to be rounded too', () => {
    // As a video list's authorStatsV2 can be: the rounded figures written as strings.
    const rounded = detail({
      followerCount: '783400',
      followingCount: '12',
      heartCount: '3900000',
      videoCount: '19',
    });
    const blank = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const alone = read([rounded], blank);
    expect(alone.snapshot.followers).toBe(783_400);
    expect(roundedFollowers(alone)).toBe(true);
    // Below 10,000 TikTok does not round: equal figures there are exact.
    const small = read(
      [detail({ followerCount: '3666', followingCount: '12', heartCount: '9000', videoCount: '19' })],
      blank,
    );
    expect(small.snapshot.followers).toBe(3666);
    expect(roundedFollowers(small)).toBe(false);
  });
});

describe('a branded video whose branded-content type is text', () => {
  it('is read, and counted as a paid partnership', () => {
    const item = {
      id: '7400000000000000077',
      desc: 'New flour, new loaf',
      createTime: 1746000000,
      author: { uniqueId: 'sam.bakes' },
      stats: { playCount: 1000, diggCount: 100, commentCount: 5, shareCount: 1, collectCount: 2 },
      isAd: false,
      brandOrganicType: '1',
    };
    const blank = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const result = extractTiktokProfile({
      doc: blank,
      url: `${TT}/@sam.bakes`,
      captured: [{ kind: 'tt-item-list', url: API, data: { itemList: [item] } }],
      now: NOW,
    });
    expect(result.snapshot.posts.map((p) => [p.id, p.paidPartnership])).toEqual([
      ['7400000000000000077', true],
    ]);
  });
});

describe('extractTiktokProfile after in-app navigation', () => {
  const result = extract('stale-rehydration.html', `${TT}/@sam.bakes`);

  it('ignores rehydration data, header and meta tags that belong to the previous profile', () => {
    expect(result.snapshot.handle).toBe('sam.bakes');
    expect(result.snapshot.followers).toBeUndefined();
    expect(result.snapshot.displayName).toBeUndefined();
    expect(problemCodes(result)).toEqual(expect.arrayContaining(['stale-embedded', 'stale-header']));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing', field: 'followers' }));
  });
});

describe('extractTiktokProfile on a French page', () => {
  const result = extract('fr-dom.html', `${TT}/@chef.lucie`);

  it('parses French compact counts with no-break spaces', () => {
    expect(result.snapshot).toMatchObject({
      locale: 'fr',
      followers: 12_300,
      following: 87,
      totalLikes: 1_200_000,
    });
    expect(result.snapshot.posts.map((p) => [p.views, p.pinned])).toEqual([
      [45_600, true],
      [1_100_000, false],
    ]);
  });
});

describe('extractTiktokComments', () => {
  const url = `${TT}/@sam.bakes/video/7400000000000000002`;
  const doc = fixtureDocument('tiktok', 'video-comments.html');

  it('reads captured comments for this video only and marks the creator reply', () => {
    const captured = fixtureCaptured('tiktok', 'video-comments.tt-comments.json', `${TT}/api/comment/list/`);
    const comments = extractTiktokComments({ doc, url, captured, creatorHandle: 'sam.bakes' });
    expect(comments.map((c) => [c.id, c.author, c.isCreatorReply])).toEqual([
      ['7410000000000000001', 'crumb.lover', false],
      ['7410000000000000002', 'marie_b', false],
      ['7410000000000000003', 'sam.bakes', true],
    ]);
    expect(comments[0]).toMatchObject({
      postId: '7400000000000000002',
      likes: 41,
      createdAt: 1748570400_000,
      source: 'json',
    });
  });

  it('reads the replies a comment carries and those the user opens, the creator’s among them', () => {
    const comment = (cid: string, author: string, text: string, extra: Record<string, unknown> = {}) => ({
      cid,
      aweme_id: '7400000000000000002',
      text,
      create_time: 1748570400,
      digg_count: 3,
      user: { unique_id: author },
      ...extra,
    });
    const captured = [
      {
        kind: 'tt-comments' as const,
        url: `${TT}/api/comment/list/?aweme_id=7400000000000000002`,
        data: {
          comments: [
            comment('1', 'crumb.lover', 'Recipe please?', {
              reply_id: '0',
              reply_comment_total: 3,
              reply_comment: [comment('11', 'sam.bakes', 'In my bio!', { reply_id: '1' })],
            }),
          ],
        },
      },
      // "View 2 more": the replies after the one the comment carried.
      {
        kind: 'tt-comments' as const,
        url: `${TT}/api/comment/list/reply/?item_id=7400000000000000002&comment_id=1`,
        data: {
          comments: [
            comment('12', 'marie_b', 'Same question', { reply_id: '1' }),
            comment('13', 'other.video', 'Wrong video', { aweme_id: '7400000000000000009' }),
          ],
        },
      },
    ];
    const comments = extractTiktokComments({ doc, url, captured, creatorHandle: 'sam.bakes' });
    expect(comments.map((c) => [c.id, c.author, c.isCreatorReply])).toEqual([
      ['1', 'crumb.lover', false],
      ['11', 'sam.bakes', true],
      ['12', 'marie_b', false],
    ]);
    // A reply seen twice (carried by its comment, then in the opened list) is read once.
    const twice = [
      ...captured,
      { ...captured[1], data: { comments: [comment('11', 'sam.bakes', 'In my bio!', { reply_id: '1' })] } },
    ] as typeof captured;
    expect(extractTiktokComments({ doc, url, captured: twice, creatorHandle: 'sam.bakes' })).toHaveLength(3);
  });

  it('falls back to the DOM comments', () => {
    const comments = extractTiktokComments({ doc, url, captured: [], creatorHandle: 'sam.bakes' });
    expect(comments.map((c) => [c.author, c.text, c.isCreatorReply, c.source])).toEqual([
      ['crumb.lover', 'That open crumb 😍', false, 'dom'],
      ['sam.bakes', 'Thanks! 78% hydration', true, 'dom'],
    ]);
  });

  it('gives no comments on a profile URL', () => {
    expect(extractTiktokComments({ doc, url: `${TT}/@sam.bakes`, captured: [] })).toEqual([]);
  });
});

describe('parseTiktokMetaDescription', () => {
  it('reads the name, handle, likes and followers', () => {
    expect(
      parseTiktokMetaDescription(
        'Sam Bakes (@sam.bakes) on TikTok | 7.8M Likes. 2.3M Followers. Sourdough every day.',
      ),
    ).toEqual({ name: 'Sam Bakes', handle: 'sam.bakes', likes: 7_800_000, followers: 2_300_000 });
  });
});
