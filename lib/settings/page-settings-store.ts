import { storage } from 'wxt/utils/storage';
import { PAGE_SETTINGS_ITEM, type PageSettings, PageSettingsSchema, readPageSettings } from './page-settings';

const pageSettingsItem = storage.defineItem<unknown>(PAGE_SETTINGS_ITEM);

export async function loadPageSettings(): Promise<PageSettings> {
  return readPageSettings(await pageSettingsItem.getValue());
}

/** Saves settings that pass the schema; a bad value throws and nothing is saved. */
export async function savePageSettings(settings: PageSettings): Promise<PageSettings> {
  const checked = PageSettingsSchema.parse(settings);
  await pageSettingsItem.setValue(checked);
  return checked;
}
