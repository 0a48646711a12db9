import type { Thresholds } from '../model/campaign';
import type { PageState } from '../model/profile';
import type { Engagement, Reason, Verdict } from '../model/report';
import { formatNumber, formatNumberFr, formatPercent, formatPercentFr } from './format';
import { type Bilingual, reason, riskSignalLabel } from './labels';

export interface VerdictInput {
  pageState: PageState;
  isPrivate: boolean;
  engagement: Engagement;
  thresholds: Thresholds;
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare?: number;
  /** Authenticity risk signals that fired (docs/method.md, A); ≥ 2 → review. */
  authenticitySignals?: readonly string[];
  /** Overall fit 0–100; below `shortlistFit` → review. Absent → not checked. */
  fit?: number;
}

export interface VerdictResult {
  verdict: Verdict;
  /** Hard reasons first, then warnings, each naming its numbers. */
  reasons: Reason[];
}

const PAGE_STATE_TEXT: Record<Exclude<PageState, 'ok' | 'private'>, Bilingual> = {
  'not-found': { en: 'the profile was not found', fr: 'profil introuvable' },
  'login-wall': { en: 'the site asked to log in', fr: 'le site demande de se connecter' },
  'no-posts': { en: 'the profile has no posts', fr: 'le profil n’a aucune publication' },
  'not-profile': { en: 'this page is not a profile', fr: 'cette page n’est pas un profil' },
};

/**
 * The verdict (docs/method.md). reject on a hard rule (private account; audit fake share above the
 * campaign maximum; ER mean below half the minimum with ≥ `lowConfidencePosts` posts);
 * insufficient-data below `minEligiblePosts`; review when ER is below the minimum or unknown,
 * confidence is low, ≥ 2 authenticity signals fire, or fit is below `shortlistFit`;
 * otherwise shortlist. The ER compared is the guide's mean (the headline figure).
 */
export function decideVerdict(input: VerdictInput): VerdictResult {
  const { engagement, thresholds } = input;
  const hard: Reason[] = [];
  const warn: Reason[] = [];

  if (input.isPrivate || input.pageState === 'private') {
    hard.push(
      reason(
        'private-account',
        'hard',
        'The account is private: its posts cannot be checked.',
        'Le compte est privé : ses publications ne peuvent pas être vérifiées.',
      ),
    );
  }
  if (input.auditFakeShare !== undefined && input.auditFakeShare > thresholds.maxFakeShare) {
    hard.push(
      reason(
        'audit-fake-share',
        'hard',
        `Audited fake followers ${formatNumber(input.auditFakeShare)} % exceed the campaign maximum of ${formatNumber(thresholds.maxFakeShare)} %.`,
        `Faux abonnés audités : ${formatNumberFr(input.auditFakeShare)} %, au-delà du maximum de la campagne (${formatNumberFr(thresholds.maxFakeShare)} %).`,
      ),
    );
  }
  const postsUsed = engagement.used.length;
  const { erMean, minimum } = engagement;
  if (erMean !== undefined && postsUsed >= thresholds.lowConfidencePosts && erMean < minimum / 2) {
    hard.push(
      reason(
        'er-below-half-minimum',
        'hard',
        `ER ${formatPercent(erMean)} % is below half the campaign minimum of ${formatNumber(minimum)} % (${formatNumber(minimum / 2)} %) over ${postsUsed} posts.`,
        `Taux d’engagement de ${formatPercentFr(erMean)} % sur ${postsUsed} publications : moins de la moitié du minimum de la campagne de ${formatNumberFr(minimum)} % (${formatNumberFr(minimum / 2)} %).`,
      ),
    );
  }
  if (hard.length > 0) return { verdict: 'reject', reasons: hard };

  if (postsUsed < thresholds.minEligiblePosts) {
    const state =
      input.pageState === 'ok' || input.pageState === 'private'
        ? undefined
        : PAGE_STATE_TEXT[input.pageState];
    return {
      verdict: 'insufficient-data',
      reasons: [
        reason(
          'insufficient-posts',
          'warn',
          `Only ${postsUsed} eligible post${postsUsed === 1 ? '' : 's'}${state ? ` (${state.en})` : ''}; at least ${thresholds.minEligiblePosts} are needed for an engagement verdict.`,
          `Seulement ${postsUsed} publication${postsUsed > 1 ? 's' : ''} retenue${postsUsed > 1 ? 's' : ''}${state ? ` (${state.fr})` : ''} ; il en faut au moins ${thresholds.minEligiblePosts} pour juger l’engagement.`,
        ),
      ],
    };
  }

  if (erMean === undefined) {
    warn.push(
      reason(
        'er-unknown',
        'warn',
        'ER is unknown, so the campaign minimum could not be checked.',
        'Taux d’engagement inconnu : le minimum de la campagne n’a pas pu être vérifié.',
      ),
    );
  } else if (erMean < minimum) {
    warn.push(
      reason(
        'er-below-minimum',
        'warn',
        `ER ${formatPercent(erMean)} % is below the campaign minimum of ${formatNumber(minimum)} %.`,
        `Taux d’engagement de ${formatPercentFr(erMean)} %, sous le minimum de la campagne de ${formatNumberFr(minimum)} %.`,
      ),
    );
  }
  if (engagement.confidence === 'low') {
    warn.push(
      reason(
        'low-confidence',
        'warn',
        `Low confidence: only ${postsUsed} eligible posts (${thresholds.lowConfidencePosts} or more give high confidence).`,
        `Confiance faible : seulement ${postsUsed} publications retenues (la confiance est élevée à partir de ${thresholds.lowConfidencePosts}).`,
      ),
    );
  }
  const signals = input.authenticitySignals ?? [];
  if (signals.length >= 2) {
    const labels = signals.map(riskSignalLabel);
    warn.push(
      reason(
        'authenticity-signals',
        'warn',
        `${signals.length} authenticity risk signals: ${labels.map((l) => l.en).join(', ')}.`,
        `${signals.length} signaux de risque d’authenticité : ${labels.map((l) => l.fr).join(', ')}.`,
      ),
    );
  }
  if (input.fit !== undefined && input.fit < thresholds.shortlistFit) {
    warn.push(
      reason(
        'fit-below-shortlist',
        'warn',
        `Overall fit ${formatNumber(input.fit)} is below the shortlist threshold of ${formatNumber(thresholds.shortlistFit)}.`,
        `Adéquation globale de ${formatNumberFr(input.fit)}, sous le seuil de ${formatNumberFr(thresholds.shortlistFit)} requis pour retenir le profil.`,
      ),
    );
  }
  return { verdict: warn.length > 0 ? 'review' : 'shortlist', reasons: warn };
}
