import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { DEFAULT_CAMPAIGN } from '@/lib/model';
import { getDb } from '@/lib/shortlist/db';

export default defineBackground(() => {
  registerBackgroundHandlers({
    db: getDb(),
    now: () => Date.now(),
    activeCampaign: async () => DEFAULT_CAMPAIGN,
  });
});
