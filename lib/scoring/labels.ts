import type { Reason, SubScoreKey } from '../model/report';

/** A text in both UI languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** A reason with its French text (every reason the scoring model produces has one). */
export function reason(
  code: string,
  severity: Reason['severity'],
  message: string,
  messageFr: string,
): Reason {
  return { code, severity, message, messageFr };
}

/** Sub-score names as people read them inside a sentence (the card's labels, lower-cased). */
export const SUBSCORE_LABEL: Readonly<Record<SubScoreKey, Bilingual>> = {
  engagement: { en: 'engagement', fr: 'engagement' },
  commentQuality: { en: 'comment quality', fr: 'qualité des commentaires' },
  authenticity: { en: 'authenticity', fr: 'authenticité' },
  reach: { en: 'reach', fr: 'portée' },
  consistency: { en: 'consistency', fr: 'régularité' },
  hygiene: { en: 'disclosure & ads', fr: 'transparence & publicités' },
  niche: { en: 'niche fit', fr: 'adéquation à la niche' },
  value: { en: 'value', fr: 'valeur' },
};

/** Authenticity risk signals by name, for sentences ("likes spread", not "likes-spread"). */
export const RISK_SIGNAL_LABEL: Readonly<Record<string, Bilingual>> = {
  'er-vs-benchmark': {
    en: 'engagement rate vs tier benchmark',
    fr: 'taux d’engagement vs référence de la catégorie',
  },
  'comments-per-like': { en: 'comments per like', fr: 'commentaires par j’aime' },
  'likes-spread': { en: 'likes spread', fr: 'dispersion des j’aime' },
  following: { en: 'following vs followers', fr: 'abonnements vs abonnés' },
  'low-effort-comments': { en: 'low-effort comments', fr: 'commentaires peu engagés' },
  'follower-jumps': { en: 'follower jumps', fr: 'sauts d’abonnés' },
};

/** A risk signal's readable name; an unknown code is de-hyphenated rather than shown raw. */
export function riskSignalLabel(code: string): Bilingual {
  const label = RISK_SIGNAL_LABEL[code];
  if (label) return label;
  const spaced = code.replace(/-/g, ' ');
  return { en: spaced, fr: spaced };
}
