import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWarmUp } from '@/lib/background/warm-up';
import { sendMessage } from '@/lib/messaging';
import { type Campaign, DEFAULT_CAMPAIGN } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';

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
      activeCampaign: async () => {
        campaignReads++;
        return DEFAULT_CAMPAIGN;
      },
    });
    expect(db.isOpen()).toBe(false);
    expect(await sendMessage('bg:warmUp')).toEqual({ ready: true });
    expect(db.isOpen()).toBe(true);
    expect(campaignReads).toBe(1);
  });

  it('answers not ready, without throwing, when the settings cannot be read', async () => {
    unregister = registerWarmUp({
      db,
      activeCampaign: (): Promise<Campaign> => Promise.reject(new Error('storage unavailable')),
    });
    expect(await sendMessage('bg:warmUp')).toEqual({ ready: false });
  });
});
