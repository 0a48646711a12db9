import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
import { requestCounter } from '@/lib/background/requests';
import { PRIME_DELAY_MS, registerWarmUp, scorePrimer } from '@/lib/background/warm-up';
import { sendMessage } from '@/lib/messaging';
import { type Campaign, DEFAULT_CAMPAIGN } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
let db: MicroscopeDb;
let unregister: (() => void) | undefined;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new MicroscopeDb(`warm-up-test-${n++}-${Date.now()}`);
});
afterEach(async () => {
  unregister?.();
  await db.delete();
});

describe('the background’s warm-up message', () => {
  it('opens the database and reads the active campaign before the score asks for them', async () => {
    let campaignReads = 0;
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: async () => {
        campaignReads++;
        return DEFAULT_CAMPAIGN;
      },
    });
    expect(db.isOpen()).toBe(false);
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
      ok: true,
      value: { ready: true },
    });
    expect(db.isOpen()).toBe(true);
    expect(campaignReads).toBe(1);
    // It scored the primer without keeping anything.
    expect(await db.rowPages.count()).toBe(0);
    expect(await db.replicaPages.count()).toBe(0);
  });

  it('primes the scoring once when Score appears, never when a score is about to arrive', async () => {
    const primed: string[] = [];
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      primeDelayMs: 0,
      prime: () => primed.push('primed'),
    });
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    // Pointer, focus and press: the user's score is right behind and would wait for the primer.
    for (const trigger of ['pointer', 'focus', 'press'] as const) {
      expect(await sendMessage('bg:warmUp', { trigger })).toEqual({ ok: true, value: { ready: true } });
    }
    await nextTask();
    expect(primed).toHaveLength(0);
    // Score appeared: primed after answering, in a task of its own, and only once.
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
      ok: true,
      value: { ready: true },
    });
    await nextTask();
    expect(primed).toHaveLength(1);
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
      ok: true,
      value: { ready: true },
    });
    await nextTask();
    expect(primed).toHaveLength(1);
    // Anything else is refused, not trusted.
    expect(await sendMessage('bg:warmUp', { trigger: 'now' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-data' },
    });
  });

  it('skips the primer when a request of the user’s arrives before it runs', async () => {
    const primed: string[] = [];
    const requests = requestCounter();
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      requests,
      primeDelayMs: 0,
      prime: () => primed.push('primed'),
    });
    const unregisterHandlers = registerBackgroundHandlers({
      db,
      now: () => NOW,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      reports: createReportStore(fakeBrowser.storage.session, { now: () => NOW }),
      requests,
    });
    try {
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
      // A background that has just started gets the profile's warm-up and the pointer's status
      // request together: the primer would only delay the score that follows.
      const [warm, status] = await Promise.all([
        sendMessage('bg:warmUp', { trigger: 'shown' }),
        sendMessage('bg:getShortlistStatus', { platform: 'instagram', handle: 'lea.cuisine' }),
      ]);
      expect(warm).toEqual({ ok: true, value: { ready: true } });
      expect(status.ok && status.value.shortlisted).toBe(false);
      await nextTask();
      expect(primed).toHaveLength(0);
      // The next profile opened with nothing else going on is primed.
      expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
        ok: true,
        value: { ready: true },
      });
      await nextTask();
      expect(primed).toHaveLength(1);
    } finally {
      unregisterHandlers();
    }
  });

  it('waits a moment before priming, so that a quick press’s requests arrive first and cancel it', async () => {
    const primed: number[] = [];
    const requests = requestCounter();
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      requests,
      prime: () => primed.push(performance.now()),
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const answered = performance.now();
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
      ok: true,
      value: { ready: true },
    });
    await sleep(PRIME_DELAY_MS / 3);
    expect(primed).toEqual([]);
    requests.note(); // the pointer reached Score: its status request
    await sleep(PRIME_DELAY_MS);
    expect(primed).toEqual([]);
    // Nobody acting: primed once the delay has passed.
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({
      ok: true,
      value: { ready: true },
    });
    await sleep(PRIME_DELAY_MS + 50);
    expect(primed).toHaveLength(1);
    expect((primed[0] ?? 0) - answered).toBeGreaterThanOrEqual(PRIME_DELAY_MS);
  });

  it('primes the scoring with a profile the real code scores through its main paths', () => {
    const report = scorePrimer(DEFAULT_CAMPAIGN, NOW);
    expect(report.handle).toBe('microscope.primer');
    // 12 posts, the pinned one left out: the engagement path ran on real numbers.
    expect(report.engagement.used).toHaveLength(10);
    expect(report.engagement.excluded.some((p) => p.reason === 'pinned')).toBe(true);
    expect(report.engagement.erMean).toBeGreaterThan(0);
    expect(['shortlist', 'review', 'reject']).toContain(report.verdict);
  });

  it('answers a failure, without throwing, when the settings cannot be read', async () => {
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: (): Promise<Campaign> => Promise.reject(new Error('storage unavailable')),
    });
    expect(await sendMessage('bg:warmUp', { trigger: 'pointer' })).toEqual({
      ok: false,
      error: { code: 'unexpected', detail: 'storage unavailable' },
    });
  });
});
