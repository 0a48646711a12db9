import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
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
    reports: createReportStore(fakeBrowser.storage.session, { now: () => NOW }),
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
    const { report, reportId } = result.value;
    expect(report.handle).toBe('lea.cuisine');
    expect(report.tier).toBe('micro');
    expect(report.engagement.erMean).toBeCloseTo(4, 10);
    expect(report.engagement.used).toHaveLength(6);
    expect(report.verdict).toBe('shortlist');
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuse a snapshot whose profile or post address is not on the platform’s own site', async () => {
    const foreign = extraction();
    foreign.snapshot.url = 'javascript:alert(1)';
    expect(await sendMessage('bg:scoreProfile', { extraction: foreign, evidence: { comments: [] } })).toEqual(
      {
        ok: false,
        error: { code: 'invalid-data', detail: expect.stringContaining('snapshot.url') },
      },
    );
    const otherSite = extraction();
    otherSite.snapshot.url = 'https://www.tiktok.com/@lea.cuisine';
    expect(
      (await sendMessage('bg:scoreProfile', { extraction: otherSite, evidence: { comments: [] } })).ok,
    ).toBe(false);
    const post = extraction();
    (post.snapshot.posts[0] as { url?: string }).url = 'https://evil.example/p/1/';
    expect(await sendMessage('bg:scoreProfile', { extraction: post, evidence: { comments: [] } })).toEqual({
      ok: false,
      error: { code: 'invalid-data', detail: expect.stringContaining('snapshot.posts.0.url') },
    });
  });

  it('refuse a malformed snapshot with a message naming the bad field, without throwing', async () => {
    const bad = extraction();
    (bad.snapshot as { followers: unknown }).followers = -5;
    const result = await sendMessage('bg:scoreProfile', { extraction: bad, evidence: { comments: [] } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-data', detail: expect.stringContaining('snapshot.followers') },
    });
  });

  it('add a scored creator to the shortlist and report the status and count', async () => {
    const scored = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!scored.ok) throw new Error(scored.error.detail ?? scored.error.code);
    const added = await sendMessage('bg:addToShortlist', { reportId: scored.value.reportId });
    expect(added.ok && added.value.count).toBe(1);
    expect(
      await sendMessage('bg:getShortlistStatus', { platform: 'instagram', handle: 'Lea.Cuisine' }),
    ).toEqual({ ok: true, value: { shortlisted: true, status: 'candidate', count: 1 } });
    expect(
      await sendMessage('bg:getShortlistStatus', { platform: 'tiktok', handle: 'lea.cuisine' }),
    ).toMatchObject({ ok: true, value: { shortlisted: false } });
  });

  it('add only a report the background scored itself, named by its id — never a report a message brings', async () => {
    const scored = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!scored.ok) throw new Error(scored.error.detail ?? scored.error.code);
    // A forged report (a better verdict, a foreign link) sent in place of the id.
    const forged = { ...scored.value.report, verdict: 'shortlist', url: 'https://evil.example/' };
    const send = sendMessage as unknown as (type: string, data: unknown) => Promise<{ ok: boolean }>;
    expect((await send('bg:addToShortlist', { report: forged })).ok).toBe(false);
    expect((await send('bg:addToShortlist', { reportId: scored.value.reportId, report: forged })).ok).toBe(
      false,
    );
    const unknown = await sendMessage('bg:addToShortlist', { reportId: 'not-a-report-it-scored' });
    expect(unknown).toEqual({ ok: false, error: { code: 'score-expired' } });
    expect(await countShortlist(db)).toBe(0);
  });

  it('forget scored reports after an hour: adding then asks for a new score', async () => {
    let now = NOW;
    unregister();
    unregister = registerBackgroundHandlers({
      db,
      now: () => now,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      reports: createReportStore(fakeBrowser.storage.session, { now: () => now }),
    });
    const scored = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!scored.ok) throw new Error(scored.error.detail ?? scored.error.code);
    now += 61 * 60_000;
    expect((await sendMessage('bg:addToShortlist', { reportId: scored.value.reportId })).ok).toBe(false);
    expect(await countShortlist(db)).toBe(0);
  });
});

describe('scoring a creator the team already shortlisted', () => {
  it('applies the audited fake-follower share entered on the shortlist: above the campaign maximum is a reject', async () => {
    const first = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!first.ok) throw new Error(first.error.detail ?? first.error.code);
    expect(first.value.report.verdict).toBe('shortlist');
    await sendMessage('bg:addToShortlist', { reportId: first.value.reportId });
    await editEntries(db, ['instagram:lea.cuisine'], { auditFakeShare: 35 }, NOW);
    const again = await sendMessage('bg:scoreProfile', {
      extraction: extraction(),
      evidence: { comments: [] },
    });
    if (!again.ok) throw new Error(again.error.detail ?? again.error.code);
    expect(again.value.report.verdict).toBe('reject');
    expect(again.value.report.reasons).toContainEqual(
      expect.objectContaining({ code: 'audit-fake-share', severity: 'hard', params: { share: 35, max: 20 } }),
    );
  });
});
