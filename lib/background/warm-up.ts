import { onMessage } from '../messaging';
import type { Campaign } from '../model';
import type { MicroscopeDb } from '../shortlist/db';

export interface WarmUpDeps {
  db: MicroscopeDb;
  activeCampaign: () => Promise<Campaign>;
}

/**
 * Answers the content script's warm-up (sent when the pointer or focus reaches Microscope's UI,
 * see lib/content/warm-up.ts): receiving it starts the background, and it opens the database and
 * reads the active campaign, the two reads every score starts with, so the click that follows
 * finds them ready. Returns the remover.
 */
export function registerWarmUp(deps: WarmUpDeps): () => void {
  return onMessage('bg:warmUp', async () => {
    try {
      await Promise.all([deps.db.open(), deps.activeCampaign()]);
      return { ready: true };
    } catch {
      // The score that follows reports the same failure with its own message.
      return { ready: false };
    }
  });
}
