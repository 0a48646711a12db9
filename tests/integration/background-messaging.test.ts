import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_CAMPAIGN, type Extraction, ExtractionSchema } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { countShortlist, editEntries } from '@/lib/shortlist/repo';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

/** 6 posts, 3 to 8 days old, each with (likes + comments) = 400 on 10,000 followers: ER 4 %. */
function extraction(handle = 'lea.cuisine'): Extraction {
  return ExtractionSchema.parse({
    snapshot: {
      platform: 'instagram',
      handle,
      url: `https://www.instagram.com/${handle}/`,
      capturedAt: NOW,
      followers: 10_000,
      posts: Array.from({ length: 6 }, (_, i) => ({
        id: `p${i}`,
        type: 'photo',
        takenAt: NOW - (3 + i) * DAY,
        likes: 380,
        comments: 20,
        source: 'json',
      })),
    },
    provenance: { followers: 'dom', posts: 'json' },
    problems: [],
  });
}

let db: MicroscopeDb;
let unregister: () => void;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new MicroscopeDb(`bg-test-${n++}-${Date.now()}`);
  unregister = registerBackgroundHandlers({
    db,
    now: () => NOW,
    activeCampaign: async () => DEFAULT_CAMPAIGN,
  });
});
afterEach(async () => {
  unregister();
  await db.delete();
});

describe('background message handlers', () => {
  it('score a snapshot sent by a content script with the active campaign', async () => {
    const result = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.handle).toBe('lea.cuisine');
    expect(result.value.tier).toBe('micro');
    expect(result.value.engagement.erMean).toBeCloseTo(4, 10);
    expect(result.value.engagement.used).toHaveLength(6);
    expect(result.value.verdict).toBe('shortlist');
  });

  it('refuse a malformed snapshot with a message naming the bad field, without throwing', async () => {
    const bad = extraction();
    (bad.snapshot as { followers: unknown }).followers = -5;
    const result = await sendMessage('bg:scoreProfile', { extraction: bad, evidence: { comments: [] } });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('snapshot.followers') });
  });

  it('add a scored creator to the shortlist and report the status and count', async () => {
    const scored = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!scored.ok) throw new Error(scored.error);
    const added = await sendMessage('bg:addToShortlist', { report: scored.value });
    expect(added.ok && added.value.count).toBe(1);
    expect(
      await sendMessage('bg:getShortlistStatus', { platform: 'instagram', handle: 'Lea.Cuisine' }),
    ).toEqual({
      shortlisted: true,
      status: 'candidate',
      count: 1,
    });
    expect(
      await sendMessage('bg:getShortlistStatus', { platform: 'tiktok', handle: 'lea.cuisine' }),
    ).toMatchObject({
      shortlisted: false,
    });
  });

  it('refuse to store a report that is not a report', async () => {
    const result = await sendMessage('bg:addToShortlist', { report: { handle: 'x' } as never });
    expect(result.ok).toBe(false);
    expect(await countShortlist(db)).toBe(0);
  });
});

describe('scoring a creator the team already shortlisted', () => {
  it('applies the audited fake-follower share entered on the shortlist: above the campaign maximum is a reject', async () => {
    const first = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!first.ok) throw new Error(first.error);
    expect(first.value.verdict).toBe('shortlist');
    await sendMessage('bg:addToShortlist', { report: first.value });
    await editEntries(db, ['instagram:lea.cuisine'], { auditFakeShare: 35 }, NOW);
    const again = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.verdict).toBe('reject');
    expect(again.value.reasons.some((r) => r.severity === 'hard' && /35/.test(r.message))).toBe(true);
  });
});
