import type { ShortlistEntry, Verdict } from '../model';

/** Why the shown verdict differs from the scored one. */
export interface VerdictOverride {
  code: 'audit-fake-share';
  /** The audited share, percent. */
  share: number;
  /** The campaign maximum, percent. */
  max: number;
}

export interface EffectiveVerdict {
  verdict: Verdict;
  /** The verdict the scoring gave, before hand-entered facts. */
  scored: Verdict;
  override?: VerdictOverride;
}

/**
 * The verdict the user sees: the scored one, unless an audit tool's fake-follower share,
 * entered by hand, is above the campaign maximum (the guide: eliminate above 20 %),
 * which makes it a reject with the reason. Exactly at the maximum still passes.
 */
export function effectiveVerdictOf(
  entry: Pick<ShortlistEntry, 'verdict' | 'auditFakeShare'>,
  maxFakeShare: number | undefined,
): EffectiveVerdict {
  const scored = entry.verdict;
  const share = entry.auditFakeShare;
  if (share !== undefined && maxFakeShare !== undefined && share > maxFakeShare) {
    return { verdict: 'reject', scored, override: { code: 'audit-fake-share', share, max: maxFakeShare } };
  }
  return { verdict: scored, scored };
}
