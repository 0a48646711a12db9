import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageSettingsSchema, readPageSettings } from '@/lib/settings/page-settings';
import { loadPageSettings, savePageSettings } from '@/lib/settings/page-settings-store';

describe('the page settings (automatic scoring, badges)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default to no automatic scoring and badges on', async () => {
    expect(await loadPageSettings()).toEqual({ autoScore: false, badges: true });
  });

  it('survive storage, and a bad stored value falls back field by field', async () => {
    await savePageSettings({ autoScore: true, badges: false });
    expect(await loadPageSettings()).toEqual({ autoScore: true, badges: false });
    expect(await fakeBrowser.storage.local.get('pageSettings')).toEqual({
      pageSettings: { autoScore: true, badges: false },
    });
    expect(readPageSettings({ autoScore: 'yes', badges: false })).toEqual({
      autoScore: false,
      badges: false,
    });
    expect(readPageSettings('garbage')).toEqual({ autoScore: false, badges: true });
  });

  it('refuse to save a value outside the schema', async () => {
    await expect(savePageSettings({ autoScore: 1 } as never)).rejects.toThrow();
    expect(PageSettingsSchema.safeParse({ autoScore: true, badges: true, extra: 1 }).success).toBe(false);
    expect(await loadPageSettings()).toEqual({ autoScore: false, badges: true });
  });
});
