import { describe, expect, it } from 'vitest';
import { ThresholdsSchema } from '@/lib/model/campaign';
import { selectEligiblePosts } from '@/lib/scoring/eligibility';
import { DAY, HOUR, NOW, post } from './builders';

const t = ThresholdsSchema.parse({});

describe('selectEligiblePosts', () => {
  it('excludes a pinned post even when it is the newest, and says why', () => {
    const pinned = post({ id: 'pin', pinned: true, takenAt: NOW - 200 * DAY });
    const normal = post({ id: 'a' });
    const s = selectEligiblePosts([pinned, normal], 'instagram', t, NOW);
    expect(s.window.map((p) => p.id)).toEqual(['a']);
    expect(s.excluded).toEqual([{ postId: 'pin', reason: 'pinned' }]);
  });

  it('excludes posts with hidden likes even when a like count was read', () => {
    const hidden = post({ id: 'h', likesHidden: true, likes: 3 });
    const s = selectEligiblePosts([hidden], 'instagram', t, NOW);
    expect(s.window).toEqual([]);
    expect(s.excluded).toEqual([{ postId: 'h', reason: 'likes-hidden' }]);
  });

  it('keeps an Instagram post exactly 48 hours old and excludes one a millisecond younger', () => {
    const settled = post({ id: 'old', takenAt: NOW - 48 * HOUR });
    const fresh = post({ id: 'new', takenAt: NOW - 48 * HOUR + 1 });
    const s = selectEligiblePosts([fresh, settled], 'instagram', t, NOW);
    expect(s.window.map((p) => p.id)).toEqual(['old']);
    expect(s.excluded).toEqual([{ postId: 'new', reason: 'too-recent' }]);
  });

  it('needs 72 hours on TikTok: a 71-hour-old video is too recent, a 72-hour-old one counts', () => {
    const a = post({ id: 'a', takenAt: NOW - 71 * HOUR, type: 'video' });
    const b = post({ id: 'b', takenAt: NOW - 72 * HOUR, type: 'video' });
    const s = selectEligiblePosts([a, b], 'tiktok', t, NOW);
    expect(s.window.map((p) => p.id)).toEqual(['b']);
    expect(s.excluded).toEqual([{ postId: 'a', reason: 'too-recent' }]);
  });

  it('excludes collab posts co-authored with other accounts', () => {
    const s = selectEligiblePosts([post({ id: 'c', coauthors: ['brand'] })], 'instagram', t, NOW);
    expect(s.excluded).toEqual([{ postId: 'c', reason: 'collab' }]);
  });

  it('excludes posts whose likes or comments could not be read, never counting them as zero', () => {
    const noLikes = post({ id: 'l', likes: undefined });
    const noComments = post({ id: 'm', comments: undefined, takenAt: NOW - 6 * DAY });
    const s = selectEligiblePosts([noLikes, noComments], 'instagram', t, NOW);
    expect(s.excluded.map((e) => [e.postId, e.reason])).toEqual([
      ['l', 'missing-counts'],
      ['m', 'missing-counts'],
    ]);
  });

  it('gives one reason per post, pinned winning over hidden likes and hidden likes over age', () => {
    const both = post({ id: 'x', pinned: true, likesHidden: true });
    const hiddenFresh = post({ id: 'y', likesHidden: true, takenAt: NOW - HOUR });
    const s = selectEligiblePosts([both, hiddenFresh], 'instagram', t, NOW);
    expect(s.excluded.map((e) => e.reason).sort()).toEqual(['likes-hidden', 'pinned']);
  });

  it('keeps the newest 10 eligible posts, newest first, and marks older eligible ones outside the window', () => {
    const posts = Array.from({ length: 12 }, (_, i) => post({ id: `d${i}`, takenAt: NOW - (3 + i) * DAY }));
    const shuffled = [posts[5], posts[11], posts[0], ...posts.slice(1, 5), ...posts.slice(6, 11)].filter(
      (p) => p !== undefined,
    );
    const s = selectEligiblePosts(shuffled, 'instagram', t, NOW);
    expect(s.window.map((p) => p.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9']);
    expect(s.excluded).toEqual([
      { postId: 'd10', reason: 'outside-window' },
      { postId: 'd11', reason: 'outside-window' },
    ]);
    expect(s.eligibleCount).toBe(12);
  });

  it('honours a campaign window of 3 posts', () => {
    const posts = Array.from({ length: 5 }, (_, i) => post({ id: `e${i}`, takenAt: NOW - (3 + i) * DAY }));
    const s = selectEligiblePosts(posts, 'instagram', ThresholdsSchema.parse({ postWindow: 3 }), NOW);
    expect(s.window).toHaveLength(3);
    expect(s.excluded.filter((e) => e.reason === 'outside-window')).toHaveLength(2);
  });

  it('puts undated posts after dated ones in page order and lists them', () => {
    const u1 = post({ id: 'u1', takenAt: undefined });
    const dated = post({ id: 'd' });
    const u2 = post({ id: 'u2', takenAt: undefined });
    const s = selectEligiblePosts([u1, dated, u2], 'instagram', t, NOW);
    expect(s.window.map((p) => p.id)).toEqual(['d', 'u1', 'u2']);
    expect(s.undated).toEqual(['u1', 'u2']);
  });

  it('carries the post URL into the exclusion so the card can link to it', () => {
    const s = selectEligiblePosts(
      [post({ id: 'z', pinned: true, url: 'https://www.instagram.com/p/Z/' })],
      'instagram',
      t,
      NOW,
    );
    expect(s.excluded).toEqual([{ postId: 'z', url: 'https://www.instagram.com/p/Z/', reason: 'pinned' }]);
  });
});
