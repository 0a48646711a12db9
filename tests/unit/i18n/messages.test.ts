import { describe, expect, it } from 'vitest';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';

describe('i18n', () => {
  it('has a French string for every English one, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(en)) {
      const translated = (fr as Record<string, string>)[key];
      expect(translated, key).toBeTruthy();
      expect(holes(translated ?? ''), key).toEqual(holes(english));
    }
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('follows the browser language: French for any fr-*, English otherwise', () => {
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('de-DE')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('fr');
    expect(t('popup.shortlistCount', { n: 3 })).toBe('3 dans la sélection');
    expect(t('card.minimum')).toBe('Minimum de la campagne {min} %');
  });
});
