import { storage } from 'wxt/utils/storage';
import {
  CAMPAIGN_SETTINGS_VERSION,
  type CampaignSettings,
  campaignSettingsMigrations,
  type LoadResult,
  readCampaignSettings,
  validateCampaignSettings,
} from './campaign-settings';

/** Campaign settings in extension storage (`local:`), versioned with migrations. */
export const campaignSettingsItem = storage.defineItem<unknown>('local:campaignSettings', {
  version: CAMPAIGN_SETTINGS_VERSION,
  migrations: campaignSettingsMigrations,
});

export async function loadCampaignSettings(): Promise<LoadResult> {
  return readCampaignSettings(await campaignSettingsItem.getValue());
}

export async function saveCampaignSettings(
  candidate: CampaignSettings,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const checked = validateCampaignSettings(candidate);
  if (!checked.ok) return checked;
  await campaignSettingsItem.setValue(checked.settings);
  return { ok: true };
}

export function watchCampaignSettings(callback: (result: LoadResult) => void): () => void {
  return campaignSettingsItem.watch((value) => callback(readCampaignSettings(value)));
}
