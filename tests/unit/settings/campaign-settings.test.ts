import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  activeCampaignOf,
  defaultCampaignSettings,
  newCampaign,
  readCampaignSettings,
  validateCampaignSettings,
} from '@/lib/settings/campaign-settings';
import {
  campaignSettingsItem,
  loadCampaignSettings,
  saveCampaignSettings,
} from '@/lib/settings/campaign-store';

beforeEach(() => fakeBrowser.reset());

describe('campaign settings', () => {
  it('start with one default campaign: engagement, EUR, FR disclosure, the guide thresholds', async () => {
    const { settings, error } = await loadCampaignSettings();
    expect(error).toBeUndefined();
    const active = activeCampaignOf(settings);
    expect(active).toMatchObject({
      objective: 'engagement',
      currency: 'EUR',
      jurisdiction: 'FR',
      cpm: { instagram: 10, tiktok: 5 },
    });
    expect(active.thresholds).toMatchObject({
      minErInstagram: 3,
      minErTiktok: 5,
      maxFakeShare: 20,
      postWindow: 10,
    });
  });

  it('save several campaigns and switch the active one', async () => {
    const settings = defaultCampaignSettings();
    const launch = { ...newCampaign('launch', 'Spring launch'), objective: 'awareness' as const };
    expect(
      await saveCampaignSettings({ campaigns: [...settings.campaigns, launch], activeId: 'launch' }),
    ).toMatchObject({ ok: true, value: { activeId: 'launch' } });
    const loaded = await loadCampaignSettings();
    expect(activeCampaignOf(loaded.settings).name).toBe('Spring launch');
    expect(loaded.settings.campaigns).toHaveLength(2);
  });

  it('refuse invalid settings whole, with a message, and keep what was saved', async () => {
    await saveCampaignSettings(defaultCampaignSettings());
    const broken = defaultCampaignSettings();
    const campaign = broken.campaigns[0]!;
    campaign.thresholds = { ...campaign.thresholds, tierMicroMin: 200_000 };
    const result = await saveCampaignSettings(broken);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-setting', detail: expect.stringContaining('Tier bounds must increase') },
    });
    expect(activeCampaignOf((await loadCampaignSettings()).settings).thresholds.tierMicroMin).toBe(5_000);
  });

  it('refuse a negative minimum ER and an active id that does not exist', () => {
    const settings = defaultCampaignSettings();
    settings.campaigns[0]!.thresholds.minErInstagram = -1;
    expect(validateCampaignSettings(settings).ok).toBe(false);
    expect(validateCampaignSettings({ ...defaultCampaignSettings(), activeId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-setting', detail: expect.stringContaining('active campaign does not exist') },
    });
  });

  it('fall back to the defaults with the reason when stored settings are corrupt', async () => {
    await campaignSettingsItem.setValue({ campaigns: 'garbage' });
    const { settings, error } = await loadCampaignSettings();
    expect(error).toMatchObject({ code: 'settings-unreadable', detail: expect.any(String) });
    expect(settings).toEqual(defaultCampaignSettings());
  });

  it('fill thresholds added later with their defaults when reading an older saved campaign', () => {
    const old = { campaigns: [{ id: 'x', name: 'Old', thresholds: { minErInstagram: 2.5 } }], activeId: 'x' };
    const { settings, error } = readCampaignSettings(old);
    expect(error).toBeUndefined();
    expect(settings.campaigns[0]?.thresholds).toMatchObject({
      minErInstagram: 2.5,
      minErTiktok: 5,
      postWindow: 10,
    });
  });
});

describe('refused settings are explained field by field', () => {
  it('names the threshold and the limit it breaks', () => {
    const settings = defaultCampaignSettings();
    settings.campaigns[0]!.thresholds.minErInstagram = -1;
    const result = validateCampaignSettings(settings);
    expect(result.ok === false && result.error).toMatchObject({
      code: 'invalid-setting',
      params: { field: 'minErInstagram', kind: 'min', limit: 0 },
    });
  });

  it('says a number is needed when a field was left blank', () => {
    const settings = defaultCampaignSettings();
    settings.campaigns[0]!.cpm.tiktok = Number.NaN;
    const result = validateCampaignSettings(settings);
    expect(result.ok === false && result.error).toMatchObject({
      code: 'invalid-setting',
      params: { field: 'cpm.tiktok', kind: 'number' },
    });
  });
});

describe('target languages (settings v2)', () => {
  it('campaigns saved before target languages existed get none (any language) on upgrade', async () => {
    const v1 = {
      campaigns: [
        { id: 'default', name: 'My campaign', objective: 'engagement' },
        { id: 'launch', name: 'Launch', objective: 'awareness', nicheKeywords: ['yoga'] },
      ],
      activeId: 'launch',
    };
    await fakeBrowser.storage.local.set({ campaignSettings: v1, campaignSettings$: { v: 1 } });
    await campaignSettingsItem.migrate();
    const raw = (await fakeBrowser.storage.local.get(['campaignSettings', 'campaignSettings$'])) as Record<
      string,
      { campaigns?: Array<Record<string, unknown>>; v?: number }
    >;
    expect(raw.campaignSettings$?.v).toBe(2);
    expect(raw.campaignSettings?.campaigns?.map((c) => c.targetLanguages)).toEqual([[], []]);
    expect(raw.campaignSettings?.campaigns?.[1]).toMatchObject({
      nicheKeywords: ['yoga'],
      objective: 'awareness',
    });
    const { settings, error } = await loadCampaignSettings();
    expect(error).toBeUndefined();
    expect(activeCampaignOf(settings).targetLanguages).toEqual([]);
  });

  it('keeps target languages a campaign already has, and leaves a value it cannot read for the reader to refuse', async () => {
    const migrate = (await import('@/lib/settings/campaign-settings')).campaignSettingsMigrations[2];
    expect(migrate?.({ campaigns: [{ id: 'a', targetLanguages: ['fr'] }], activeId: 'a' })).toEqual({
      campaigns: [{ id: 'a', targetLanguages: ['fr'] }],
      activeId: 'a',
    });
    expect(migrate?.('garbage')).toBe('garbage');
    expect(readCampaignSettings('garbage').error?.code).toBe('settings-unreadable');
  });

  it('saves target languages and refuses a language it does not know', async () => {
    const settings = defaultCampaignSettings();
    const campaign = settings.campaigns[0];
    if (!campaign) throw new Error('no campaign');
    const saved = await saveCampaignSettings({
      ...settings,
      campaigns: [{ ...campaign, targetLanguages: ['fr', 'de'] }],
    });
    expect(saved.ok).toBe(true);
    expect(activeCampaignOf((await loadCampaignSettings()).settings).targetLanguages).toEqual(['fr', 'de']);
    const refused = validateCampaignSettings({
      ...settings,
      campaigns: [{ ...campaign, targetLanguages: ['xx'] }],
    });
    expect(refused.ok).toBe(false);
  });
});
