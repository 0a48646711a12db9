import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { activeCampaignOf } from '@/lib/settings/campaign-settings';
import { loadCampaignSettings } from '@/lib/settings/campaign-store';
import { getDb } from '@/lib/shortlist/db';

export default defineBackground(() => {
  registerBackgroundHandlers({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => activeCampaignOf((await loadCampaignSettings()).settings),
  });
});
