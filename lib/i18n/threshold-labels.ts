import type { UiLocale } from './index';

/** Labels of the editable thresholds and benchmarks, in English and French. */
const LABELS: Record<string, { en: string; fr: string }> = {
  tierMicroMin: { en: 'Micro tier from (followers)', fr: 'Micro à partir de (abonnés)' },
  tierMacroMin: { en: 'Macro tier from (followers)', fr: 'Macro à partir de (abonnés)' },
  tierMegaMin: { en: 'Mega tier from (followers)', fr: 'Méga à partir de (abonnés)' },
  minErInstagram: { en: 'Minimum ER on Instagram (%)', fr: 'Engagement minimum Instagram (%)' },
  minErTiktok: { en: 'Minimum ER on TikTok (%)', fr: 'Engagement minimum TikTok (%)' },
  maxFakeShare: { en: 'Maximum fake-follower share (%)', fr: 'Part maximale de faux abonnés (%)' },
  postWindow: { en: 'Posts in the ER window', fr: 'Publications dans la fenêtre' },
  minPostAgeHoursInstagram: {
    en: 'Ignore Instagram posts younger than (h)',
    fr: 'Ignorer les publications Instagram de moins de (h)',
  },
  minPostAgeHoursTiktok: {
    en: 'Ignore TikTok videos younger than (h)',
    fr: 'Ignorer les vidéos TikTok de moins de (h)',
  },
  minEligiblePosts: { en: 'Minimum eligible posts', fr: 'Publications éligibles minimum' },
  lowConfidencePosts: { en: 'Low confidence below (posts)', fr: 'Confiance faible sous (publications)' },
  lowEffortAmber: {
    en: 'Low-effort comments: amber from (%)',
    fr: 'Commentaires peu engagés : orange dès (%)',
  },
  lowEffortRed: { en: 'Low-effort comments: red from (%)', fr: 'Commentaires peu engagés : rouge dès (%)' },
  shortlistFit: { en: 'Fit needed to shortlist (0–100)', fr: 'Score requis pour retenir (0–100)' },
  benchmarkErInstagram: {
    en: 'Instagram ER benchmark by tier (%)',
    fr: 'Référence engagement Instagram par catégorie (%)',
  },
  benchmarkErViewsTiktok: {
    en: 'TikTok ER-by-views benchmark by tier (%)',
    fr: 'Référence engagement TikTok par vues (%)',
  },
  erBenchmarkLowFactor: { en: 'Risk: ER below benchmark ×', fr: 'Risque : engagement sous la référence ×' },
  erBenchmarkHighFactor: {
    en: 'Risk: ER above benchmark ×',
    fr: 'Risque : engagement au-dessus de la référence ×',
  },
  commentsPerLikeLow: {
    en: 'Risk: comments per like below (%)',
    fr: 'Risque : commentaires par j’aime sous (%)',
  },
  commentsPerLikeHigh: {
    en: 'Risk: comments per like above (%)',
    fr: 'Risque : commentaires par j’aime au-dessus de (%)',
  },
  likesCvLow: { en: 'Risk: likes spread (CV) below', fr: 'Risque : dispersion des j’aime (CV) sous' },
  likesCvHigh: {
    en: 'Risk: likes spread (CV) above',
    fr: 'Risque : dispersion des j’aime (CV) au-dessus de',
  },
  followingNearCap: { en: 'Risk: following at or above', fr: 'Risque : abonnements à partir de' },
  cadenceCvRegular: { en: 'Regular cadence below (CV)', fr: 'Rythme régulier sous (CV)' },
  cadenceCvErratic: { en: 'Erratic cadence above (CV)', fr: 'Rythme erratique au-dessus de (CV)' },
  inactiveDays: { en: 'Inactive after (days without a post)', fr: 'Inactif après (jours sans publication)' },
  adSaturation: {
    en: 'Ad saturation above (% sponsored)',
    fr: 'Saturation publicitaire au-dessus de (% sponsorisé)',
  },
  paidPerformanceGood: {
    en: 'Good paid/organic ER ratio from',
    fr: 'Bon ratio engagement payant/organique dès',
  },
  quoteMaxEmvMultiple: {
    en: 'Flag a quote above media value ×',
    fr: 'Signaler un devis au-delà de la valeur média ×',
  },
};

export function thresholdLabel(key: string, locale: UiLocale): string {
  const label = LABELS[key];
  if (label) return label[locale];
  return key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
