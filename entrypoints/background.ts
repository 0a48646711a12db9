import { browser } from 'wxt/browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
import { requestCounter } from '@/lib/background/requests';
import { registerWarmUp } from '@/lib/background/warm-up';
import { activeCampaignOf } from '@/lib/settings/campaign-settings';
import { loadCampaignSettings } from '@/lib/settings/campaign-store';
import { getDb } from '@/lib/shortlist/db';

export default defineBackground(() => {
  // The user's requests, which the warm-up's ahead-of-time work steps aside for.
  const requests = requestCounter();
  registerBackgroundHandlers({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => activeCampaignOf((await loadCampaignSettings()).settings),
    reports: createReportStore(browser.storage.session, { now: () => Date.now() }),
    requests,
  });
  // The content script's warm-up ahead of a likely click (lib/content/warm-up.ts).
  registerWarmUp({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => activeCampaignOf((await loadCampaignSettings()).settings),
    requests,
  });
});
