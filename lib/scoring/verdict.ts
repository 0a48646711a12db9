import type { Thresholds } from '../model/campaign';
import type { PageState } from '../model/profile';
import type { Engagement, Reason, Verdict } from '../model/report';
import { reason, type SignalCode } from './codes';

export interface VerdictInput {
  pageState: PageState;
  isPrivate: boolean;
  engagement: Engagement;
  thresholds: Thresholds;
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare?: number;
  /** Authenticity risk signals that fired (docs/method.md, A); ≥ 2 → review. */
  authenticitySignals?: readonly SignalCode[];
  /** Overall fit 0–100; below `shortlistFit` → review. Absent → not checked. */
  fit?: number;
}

export interface VerdictResult {
  verdict: Verdict;
  /** Hard reasons first, then warnings, each naming its numbers. */
  reasons: Reason[];
}

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
    hard.push(reason('hard', { code: 'private-account' }));
  }
  if (input.auditFakeShare !== undefined && input.auditFakeShare > thresholds.maxFakeShare) {
    hard.push(
      reason('hard', {
        code: 'audit-fake-share',
        params: { share: input.auditFakeShare, max: thresholds.maxFakeShare },
      }),
    );
  }
  const postsUsed = engagement.used.length;
  const { erMean, minimum } = engagement;
  if (erMean !== undefined && postsUsed >= thresholds.lowConfidencePosts && erMean < minimum / 2) {
    hard.push(
      reason('hard', {
        code: 'er-below-half-minimum',
        params: { er: erMean, min: minimum, posts: postsUsed },
      }),
    );
  }
  if (hard.length > 0) return { verdict: 'reject', reasons: hard };

  if (postsUsed < thresholds.minEligiblePosts) {
    const state = input.pageState === 'ok' || input.pageState === 'private' ? {} : { state: input.pageState };
    return {
      verdict: 'insufficient-data',
      reasons: [
        reason('warn', {
          code: 'insufficient-posts',
          params: { posts: postsUsed, min: thresholds.minEligiblePosts, ...state },
        }),
      ],
    };
  }

  if (erMean === undefined) {
    warn.push(reason('warn', { code: 'er-unknown' }));
  } else if (erMean < minimum) {
    warn.push(reason('warn', { code: 'er-below-minimum', params: { er: erMean, min: minimum } }));
  }
  if (engagement.confidence === 'low') {
    warn.push(
      reason('warn', {
        code: 'low-confidence',
        params: { posts: postsUsed, highFrom: thresholds.lowConfidencePosts },
      }),
    );
  }
  const signals = input.authenticitySignals ?? [];
  if (signals.length >= 2) {
    warn.push(reason('warn', { code: 'authenticity-signals', params: { signals: [...signals] } }));
  }
  if (input.fit !== undefined && input.fit < thresholds.shortlistFit) {
    warn.push(
      reason('warn', {
        code: 'fit-below-shortlist',
        params: { fit: input.fit, min: thresholds.shortlistFit },
      }),
    );
  }
  return { verdict: warn.length > 0 ? 'review' : 'shortlist', reasons: warn };
}
