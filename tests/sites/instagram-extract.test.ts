// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/lib/model';
import { pickPayloads } from '@/lib/sites/capture-filter';
import { extractInstagramComments } from '@/lib/sites/instagram/comments';
import { extractInstagramProfile, parseInstagramMetaDescription } from '@/lib/sites/instagram/extract';
import { fixtureCaptured, fixtureDocument, NOW } from './fixture-loader';

const IG = 'https://www.instagram.com';
const GQL = `${IG}/graphql/query`;

function extract(name: string, url: string, json: string[] = []) {
  const captured = json.flatMap((file) => fixtureCaptured('instagram', file, GQL));
  const result = extractInstagramProfile({
    doc: fixtureDocument('instagram', name),
    url,
    captured,
    now: NOW,
  });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  return result;
}

const codes = (r: ReturnType<typeof extract>) => r.snapshot.posts.map((p) => p.id);
const problemCodes = (r: ReturnType<typeof extract>) => r.problems.map((p) => p.code);

describe('extractInstagramProfile on the English older header with timeline JSON', () => {
  const url = `${IG}/alba.travels/`;
  const result = extract('en-older-header.html', url, [
    'en-older-header.ig-timeline.json',
    'en-older-header-page2.ig-timeline.json',
  ]);
  const post = (id: string) => result.snapshot.posts.find((p) => p.id === id);

  it('reads the exact follower count from the title attribute, not the truncated 1.1M', () => {
    expect(result.snapshot.followers).toBe(1_179_867);
    expect(result.provenance.followers).toBe('dom');
  });

  it('reads following, posts, name, category, bio, link and the verified badge from the header', () => {
    expect(result.snapshot).toMatchObject({
      handle: 'alba.travels',
      following: 190,
      postsCount: 1407,
      displayName: 'Alba Martín',
      category: 'Travel blogger',
      verified: true,
      externalUrl: 'https://albatravels.example/',
      locale: 'en',
      pageState: 'ok',
      capturedAt: NOW,
    });
    expect(result.snapshot.bio).toBe(
      'Slow travel in Southern Europe 🌍\nLisbon · Porto · Sevilla\nCollabs: hello@albatravels.example',
    );
  });

  it('merges two overlapping pages into one post per id, newest first, ignoring another user’s post', () => {
    expect(codes(result)).toEqual([
      'C2recentBBB',
      'C3hiddenCCC',
      'C4collabDDD',
      'C5reelEEEE',
      'C6paidFFFF',
      'C8olderHHH',
      'C1pinnedAAA',
    ]);
    expect(result.provenance.posts).toBe('json');
    expect(problemCodes(result)).toContain('foreign-posts-ignored');
  });

  it('keeps the later copy of a post seen on two pages', () => {
    expect(post('C6paidFFFF')).toMatchObject({ likes: 9810, comments: 121 });
  });

  it('converts taken_at seconds to milliseconds and types posts by media_type and product_type', () => {
    expect(post('C2recentBBB')).toMatchObject({
      takenAt: 1748649600_000,
      type: 'carousel',
      likes: 12040,
      comments: 230,
    });
    expect(post('C5reelEEEE')).toMatchObject({ type: 'reel', views: 410000, url: `${IG}/reel/C5reelEEEE/` });
    expect(post('C8olderHHH')).toMatchObject({ type: 'photo', url: `${IG}/p/C8olderHHH/` });
  });

  it('leaves likes undefined on a post with hidden likes instead of the decoy 3', () => {
    expect(post('C3hiddenCCC')).toMatchObject({ likesHidden: true, comments: 95 });
    expect(post('C3hiddenCCC')?.likes).toBeUndefined();
  });

  it('marks the pinned post, the collab and the paid partnership', () => {
    expect(post('C1pinnedAAA')?.pinned).toBe(true);
    expect(post('C2recentBBB')?.pinned).toBe(false);
    expect(post('C4collabDDD')?.coauthors).toEqual(['marco.foto']);
    expect(post('C6paidFFFF')).toMatchObject({ paidPartnership: true, sponsorTags: ['lumen.hotels'] });
  });

  it('parses hashtags and mentions from the caption', () => {
    expect(post('C1pinnedAAA')).toMatchObject({ hashtags: ['travel', 'lisbon'], mentions: ['marco.foto'] });
  });

  it('reports the malformed timeline node as a problem instead of failing', () => {
    expect(problemCodes(result)).toContain('invalid-post');
  });
});

describe('extractInstagramProfile with web_profile_info JSON', () => {
  const result = extract('en-older-header.html', `${IG}/alba.travels/`, ['en-older-header.ig-profile.json']);

  it('takes the counts and profile fields from the page JSON first', () => {
    expect(result.snapshot).toMatchObject({
      followers: 1_179_867,
      following: 190,
      postsCount: 1407,
      verified: true,
    });
    expect(result.provenance).toMatchObject({
      followers: 'json',
      following: 'json',
      bio: 'json',
      displayName: 'json',
    });
  });

  it('reads the legacy timeline nodes, with the pinned post and the carousel', () => {
    expect(codes(result).slice(0, 2)).toEqual(['C9legacyIII', 'C1pinnedAAA']);
    const legacy = result.snapshot.posts[0];
    expect(legacy).toMatchObject({ type: 'carousel', likes: 11000, comments: 150, takenAt: 1745020800_000 });
    expect(result.snapshot.posts[1]?.pinned).toBe(true);
  });

  it('fills in the remaining grid tiles from the DOM without counts', () => {
    const tile = result.snapshot.posts.find((p) => p.id === 'C3hiddenCCC');
    expect(tile).toMatchObject({ source: 'dom' });
    expect(tile?.likes).toBeUndefined();
  });
});

describe('extractInstagramProfile on the French newer header', () => {
  const result = extract('fr-newer-header.html', `${IG}/chloe.cuisine/`);

  it('reads the exact count from a title grouped with narrow no-break spaces', () => {
    expect(result.snapshot.followers).toBe(12_345);
  });

  it('reads the newer header without a ul, the French verified label and the span bio', () => {
    expect(result.snapshot).toMatchObject({
      locale: 'fr',
      postsCount: 174,
      following: 512,
      displayName: 'Chloé Dubois',
      category: 'Créateur de contenu digital',
      verified: true,
      bio: 'Recettes de saison 🍂\nParis 11e\n📩 chloe@example.fr',
    });
  });

  it('gives grid tiles as posts with ids and types but no counts, and says so', () => {
    expect(result.snapshot.posts.map((p) => [p.id, p.type, p.pinned])).toEqual([
      ['DfrPinned01', 'photo', true],
      ['DfrCarou02', 'carousel', false],
      ['DfrReel003', 'reel', false],
      ['DfrPhoto04', 'photo', false],
    ]);
    expect(result.provenance.posts).toBe('dom');
    expect(problemCodes(result)).toContain('no-post-counts');
  });
});

describe('extractInstagramProfile on a German page without the exact title', () => {
  const result = extract('de-rounded.html', `${IG}/lena.laeuft/`);

  it('parses the compact German text and flags the follower count as rounded', () => {
    expect(result.snapshot).toMatchObject({
      followers: 44_100_000,
      following: 1234,
      postsCount: 2345,
      verified: true,
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'rounded', field: 'followers' }));
  });
});

describe('extractInstagramProfile page states', () => {
  it('falls back to the meta description on a logged-out first load', () => {
    const result = extract('logged-out-meta-only.html', `${IG}/nike/`);
    expect(result.snapshot).toMatchObject({
      followers: 307_000_000,
      following: 190,
      postsCount: 1407,
      displayName: 'Nike',
    });
    expect(result.provenance).toMatchObject({ followers: 'meta', following: 'meta', postsCount: 'meta' });
    expect(problemCodes(result)).toEqual(expect.arrayContaining(['meta-only', 'rounded']));
    expect(result.snapshot.posts).toEqual([]);
  });

  it('ignores meta tags that describe another handle after in-app navigation', () => {
    const result = extract('logged-out-meta-only.html', `${IG}/adidas/`);
    expect(result.snapshot.followers).toBeUndefined();
    expect(result.snapshot.displayName).toBeUndefined();
    expect(problemCodes(result)).toContain('stale-meta');
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing', field: 'followers' }));
  });

  it('recognises the login wall and keeps the handle from the redirect', () => {
    const result = extract('login-wall.html', `${IG}/accounts/login/?next=%2Falba.travels%2F`);
    expect(result.snapshot).toMatchObject({ pageState: 'login-wall', handle: 'alba.travels' });
    expect(problemCodes(result)).toContain('login-wall');
  });

  it('recognises a private account and still reads its header', () => {
    const result = extract('private.html', `${IG}/quiet.fox/`);
    expect(result.snapshot).toMatchObject({
      pageState: 'private',
      isPrivate: true,
      followers: 8412,
      postsCount: 37,
    });
    expect(problemCodes(result)).toContain('private');
  });

  it('recognises a profile that does not exist', () => {
    const result = extract('not-found.html', `${IG}/no.such.handle.42/`);
    expect(result.snapshot.pageState).toBe('not-found');
    expect(problemCodes(result)).toContain('not-found');
  });

  it('recognises a profile without posts', () => {
    const result = extract('no-posts.html', `${IG}/fresh.start/`);
    expect(result.snapshot).toMatchObject({ pageState: 'no-posts', postsCount: 0, followers: 1024 });
  });

  it('says a page that is not a profile is not a profile', () => {
    const result = extract('not-found.html', `${IG}/explore/`);
    expect(result.snapshot.pageState).toBe('not-profile');
  });

  it('ignores a header left over from the previous profile', () => {
    const result = extract('private.html', `${IG}/someone.new/`);
    expect(result.snapshot.followers).toBeUndefined();
    expect(problemCodes(result)).toContain('stale-header');
  });
});

describe('extractInstagramProfile on the reels tab', () => {
  const result = extract('reels-tab.html', `${IG}/alba.travels/reels/`, ['reels-tab.ig-clips.json']);

  it('reads reels from the clips connection, pinned on the reels tab', () => {
    expect(result.snapshot.posts.map((p) => [p.id, p.type, p.views, p.pinned])).toEqual([
      ['R2reelKKKK', 'reel', 150000, true],
      ['C5reelEEEE', 'reel', 410000, false],
    ]);
  });
});

describe('extractInstagramProfile with hidden likes on every post', () => {
  const result = extract('hidden-likes.html', `${IG}/mira.minimal/`, ['hidden-likes.ig-timeline.json']);

  it('never turns hidden likes or views into numbers', () => {
    expect(result.snapshot.posts).toHaveLength(3);
    for (const post of result.snapshot.posts) {
      expect(post.likesHidden).toBe(true);
      expect(post.likes).toBeUndefined();
      expect(post.views).toBeUndefined();
    }
    expect(result.snapshot.posts.map((p) => p.comments)).toEqual([14, 9, 21]);
    expect(result.snapshot.followers).toBe(52_300);
  });
});

describe('extractInstagramProfile with a post opened over the profile', () => {
  it('reads the profile underneath, taking the handle from the header', () => {
    const result = extract('post-over-profile.html', `${IG}/p/C2recentBBB/`);
    expect(result.snapshot).toMatchObject({ handle: 'alba.travels', followers: 1_179_867, pageState: 'ok' });
    expect(problemCodes(result)).toContain('url-not-profile');
  });
});

describe('extractInstagramComments', () => {
  const doc = fixtureDocument('instagram', 'post-over-profile.html');

  it('reads the comments embedded in the data-sjs JSON and marks the creator reply', () => {
    const comments = extractInstagramComments({ doc, url: `${IG}/p/C2recentBBB/`, captured: [] });
    expect(comments.map((c) => [c.id, c.author, c.isCreatorReply, c.source])).toEqual([
      ['18000000000000001', 'traveler_jo', false, 'embedded'],
      ['18000000000000002', 'sam.r', false, 'embedded'],
      ['18000000000000003', 'alba.travels', true, 'embedded'],
    ]);
    expect(comments[0]).toMatchObject({
      postId: 'C2recentBBB',
      likes: 12,
      createdAt: 1748653200_000,
      text: 'Wow 😍😍',
    });
  });

  it('reads the replies the user opens under a comment (the creator’s among them)', () => {
    const captured = pickPayloads({
      data: {
        xdt_api__v1__media__media_id__comments__parent_comment_id__child_comments__connection: {
          edges: [
            {
              node: {
                pk: '18000000000000091',
                text: 'Merci !',
                created_at: 1748653300,
                comment_like_count: 2,
                parent_comment_id: '18000000000000001',
                user: { username: 'alba.travels' },
              },
            },
          ],
          page_info: { has_next_page: false, end_cursor: null },
        },
      },
    }).map((p) => ({ ...p, url: GQL }));
    const comments = extractInstagramComments({ doc, url: `${IG}/p/C2recentBBB/`, captured });
    expect(comments.find((c) => c.id === '18000000000000091')).toMatchObject({
      author: 'alba.travels',
      isCreatorReply: true,
      postId: 'C2recentBBB',
      likes: 2,
      source: 'json',
    });
  });

  it('reads the comments of the older post object some post pages load, with their first replies', () => {
    const captured = pickPayloads({
      data: {
        xdt_shortcode_media: {
          __typename: 'XDTGraphImage',
          shortcode: 'C2recentBBB',
          owner: { id: '1', username: 'alba.travels' },
          edge_media_to_parent_comment: {
            count: 2,
            page_info: { has_next_page: false, end_cursor: null },
            edges: [
              {
                node: {
                  id: '18000000000000081',
                  text: 'Where is this?',
                  created_at: 1748653400,
                  owner: { id: '2', username: 'Traveler_X' },
                  edge_liked_by: { count: 3 },
                  edge_threaded_comments: {
                    count: 1,
                    edges: [
                      {
                        node: {
                          id: '18000000000000082',
                          text: 'Madeira!',
                          created_at: 1748653500,
                          owner: { id: '1', username: 'alba.travels' },
                          edge_liked_by: { count: 1 },
                        },
                      },
                    ],
                  },
                },
              },
            ],
          },
        },
      },
    }).map((p) => ({ ...p, url: GQL }));
    expect(captured.map((p) => p.kind)).toEqual(['ig-comments']);
    const comments = extractInstagramComments({
      doc,
      url: `${IG}/p/C2recentBBB/`,
      captured,
      creatorHandle: 'alba.travels',
    });
    const read = (id: string) => comments.find((c) => c.id === id);
    expect(read('18000000000000081')).toMatchObject({
      author: 'traveler_x',
      text: 'Where is this?',
      likes: 3,
      createdAt: 1748653400_000,
      isCreatorReply: false,
      source: 'json',
    });
    expect(read('18000000000000082')).toMatchObject({
      author: 'alba.travels',
      isCreatorReply: true,
      likes: 1,
    });
  });

  it('prefers captured comment JSON and merges it with the embedded first page', () => {
    const captured = [
      {
        kind: 'ig-comments' as const,
        url: GQL,
        data: {
          edges: [
            {
              node: {
                pk: '18000000000000009',
                text: 'Saving this!',
                created_at: 1748700000,
                user: { username: 'ana' },
              },
            },
          ],
        },
      },
    ];
    const comments = extractInstagramComments({ doc, url: `${IG}/p/C2recentBBB/`, captured });
    expect(comments.map((c) => c.id)).toEqual([
      '18000000000000009',
      '18000000000000001',
      '18000000000000002',
      '18000000000000003',
    ]);
    expect(comments[0]?.source).toBe('json');
  });

  it('falls back to the DOM comments when there is no JSON', () => {
    const bare = fixtureDocument('instagram', 'post-over-profile.html');
    for (const s of bare.querySelectorAll('script[data-sjs]')) s.remove();
    const comments = extractInstagramComments({
      doc: bare,
      url: `${IG}/p/C2recentBBB/`,
      captured: [],
      creatorHandle: 'alba.travels',
    });
    expect(comments.map((c) => [c.author, c.text, c.isCreatorReply, c.source])).toEqual([
      ['traveler_jo', 'Wow 😍😍', false, 'dom'],
      ['alba.travels', '@sam.r Praia da Luz, go early!', true, 'dom'],
    ]);
    expect(comments[0]?.createdAt).toBe(Date.parse('2025-05-31T01:00:00.000Z'));
  });
});

describe('parseInstagramMetaDescription', () => {
  it.each([
    [
      '307M Followers, 190 Following, 1407 Posts - See Instagram photos and videos from Nike (@nike)',
      'en',
      [307_000_000, 190, 1407, 'nike'],
    ],
    [
      '399 followers, 512 suivis, 174 publications - Voir les photos et vidéos Instagram de Chloé (@chloe)',
      'fr',
      [399, 512, 174, 'chloe'],
    ],
    [
      '3,960 abonnés, 843 abonnements, 1,082 publications - Voir les photos et vidéos Instagram de X (@x.y)',
      'fr',
      [3960, 843, 1082, 'x.y'],
    ],
    [
      '1,432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir Instagram-Fotos und -Videos von @lena.laeuft an',
      'de',
      [1432, 268, 468, 'lena.laeuft'],
    ],
    [
      '12,5 mil seguidores, 300 seguidos, 45 publicaciones - Ver fotos y videos de Instagram de Ana (@ana)',
      'es',
      [12_500, 300, 45, 'ana'],
    ],
  ] as const)('reads %j', (content, locale, [followers, following, posts, handle]) => {
    expect(parseInstagramMetaDescription(content, locale)).toEqual({ followers, following, posts, handle });
  });
});
