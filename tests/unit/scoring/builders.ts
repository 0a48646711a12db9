import { type Campaign, type CampaignInput, CampaignSchema } from '@/lib/model/campaign';
import {
  type Comment,
  CommentSchema,
  type Extraction,
  type Post,
  type PostInput,
  PostSchema,
  type ProfileSnapshotInput,
  ProfileSnapshotSchema,
} from '@/lib/model/profile';
import type { ScoringContext } from '@/lib/scoring/context';
import { selectEligiblePosts } from '@/lib/scoring/eligibility';
import { computeEngagement } from '@/lib/scoring/engagement';
import { tierOf } from '@/lib/scoring/tier';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A fixed scoring time: 2026-03-01T12:00:00Z. */
export const NOW = Date.UTC(2026, 2, 1, 12);

let seq = 0;

/** A settled Instagram photo, 5 days old, unless overridden. */
export function post(overrides: Partial<PostInput> = {}): Post {
  seq++;
  return PostSchema.parse({
    id: `p${seq}`,
    type: 'photo',
    takenAt: NOW - 5 * DAY,
    likes: 100,
    comments: 10,
    source: 'json',
    ...overrides,
  });
}

/** `n` settled posts, one per day from 3 days ago backwards, with the given counts. */
export function postsWith(
  counts: ReadonlyArray<readonly [likes: number, comments: number]>,
  extra: Partial<PostInput> = {},
): Post[] {
  return counts.map(([likes, comments], i) =>
    post({ id: `w${i + 1}`, takenAt: NOW - (3 + i) * DAY, likes, comments, ...extra }),
  );
}

export function snapshot(overrides: Partial<ProfileSnapshotInput> = {}) {
  return ProfileSnapshotSchema.parse({
    platform: 'instagram',
    handle: 'creator',
    url: 'https://www.instagram.com/creator/',
    capturedAt: NOW,
    followers: 10_000,
    ...overrides,
  });
}

export function extraction(overrides: Partial<ProfileSnapshotInput> = {}): Extraction {
  return { snapshot: snapshot(overrides), provenance: { followers: 'json', posts: 'json' }, problems: [] };
}

export function campaign(overrides: Partial<CampaignInput> = {}): Campaign {
  return CampaignSchema.parse({ id: 'c1', name: 'Test campaign', ...overrides });
}

export function comment(text: string, overrides: Partial<Comment> = {}): Comment {
  seq++;
  return CommentSchema.parse({
    id: `c${seq}`,
    postId: 'p1',
    author: `user${seq}`,
    text,
    source: 'json',
    ...overrides,
  });
}

/** The context every sub-score reads, built the way scoreProfile builds it. */
export function contextFor(ex: Extraction, c: Campaign = campaign(), now = NOW): ScoringContext {
  const { snapshot: s } = ex;
  const selection = selectEligiblePosts(s.posts, s.platform, c.thresholds, now);
  const { engagement } = computeEngagement({
    selection,
    followers: s.followers,
    platform: s.platform,
    thresholds: c.thresholds,
  });
  return {
    snapshot: s,
    campaign: c,
    thresholds: c.thresholds,
    platform: s.platform,
    followers: s.followers,
    tier: s.followers === undefined ? undefined : tierOf(s.followers, c.thresholds),
    selection,
    engagement,
    now,
  };
}
