import { z } from 'zod';
import { type Campaign, CampaignSchema, DEFAULT_CAMPAIGN, ThresholdsSchema } from '../model';

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
export const CAMPAIGN_SETTINGS_VERSION = 1;

export function defaultCampaignSettings(): CampaignSettings {
  return { campaigns: [structuredClone(DEFAULT_CAMPAIGN)], activeId: DEFAULT_CAMPAIGN.id };
}

/**
 * Migrations of the stored value, keyed by the version they produce (WXT storage
 * `defineItem` runs them in order). v1 is the first stored shape.
 */
export const campaignSettingsMigrations: Record<number, (old: unknown) => unknown> = {};

export type LoadResult = { settings: CampaignSettings; error?: string };

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
    error: `Saved campaigns could not be read: ${firstIssue(parsed.error)}`,
  };
}

/** What is wrong with a setting, in a form the settings page can phrase for a person. */
export interface SettingsIssue {
  /** The field's key (`minErInstagram`, `name`, `cpm`…) when the issue is about one field. */
  field?: string;
  kind: 'min' | 'max' | 'number' | 'required' | 'other';
  limit?: number;
  message: string;
}

function describeIssue(error: z.ZodError): SettingsIssue {
  const issue = error.issues[0];
  const message = firstIssue(error);
  if (!issue) return { kind: 'other', message };
  const last = [...issue.path]
    .reverse()
    .find((p): p is string => typeof p === 'string' && p !== 'thresholds' && p !== 'campaigns');
  const parent = issue.path[issue.path.length - 2];
  const field = parent === 'cpm' && last ? `cpm.${last}` : last;
  const base = { ...(field ? { field } : {}), message };
  if (issue.code === 'too_small') {
    return issue.origin === 'string' || issue.origin === 'array'
      ? { ...base, kind: 'required' }
      : { ...base, kind: 'min', limit: Number(issue.minimum) };
  }
  if (issue.code === 'too_big') return { ...base, kind: 'max', limit: Number(issue.maximum) };
  if (issue.code === 'invalid_type') return { ...base, kind: 'number' };
  return { ...base, kind: 'other' };
}

/** Checks settings before saving: all or nothing. */
export function validateCampaignSettings(
  candidate: unknown,
): { ok: true; settings: CampaignSettings } | { ok: false; error: string; issue: SettingsIssue } {
  const parsed = CampaignSettingsSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, error: firstIssue(parsed.error), issue: describeIssue(parsed.error) };
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
