import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWarmUp, scorePrimer } from '@/lib/background/warm-up';
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
    expect(await sendMessage('bg:warmUp', { trigger: 'shown' })).toEqual({ ready: true });
    expect(db.isOpen()).toBe(true);
    expect(campaignReads).toBe(1);
    // It scored the primer without keeping anything.
    expect(await db.shortlist.count()).toBe(0);
    expect(await db.replicas.count()).toBe(0);
  });

  it('primes the scoring ahead of a likely click, but not when the press itself sent the warm-up', async () => {
    const primed: string[] = [];
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: async () => DEFAULT_CAMPAIGN,
      prime: () => primed.push('primed'),
    });
    for (const trigger of ['shown', 'pointer', 'focus'] as const) {
      expect(await sendMessage('bg:warmUp', { trigger })).toEqual({ ready: true });
    }
    expect(primed).toHaveLength(3);
    // The score is right behind the press: it would only wait for the primer.
    expect(await sendMessage('bg:warmUp', { trigger: 'press' })).toEqual({ ready: true });
    expect(primed).toHaveLength(3);
    // Anything else is refused, not trusted.
    expect(await sendMessage('bg:warmUp', { trigger: 'now' } as never)).toEqual({ ready: false });
    expect(primed).toHaveLength(3);
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

  it('answers not ready, without throwing, when the settings cannot be read', async () => {
    unregister = registerWarmUp({
      db,
      now: () => NOW,
      activeCampaign: (): Promise<Campaign> => Promise.reject(new Error('storage unavailable')),
    });
    expect(await sendMessage('bg:warmUp', { trigger: 'pointer' })).toEqual({ ready: false });
  });
});
