import { z } from 'zod';
import { type Campaign, CampaignSchema, DEFAULT_CAMPAIGN, ThresholdsSchema } from '../model';
import { type AppError, ok, type Result } from '../result';

/** Every campaign the user set up, and which one scores profiles now. */
export const CampaignSettingsSchema = z
  .object({
    campaigns: z.array(CampaignSchema).min(1, 'At least one campaign is needed.'),
    activeId: z.string().min(1),
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    for (const campaign of value.campaigns) {
      if (ids.has(campaign.id))
        ctx.addIssue({ code: 'custom', message: `Two campaigns share the id "${campaign.id}".` });
      ids.add(campaign.id);
    }
    if (!ids.has(value.activeId))
      ctx.addIssue({ code: 'custom', path: ['activeId'], message: 'The active campaign does not exist.' });
    for (const [i, c] of value.campaigns.entries()) {
      const t = c.thresholds;
      if (!(t.tierMicroMin < t.tierMacroMin && t.tierMacroMin < t.tierMegaMin)) {
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', i, 'thresholds'],
          message: 'Tier bounds must increase: micro < macro < mega.',
        });
      }
      if (!(t.lowEffortAmber < t.lowEffortRed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', i, 'thresholds'],
          message: 'The amber comment band must start below the red one.',
        });
      }
      if (t.lowConfidencePosts < t.minEligiblePosts) {
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', i, 'thresholds'],
          message: 'Low-confidence posts must be at least the minimum eligible posts.',
        });
      }
    }
  });
export type CampaignSettings = z.infer<typeof CampaignSettingsSchema>;

/** The version of the stored settings shape; each bump adds a migration below. */
export const CAMPAIGN_SETTINGS_VERSION = 2;

export function defaultCampaignSettings(): CampaignSettings {
  return { campaigns: [structuredClone(DEFAULT_CAMPAIGN)], activeId: DEFAULT_CAMPAIGN.id };
}

/** v1 → v2: campaigns get target languages, none (any language) for those saved before. */
function addTargetLanguages(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || !Array.isArray((old as { campaigns?: unknown }).campaigns))
    return old;
  const settings = old as { campaigns: unknown[] };
  return {
    ...settings,
    campaigns: settings.campaigns.map((c) =>
      typeof c === 'object' && c !== null && !('targetLanguages' in c) ? { ...c, targetLanguages: [] } : c,
    ),
  };
}

/**
 * Migrations of the stored value, keyed by the version they produce (WXT storage
 * `defineItem` runs them in order). v1 is the first stored shape. A value a migration does not
 * recognise is passed on unchanged: reading it then says why it is refused.
 */
export const campaignSettingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: addTargetLanguages,
};

/** The settings to use, and why they are the defaults when the stored ones could not be read. */
export type LoadResult = { settings: CampaignSettings; error?: AppError };

/** The rule a value broke and where, as the schema said it (English, for the detail). */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid settings';
  const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `${issue.message}${where}`;
}

/** Validates stored settings; broken ones fall back to the defaults with the reason, never crash. */
export function readCampaignSettings(stored: unknown): LoadResult {
  if (stored === null || stored === undefined) return { settings: defaultCampaignSettings() };
  const parsed = CampaignSettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data };
  return {
    settings: defaultCampaignSettings(),
    error: { code: 'settings-unreadable', detail: firstIssue(parsed.error) },
  };
}

/**
 * A refused setting, in a form the settings page can phrase for a person: `field` is the
 * field's key (`minErInstagram`, `cpm.tiktok`…) when the issue is about one field, `kind` the
 * rule (`min`, `max`, `number`, `required`, else `other` with the schema's words as the detail).
 */
function settingsError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const detail = firstIssue(error);
  if (!issue) return { code: 'invalid-setting', params: { kind: 'other' }, detail };
  const last = [...issue.path]
    .reverse()
    .find((p): p is string => typeof p === 'string' && p !== 'thresholds' && p !== 'campaigns');
  const parent = issue.path[issue.path.length - 2];
  const field = parent === 'cpm' && last ? `cpm.${last}` : last;
  const at: Record<string, string> = field ? { field } : {};
  const rule = (kind: string, limit?: number): AppError => ({
    code: 'invalid-setting',
    params: { ...at, kind, ...(limit === undefined ? {} : { limit }) },
    detail,
  });
  if (issue.code === 'too_small') {
    return issue.origin === 'string' || issue.origin === 'array'
      ? rule('required')
      : rule('min', Number(issue.minimum));
  }
  if (issue.code === 'too_big') return rule('max', Number(issue.maximum));
  if (issue.code === 'invalid_type') return rule('number');
  return rule('other');
}

/** Checks settings before saving: all or nothing. */
export function validateCampaignSettings(candidate: unknown): Result<CampaignSettings> {
  const parsed = CampaignSettingsSchema.safeParse(candidate);
  return parsed.success ? ok(parsed.data) : { ok: false, error: settingsError(parsed.error) };
}

export function activeCampaignOf(settings: CampaignSettings): Campaign {
  return (
    settings.campaigns.find((c) => c.id === settings.activeId) ?? settings.campaigns[0] ?? DEFAULT_CAMPAIGN
  );
}

/** A new campaign with every threshold at its default. */
export function newCampaign(id: string, name: string): Campaign {
  return CampaignSchema.parse({ id, name });
}

export function defaultThresholds() {
  return ThresholdsSchema.parse({});
}
