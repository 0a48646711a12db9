import type { Translate } from '@/lib/i18n';
import type { CampaignState } from './use-campaign-settings';

/** The active campaign, switchable in place (saved with saveCampaignSettings). */
export function CampaignSwitcher({ t, campaigns }: { t: Translate; campaigns: CampaignState }) {
  const { settings, active } = campaigns;
  if (!settings || !active) return null;
  return (
    <label className="ms-compact-field">
      <span>{t('ws.activeCampaign')}</span>
      <select
        data-testid="microscope-campaign-switcher"
        value={active.id}
        onChange={(e) => void campaigns.setActive(e.target.value)}
      >
        {settings.campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
