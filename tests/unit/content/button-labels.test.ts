import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, buttonLocale } from '@/lib/content/button-labels';
import { createTranslator, pickLocale } from '@/lib/i18n';

describe('the Score button’s own labels', () => {
  it('say what the message tables say, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const t = createTranslator(locale);
      expect(BUTTON_LABELS[locale]).toEqual({
        score: t('button.score'),
        rescore: t('button.rescore'),
        scoring: t('button.scoring'),
        scored: t('card.announce', { handle: '{handle}', verdict: '{verdict}' }),
        verdict: {
          shortlist: t('verdict.shortlist'),
          review: t('verdict.review'),
          reject: t('verdict.reject'),
          'insufficient-data': t('verdict.insufficient-data'),
        },
      });
    }
  });

  it('pick the language as the rest of the UI does', () => {
    for (const language of ['fr', 'fr-CA', 'FR-fr', 'en-GB', 'de', '', undefined]) {
      expect(buttonLocale(language)).toBe(pickLocale(language));
    }
  });
});
