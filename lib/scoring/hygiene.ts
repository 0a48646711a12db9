import type { Reason, SubScore } from '../model/report';
import { type NoteCode, reason } from './codes';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { type CheckedDisclosure, checkDisclosure } from './disclosure';
import { median } from './stats';

const NON_COMPLIANT_PENALTY = 20;
const NON_COMPLIANT_PENALTY_CAP = 60;
const SATURATION_SLOPE = 1.5;
const POOR_PAID_PERFORMANCE_PENALTY = 15;

export interface HygieneResult extends SubScoreResult {
  disclosures: CheckedDisclosure[];
  sponsoredShare: number | undefined;
}

/**
 * H: sponsored share of the window (> 30 % = ad saturation), disclosure compliance for the
 * campaign's jurisdiction on every visible post (an undisclosed-looking sponsored post is a
 * legal warning naming it), and paid-post performance = median ER of sponsored ÷ organic
 * window posts (≥ 0.7 good).
 */
export function scoreHygiene(ctx: ScoringContext): HygieneResult {
  const { campaign, thresholds: t, selection, engagement } = ctx;
  const jurisdiction = campaign.jurisdiction;
  const disclosures = ctx.snapshot.posts.map((p) => checkDisclosure(p, jurisdiction));
  const byId = new Map(disclosures.map((d) => [d.postId, d]));
  const reasons: Reason[] = [];

  const nonCompliant = disclosures.filter((d) => d.sponsored === 'yes' && d.compliant === false);
  for (const d of nonCompliant) {
    const p = ctx.snapshot.posts.find((x) => x.id === d.postId);
    reasons.push(
      reason('warn', {
        code: 'disclosure-missing',
        params: { post: p?.url ?? p?.shortcode ?? d.postId, jurisdiction, evidence: d.evidence },
      }),
    );
  }

  const window = selection.window;
  const sponsoredIds = new Set(window.filter((p) => byId.get(p.id)?.sponsored === 'yes').map((p) => p.id));
  const sponsoredShare = window.length === 0 ? undefined : (sponsoredIds.size / window.length) * 100;
  if (sponsoredShare !== undefined && sponsoredShare > t.adSaturation) {
    reasons.push(
      reason('warn', {
        code: 'ad-saturation',
        params: { share: sponsoredShare, posts: window.length, max: t.adSaturation },
      }),
    );
  }
  const erOf = (sponsored: boolean) =>
    median(
      engagement.used
        .filter((u) => sponsoredIds.has(u.postId) === sponsored && u.erFollowers !== undefined)
        .map((u) => u.erFollowers as number),
    );
  const paidEr = erOf(true);
  const organicEr = erOf(false);
  const paidPerformance =
    paidEr !== undefined && organicEr !== undefined && organicEr > 0 ? paidEr / organicEr : undefined;

  const inputs: SubScore['inputs'] = {
    jurisdiction,
    sponsoredInWindow: sponsoredIds.size,
    windowPosts: window.length,
    sponsoredShare: sponsoredShare ?? null,
    nonCompliant: nonCompliant.length,
    paidPerformance: paidPerformance ?? null,
  };
  if (sponsoredShare === undefined) {
    return {
      subscore: noData('hygiene', { code: 'hygiene.no-data' }, inputs),
      reasons,
      disclosures,
      sponsoredShare,
    };
  }
  let value = 100;
  value -= Math.max(0, sponsoredShare - t.adSaturation) * SATURATION_SLOPE;
  value -= Math.min(NON_COMPLIANT_PENALTY_CAP, NON_COMPLIANT_PENALTY * nonCompliant.length);
  if (paidPerformance !== undefined && paidPerformance < t.paidPerformanceGood)
    value -= POOR_PAID_PERFORMANCE_PENALTY;
  return {
    subscore: {
      key: 'hygiene',
      value: scoreValue(value),
      inputs,
      used: disclosures
        .filter((d) => d.sponsored !== 'no')
        .map((d) => ({
          id: d.postId,
          note: {
            code: 'sponsored',
            params: {
              sponsored: d.sponsored === 'yes' ? 'yes' : 'possible',
              evidence: d.evidence,
              disclosureMissing: d.compliant === false,
            },
          } satisfies NoteCode,
        })),
      excluded: [],
      confidence: window.length >= t.lowConfidencePosts ? 'high' : 'low',
      explanation: {
        code: 'hygiene.scored',
        params: {
          sponsored: sponsoredIds.size,
          posts: window.length,
          share: sponsoredShare,
          nonCompliant: nonCompliant.length,
          jurisdiction,
          ...(paidPerformance === undefined ? {} : { paidPerformance }),
        },
      },
    },
    reasons,
    disclosures,
    sponsoredShare,
  };
}
