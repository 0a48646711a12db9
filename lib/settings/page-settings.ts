import { z } from 'zod';
import { PAGE_SETTINGS_KEY, type PageSettings } from './page-settings-read';

export {
  DEFAULT_PAGE_SETTINGS,
  PAGE_SETTINGS_KEY,
  type PageSettings,
  readPageSettings,
} from './page-settings-read';

/**
 * What Microscope does on Instagram and TikTok pages by itself, set in the options page: score a
 * profile as soon as it opens (off unless the user turns it on), and mark links to shortlisted
 * creators with a badge (on). Stored in extension storage under `PAGE_SETTINGS_KEY`.
 */
export const PageSettingsSchema = z.strictObject({
  autoScore: z.boolean(),
  badges: z.boolean(),
}) satisfies z.ZodType<PageSettings>;

export const PAGE_SETTINGS_ITEM = `local:${PAGE_SETTINGS_KEY}` as const;
