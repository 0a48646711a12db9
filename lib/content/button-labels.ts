/**
 * The Score button's own words, kept out of the full message tables so the always-on script
 * stays small. The same strings as `button.score|rescore|scoring`, `card.announce` and
 * `verdict.*` in lib/i18n (a unit test holds them equal); the language rule is i18n's `pickLocale`.
 */
export const BUTTON_LABELS = {
  en: {
    score: 'Score',
    rescore: 'Re-score',
    scoring: 'Scoring…',
    scored: '@{handle} scored: {verdict}',
    verdict: {
      shortlist: 'Shortlist',
      review: 'Review',
      reject: 'Reject',
      'insufficient-data': 'Insufficient data',
    },
  },
  fr: {
    score: 'Analyser',
    rescore: 'Réanalyser',
    scoring: 'Analyse…',
    scored: '@{handle} évalué : {verdict}',
    verdict: {
      shortlist: 'À retenir',
      review: 'À examiner',
      reject: 'À écarter',
      'insufficient-data': 'Données insuffisantes',
    },
  },
} as const;

export type ButtonLocale = keyof typeof BUTTON_LABELS;

/** French for any fr-* browser language, English otherwise (as lib/i18n picks). */
export function buttonLocale(language: string | undefined): ButtonLocale {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
