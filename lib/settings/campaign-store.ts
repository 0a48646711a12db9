import { storage } from 'wxt/utils/storage';
import type { Result } from '../result';
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

/** Saves settings that pass validation, all or nothing; answers what was saved, or why not. */
export async function saveCampaignSettings(candidate: CampaignSettings): Promise<Result<CampaignSettings>> {
  const checked = validateCampaignSettings(candidate);
  if (!checked.ok) return checked;
  await campaignSettingsItem.setValue(checked.value);
  return checked;
}

export function watchCampaignSettings(callback: (result: LoadResult) => void): () => void {
  return campaignSettingsItem.watch((value) => callback(readCampaignSettings(value)));
}
