import { describe, expect, it } from 'vitest';
import { parseCaptureMessage } from '@/lib/sites/capture';
import {
  CAPTURE_TAG,
  hasInstagramMarker,
  isCaptureUrl,
  MAX_CAPTURE_CHARS,
  payloadsFromBody,
  pickPayloads,
  splitJsonPayloads,
} from '@/lib/sites/capture-filter';
import { fixtureText } from './fixture-loader';

describe('isCaptureUrl', () => {
  it.each([
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/graphql/query/',
    'https://www.instagram.com/api/graphql',
    'https://www.instagram.com/api/v1/users/web_profile_info/?username=nike',
    'https://i.instagram.com/api/v1/users/25025320/info/',
    'https://www.tiktok.com/api/post/item_list/?secUid=x&cursor=0',
    'https://www.tiktok.com/api/user/detail/?uniqueId=x',
    'https://www.tiktok.com/api/comment/list/?aweme_id=1',
    'https://www.tiktok.com/api/comment/list/reply/?item_id=1&comment_id=2',
    '/graphql/query',
    '/api/post/item_list/?cursor=0',
  ])('accepts %s', (url) => {
    expect(isCaptureUrl(url)).toBe(true);
  });

  it.each([
    'https://www.instagram.com/nike/',
    'https://www.instagram.com/ajax/bz',
    'https://www.instagram.com/api/v1/direct_v2/inbox/',
    'https://www.instagram.com/api/v1/feed/timeline/',
    'https://i.instagram.com/api/v1/media/123/comments/',
    'https://www.tiktok.com/api/recommend/item_list/',
    'https://www.tiktok.com/graphql/query',
    'https://www.instagram.com/api/post/item_list/',
    'https://evil.example/graphql/query',
    'https://instagram.com.evil.example/api/v1/x',
    'http://www.instagram.com/graphql/query',
    '',
  ])('rejects %s', (url) => {
    expect(isCaptureUrl(url)).toBe(false);
  });
});

describe('splitJsonPayloads', () => {
  it('parses a single document', () => {
    expect(splitJsonPayloads('{"a":1}')).toEqual([{ a: 1 }]);
  });

  it('splits newline-separated and back-to-back documents', () => {
    expect(splitJsonPayloads('{"a":1}\n{"b":"}{"}\r\n{"c":[1,2]}')).toEqual([
      { a: 1 },
      { b: '}{' },
      { c: [1, 2] },
    ]);
    expect(splitJsonPayloads('{"a":1}{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('strips the for (;;); prefix', () => {
    expect(splitJsonPayloads('for (;;);{"payload":{"x":1}}')).toEqual([{ payload: { x: 1 } }]);
  });

  it('skips parts that are not JSON and refuses oversized bodies', () => {
    expect(splitJsonPayloads('{"a":1}\n{oops}')).toEqual([{ a: 1 }]);
    expect(splitJsonPayloads('<html>')).toEqual([]);
    expect(splitJsonPayloads(' '.repeat(MAX_CAPTURE_CHARS + 1))).toEqual([]);
  });
});

describe('pickPayloads', () => {
  it('finds the Instagram timeline under the data wrapper', () => {
    const picked = pickPayloads(JSON.parse(fixtureText('instagram', 'en-older-header.ig-timeline.json')));
    expect(picked.map((p) => p.kind)).toEqual(['ig-timeline']);
  });

  it('finds the clips connection and web_profile_info user', () => {
    expect(
      pickPayloads(JSON.parse(fixtureText('instagram', 'reels-tab.ig-clips.json'))).map((p) => p.kind),
    ).toEqual(['ig-clips']);
    const profile = pickPayloads(JSON.parse(fixtureText('instagram', 'en-older-header.ig-profile.json')));
    expect(profile.map((p) => p.kind)).toEqual(['ig-profile']);
    expect(profile[0]?.data).toMatchObject({ username: 'alba.travels' });
  });

  it('finds a newer profile user with follower_count', () => {
    const picked = pickPayloads({ data: { user: { username: 'x', follower_count: 5, pk: '1' } } });
    expect(picked).toEqual([{ kind: 'ig-profile', data: { username: 'x', follower_count: 5, pk: '1' } }]);
  });

  it('finds the post and its comments side by side', () => {
    const picked = pickPayloads({
      data: {
        xdt_api__v1__media__shortcode__web_info: { items: [] },
        xdt_api__v1__media__media_id__comments__connection: { edges: [] },
      },
    });
    expect(picked.map((p) => p.kind)).toEqual(['ig-post', 'ig-comments']);
  });

  it('finds the replies the user opens under a comment, as comments', () => {
    const body = {
      data: {
        xdt_api__v1__media__media_id__comments__parent_comment_id__child_comments__connection: {
          edges: [{ node: { pk: '1', text: 'Thank you!', created_at: 1 } }],
          page_info: { has_next_page: false },
        },
      },
    };
    expect(pickPayloads(body).map((p) => p.kind)).toEqual(['ig-comments']);
    // The body is worth parsing (the marker the capture looks for before it parses one).
    expect(hasInstagramMarker(JSON.stringify(body))).toBe(true);
    // The older post object: its comments, and the marker too.
    const post = { data: { xdt_shortcode_media: { edge_media_to_parent_comment: { edges: [] } } } };
    expect(pickPayloads(post).map((p) => p.kind)).toEqual(['ig-comments']);
    expect(hasInstagramMarker(JSON.stringify(post))).toBe(true);
  });

  it('finds the TikTok item list, user detail and comments', () => {
    const kinds = (file: string) => pickPayloads(JSON.parse(fixtureText('tiktok', file))).map((p) => p.kind);
    expect(kinds('rehydration-statsv2.tt-item-list.json')).toEqual(['tt-item-list']);
    expect(kinds('user-detail-api.tt-user-detail.json')).toEqual(['tt-user-detail']);
    expect(kinds('video-comments.tt-comments.json')).toEqual(['tt-comments']);
  });

  it('ignores unrelated JSON and stops at the depth limit', () => {
    expect(pickPayloads({ data: { viewer: { id: 1 } } })).toEqual([]);
    expect(pickPayloads(null)).toEqual([]);
    expect(pickPayloads('text')).toEqual([]);
    const deep = { a: { b: { c: { d: { e: { f: { g: { itemList: [] } } } } } } } };
    expect(pickPayloads(deep)).toEqual([]);
    expect(pickPayloads(deep, 10).map((p) => p.kind)).toEqual(['tt-item-list']);
  });

  it('picks from every document of a multi-payload body', () => {
    const body = `for (;;);${JSON.stringify({ data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [] } } })}\n${JSON.stringify({ data: { user: { username: 'x', edge_followed_by: { count: 1 } } } })}`;
    expect(payloadsFromBody(body).map((p) => p.kind)).toEqual(['ig-timeline', 'ig-profile']);
  });
});

describe('capture-filter.ts', () => {
  it('imports nothing, so it can be bundled into the MAIN-world script', () => {
    const source = fixtureText('instagram', '../../../lib/sites/capture-filter.ts');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bimport\(/);
    expect(source).not.toMatch(/\brequire\(/);
  });
});

describe('parseCaptureMessage', () => {
  it('accepts a tagged envelope of a known kind', () => {
    expect(
      parseCaptureMessage({
        tag: CAPTURE_TAG,
        kind: 'tt-item-list',
        url: '/api/post/item_list/',
        data: { itemList: [] },
      }),
    ).toEqual({
      kind: 'tt-item-list',
      url: '/api/post/item_list/',
      data: { itemList: [] },
    });
  });

  it('refuses other messages posted on the page', () => {
    expect(parseCaptureMessage({ tag: 'other', kind: 'tt-item-list', url: '', data: {} })).toBeUndefined();
    expect(parseCaptureMessage({ tag: CAPTURE_TAG, kind: 'unknown', url: '', data: {} })).toBeUndefined();
    expect(parseCaptureMessage('hello')).toBeUndefined();
  });
});
