import { browser } from 'wxt/browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
import { registerWarmUp } from '@/lib/background/warm-up';
import { activeCampaignOf } from '@/lib/settings/campaign-settings';
import { loadCampaignSettings } from '@/lib/settings/campaign-store';
import { getDb } from '@/lib/shortlist/db';

export default defineBackground(() => {
  registerBackgroundHandlers({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => activeCampaignOf((await loadCampaignSettings()).settings),
    reports: createReportStore(browser.storage.session, { now: () => Date.now() }),
  });
  // The content script's warm-up ahead of a likely click (lib/content/warm-up.ts).
  registerWarmUp({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => activeCampaignOf((await loadCampaignSettings()).settings),
  });
});
