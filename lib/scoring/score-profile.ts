import type { Campaign } from '../model/campaign';
import type { Evidence, Extraction } from '../model/profile';
import type { ScoreReport } from '../model/report';
import { selectEligiblePosts } from './eligibility';
import { computeEngagement } from './engagement';
import { tierOf } from './tier';
import { decideVerdict } from './verdict';

export interface ScoreProfileInput {
  extraction: Extraction;
  evidence: Evidence;
  campaign: Campaign;
  /** The scoring time, epoch ms (post ages are measured against it). */
  now: number;
  /** Fake-follower share from an audit tool, percent, entered by hand. */
  auditFakeShare?: number;
}

/** Score one profile against a campaign. Pure and deterministic: no clock reads, no I/O. */
export function scoreProfile({ extraction, campaign, now, auditFakeShare }: ScoreProfileInput): ScoreReport {
  const { snapshot } = extraction;
  const { thresholds } = campaign;
  const selection = selectEligiblePosts(snapshot.posts, snapshot.platform, thresholds, now);
  const { engagement, reasons: dataReasons } = computeEngagement({
    selection,
    followers: snapshot.followers,
    platform: snapshot.platform,
    thresholds,
  });
  const verdict = decideVerdict({
    pageState: snapshot.pageState,
    isPrivate: snapshot.isPrivate === true,
    engagement,
    thresholds,
    ...(auditFakeShare === undefined ? {} : { auditFakeShare }),
  });

  const report: ScoreReport = {
    platform: snapshot.platform,
    handle: snapshot.handle,
    url: snapshot.url,
    scoredAt: now,
    campaignId: campaign.id,
    pageState: snapshot.pageState,
    engagement,
    verdict: verdict.verdict,
    reasons: [...verdict.reasons, ...dataReasons],
    problems: extraction.problems,
    provenance: extraction.provenance,
  };
  if (snapshot.displayName !== undefined) report.displayName = snapshot.displayName;
  if (snapshot.followers !== undefined) {
    report.followers = snapshot.followers;
    report.tier = tierOf(snapshot.followers, thresholds);
  }
  return report;
}
