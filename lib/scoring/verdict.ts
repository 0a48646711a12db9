import type { Thresholds } from '../model/campaign';
import type { PageState } from '../model/profile';
import type { Engagement, Reason, Verdict } from '../model/report';
import { formatNumber, formatPercent } from './format';

export interface VerdictInput {
  pageState: PageState;
  isPrivate: boolean;
  engagement: Engagement;
  thresholds: Thresholds;
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare?: number;
  /** Authenticity risk signals that fired (scoring.md A); ≥ 2 → review. */
  authenticitySignals?: readonly string[];
  /** Overall fit 0–100; below `shortlistFit` → review. Absent → not checked. */
  fit?: number;
}

export interface VerdictResult {
  verdict: Verdict;
  /** Hard reasons first, then warnings, each naming its numbers. */
  reasons: Reason[];
}

const PAGE_STATE_TEXT: Record<Exclude<PageState, 'ok' | 'private'>, string> = {
  'not-found': 'the profile was not found',
  'login-wall': 'the site asked to log in',
  'no-posts': 'the profile has no posts',
  'not-profile': 'this page is not a profile',
};

/**
 * scoring.md verdict. reject on a hard rule (private account; audit fake share above the
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
    hard.push({
      code: 'private-account',
      severity: 'hard',
      message: 'The account is private: its posts cannot be checked.',
    });
  }
  if (input.auditFakeShare !== undefined && input.auditFakeShare > thresholds.maxFakeShare) {
    hard.push({
      code: 'audit-fake-share',
      severity: 'hard',
      message: `Audited fake followers ${formatNumber(input.auditFakeShare)} % exceed the campaign maximum of ${formatNumber(thresholds.maxFakeShare)} %.`,
    });
  }
  const postsUsed = engagement.used.length;
  const { erMean, minimum } = engagement;
  if (erMean !== undefined && postsUsed >= thresholds.lowConfidencePosts && erMean < minimum / 2) {
    hard.push({
      code: 'er-below-half-minimum',
      severity: 'hard',
      message: `ER ${formatPercent(erMean)} % is below half the campaign minimum of ${formatNumber(minimum)} % (${formatNumber(minimum / 2)} %) over ${postsUsed} posts.`,
    });
  }
  if (hard.length > 0) return { verdict: 'reject', reasons: hard };

  if (postsUsed < thresholds.minEligiblePosts) {
    const state =
      input.pageState === 'ok' || input.pageState === 'private'
        ? ''
        : ` (${PAGE_STATE_TEXT[input.pageState]})`;
    return {
      verdict: 'insufficient-data',
      reasons: [
        {
          code: 'insufficient-posts',
          severity: 'warn',
          message: `Only ${postsUsed} eligible post${postsUsed === 1 ? '' : 's'}${state}; at least ${thresholds.minEligiblePosts} are needed for an engagement verdict.`,
        },
      ],
    };
  }

  if (erMean === undefined) {
    warn.push({
      code: 'er-unknown',
      severity: 'warn',
      message: 'ER is unknown, so the campaign minimum could not be checked.',
    });
  } else if (erMean < minimum) {
    warn.push({
      code: 'er-below-minimum',
      severity: 'warn',
      message: `ER ${formatPercent(erMean)} % is below the campaign minimum of ${formatNumber(minimum)} %.`,
    });
  }
  if (engagement.confidence === 'low') {
    warn.push({
      code: 'low-confidence',
      severity: 'warn',
      message: `Low confidence: only ${postsUsed} eligible posts (${thresholds.lowConfidencePosts} or more give high confidence).`,
    });
  }
  const signals = input.authenticitySignals ?? [];
  if (signals.length >= 2) {
    warn.push({
      code: 'authenticity-signals',
      severity: 'warn',
      message: `${signals.length} authenticity risk signals: ${signals.join(', ')}.`,
    });
  }
  if (input.fit !== undefined && input.fit < thresholds.shortlistFit) {
    warn.push({
      code: 'fit-below-shortlist',
      severity: 'warn',
      message: `Overall fit ${formatNumber(input.fit)} is below the shortlist threshold of ${formatNumber(thresholds.shortlistFit)}.`,
    });
  }
  return { verdict: warn.length > 0 ? 'review' : 'shortlist', reasons: warn };
}
