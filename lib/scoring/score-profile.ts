import { languageFit, languageMix } from '../audience/languages';
import type { Campaign } from '../model/campaign';
import { dedupeComments } from '../model/comment-identity';
import type { Evidence, Extraction } from '../model/profile';
import type { Reason, ScoreReport } from '../model/report';
import { type AuthenticityInput, type FollowerPoint, scoreAuthenticity } from './authenticity';
import { BENCHMARKS_VERSION } from './benchmarks';
import { reason } from './codes';
import { classifyComments } from './comment-classifier';
import { lowEffortBand, scoreCommentQuality } from './comment-quality';
import { scoreConsistency } from './consistency';
import type { ScoringContext } from './context';
import { selectEligiblePosts } from './eligibility';
import { computeEngagement } from './engagement';
import { scoreEngagement } from './engagement-score';
import { scoreHygiene } from './hygiene';
import { scoreNiche } from './niche';
import { overallFit, weightsFor } from './overall';
import { scoreReach } from './reach';
import { tierOf } from './tier';
import { scoreValueForMoney } from './value';
import { decideVerdict } from './verdict';

export interface ScoreProfileInput {
  extraction: Extraction;
  evidence: Evidence;
  campaign: Campaign;
  /** The scoring time, epoch ms (post ages are measured against it). */
  now: number;
  /** Fake-follower share from an audit tool, percent, entered by hand; above the campaign maximum → reject. */
  auditFakeShare?: number;
  /** The creator's quoted price per post, in the campaign currency. */
  quotedPrice?: number;
  /** Follower counts from earlier scores of this creator (round jumps are a risk signal). */
  history?: readonly FollowerPoint[];
}

/** Score one profile against a campaign. Pure and deterministic: no clock reads, no I/O. */
export function scoreProfile({
  extraction,
  evidence,
  campaign,
  now,
  auditFakeShare,
  quotedPrice,
  history,
}: ScoreProfileInput): ScoreReport {
  const { snapshot } = extraction;
  const { thresholds } = campaign;
  const platform = snapshot.platform;
  const followers = snapshot.followers;
  const tier = followers === undefined ? undefined : tierOf(followers, thresholds);
  const selection = selectEligiblePosts(snapshot.posts, platform, thresholds, now);
  const { engagement, reasons: dataReasons } = computeEngagement({
    selection,
    followers,
    platform,
    thresholds,
  });
  const ctx: ScoringContext = {
    snapshot,
    campaign,
    thresholds,
    platform,
    followers,
    tier,
    selection,
    engagement,
    now,
  };

  // Only comments on this creator's posts count; the creator's own comments are replies even
  // when the page did not mark them.
  const postIds = new Set(snapshot.posts.map((p) => p.id));
  const handle = snapshot.handle.toLowerCase().replace(/^@/, '');
  // Whatever path read a comment (DOM, captured JSON, embedded JSON), it counts once.
  const comments = dedupeComments(evidence.comments)
    .filter((c) => postIds.has(c.postId))
    .map((c) =>
      !c.isCreatorReply && c.author.toLowerCase().replace(/^@/, '') === handle
        ? { ...c, isCreatorReply: true }
        : c,
    );
  const classified = classifyComments(comments, snapshot.posts, { creator: snapshot.handle });
  const E = scoreEngagement(ctx);
  const Q = scoreCommentQuality(classified.judgements, classified.pod, thresholds);
  const authInput: AuthenticityInput = {
    lowEffortShare: Q.stats.lowEffortShare,
    audienceComments: Q.stats.audience,
  };
  if (history) authInput.history = history;
  if (auditFakeShare !== undefined) authInput.auditFakeShare = auditFakeShare;
  const A = scoreAuthenticity(ctx, authInput);
  const R = scoreReach(ctx);
  const C = scoreConsistency(ctx);
  const H = scoreHygiene(ctx);
  // The audience's languages: its own comments, not the creator's replies nor spam.
  const spam = new Set(classified.judgements.filter((j) => j.class === 'spam').map((j) => j.commentId));
  const mix = languageMix(comments.filter((c) => !c.isCreatorReply && !spam.has(c.id)).map((c) => c.text));
  const fit = languageFit(mix, campaign.targetLanguages, {
    matchMin: thresholds.languageMatchMin,
    minComments: thresholds.languageMinComments,
  });
  const N = scoreNiche(ctx, fit ? { mix, fit } : undefined);
  const V = scoreValueForMoney(ctx, R.reach, quotedPrice);
  const subscores = [E, Q, A, R, C, H, N, V].map((r) => r.subscore);

  const weights = weightsFor(campaign.objective, campaign.weights);
  // Without a measured engagement, a fit from reach and price alone would look like a
  // judgement of the creator while it only restates follower counts: no fit then.
  const computed = overallFit(subscores, weights);
  const overall =
    E.subscore.value === undefined ? { ...computed, fit: undefined, weightsUsed: {} } : computed;
  const firedSignals = A.signals.filter((s) => s.fired === true).map((s) => s.code);

  const verdict = decideVerdict({
    pageState: snapshot.pageState,
    isPrivate: snapshot.isPrivate === true,
    engagement,
    thresholds,
    authenticitySignals: firedSignals,
    ...(auditFakeShare === undefined ? {} : { auditFakeShare }),
    ...(overall.fit === undefined ? {} : { fit: overall.fit }),
  });

  const notes: Reason[] = [];
  if (overall.fit === undefined && computed.fit !== undefined) {
    notes.push(reason('info', { code: 'fit-needs-engagement' }));
  }
  if (overall.withoutData.length > 0 && overall.fit !== undefined) {
    notes.push(reason('info', { code: 'weights-renormalised', params: { keys: overall.withoutData } }));
  }
  if (auditFakeShare !== undefined && auditFakeShare <= thresholds.maxFakeShare) {
    notes.push(
      reason('info', {
        code: 'audit-fake-share-ok',
        params: { share: auditFakeShare, max: thresholds.maxFakeShare },
      }),
    );
  }

  const report: ScoreReport = {
    platform,
    handle: snapshot.handle,
    url: snapshot.url,
    scoredAt: now,
    campaignId: campaign.id,
    pageState: snapshot.pageState,
    engagement,
    verdict: verdict.verdict,
    reasons: [
      ...verdict.reasons,
      // Authenticity reasons are summarised by the verdict when ≥ 2 fire; single signals stay as warnings.
      ...(firedSignals.length >= 2 ? [] : A.reasons),
      ...Q.reasons,
      ...H.reasons,
      ...V.reasons,
      ...C.reasons,
      ...N.reasons,
      ...notes,
      ...dataReasons,
    ],
    problems: extraction.problems,
    provenance: extraction.provenance,
    objective: campaign.objective,
    subscores,
    weightsUsed: overall.weightsUsed,
    subscoresWithoutData: overall.withoutData,
    commentCounts: {
      spam: Q.stats.spam,
      generic: Q.stats.generic,
      substantive: Q.stats.substantive,
      neutral: Q.stats.neutral,
      creatorReplies: Q.stats.creatorReplies,
      posts: Q.stats.posts,
    },
    comments: classified.judgements,
    authenticitySignals: A.signals,
    disclosures: H.disclosures,
    benchmarksVersion: BENCHMARKS_VERSION,
  };
  if (snapshot.displayName !== undefined) report.displayName = snapshot.displayName;
  if (followers !== undefined) report.followers = followers;
  if (tier !== undefined) report.tier = tier;
  if (overall.fit !== undefined) report.fit = overall.fit;
  if (R.reach) {
    report.reach = { perPost: R.reach.perPost, basis: R.reach.basis };
    if (R.reach.rate !== undefined) report.reach.rate = R.reach.rate;
  }
  if (V.emv) report.emv = V.emv;
  if (V.priceBand) report.priceBand = V.priceBand;
  if (quotedPrice !== undefined) report.quotedPrice = { amount: quotedPrice, currency: campaign.currency };
  if (Q.stats.lowEffortShare !== undefined) {
    report.lowEffortShare = Q.stats.lowEffortShare;
    report.lowEffortBand = lowEffortBand(Q.stats.lowEffortShare, thresholds);
  }
  if (classified.pod) report.podSignal = classified.pod;
  if (H.sponsoredShare !== undefined) report.sponsoredShare = H.sponsoredShare;
  if (auditFakeShare !== undefined) report.auditFakeShare = auditFakeShare;
  if (mix.comments > 0 || fit) {
    report.audienceLanguages = {
      comments: mix.comments,
      determined: mix.determined,
      undetermined: mix.undetermined,
      languages: mix.languages,
      confidence: mix.confidence,
    };
    if (fit) {
      report.audienceLanguages.targets = fit.targets;
      report.audienceLanguages.fit = fit.fit;
      if (fit.share !== undefined) report.audienceLanguages.targetShare = fit.share;
    }
  }
  return report;
}
