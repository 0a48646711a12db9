import { describe, expect, it } from 'vitest';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { en, fr } from '@/lib/i18n/messages';
import { enCard, frCard } from '@/lib/i18n/messages-card';
import { enSync, frSync } from '@/lib/i18n/messages-sync';

describe('i18n', () => {
  it('has a French string for every English one, with the same placeholders', () => {
    for (const [table, french] of [
      [en, fr],
      [enSync, frSync],
      [enCard, frCard],
    ] as const) {
      for (const [key, english] of Object.entries(table)) {
        const translated = (french as Record<string, string>)[key];
        expect(translated, key).toBeTruthy();
        const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(translated!), key).toEqual(holes(english));
      }
    }
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
