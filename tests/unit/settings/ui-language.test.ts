import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadUiLanguage, readUiLanguage, resolveUiLocale, saveUiLanguage } from '@/lib/settings/ui-language';

describe('interface language', () => {
  it('follows the browser on auto and a fixed choice otherwise', () => {
    expect(resolveUiLocale('auto', 'fr-BE')).toBe('fr');
    expect(resolveUiLocale('auto', 'en-GB')).toBe('en');
    expect(resolveUiLocale('en', 'fr-FR')).toBe('en');
    expect(resolveUiLocale('fr', 'de-DE')).toBe('fr');
  });

  it('reads anything unknown as auto', () => {
    expect(readUiLanguage('de')).toBe('auto');
    expect(readUiLanguage(undefined)).toBe('auto');
    expect(readUiLanguage('fr')).toBe('fr');
  });

  it('is stored in extension storage under local:uiLanguage', async () => {
    fakeBrowser.reset();
    expect(await loadUiLanguage()).toBe('auto');
    await saveUiLanguage('fr');
    expect(await loadUiLanguage()).toBe('fr');
    expect(await fakeBrowser.storage.local.get('uiLanguage')).toEqual({ uiLanguage: 'fr' });
  });
});
