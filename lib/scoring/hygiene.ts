import type { Disclosure, Reason, SubScore } from '../model/report';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import {
  checkDisclosure,
  disclosureRequirement,
  disclosureRequirementFr,
  JURISDICTION_FR,
  sponsoredEvidenceFr,
} from './disclosure';
import { formatFixedFr, formatNumber, formatNumberFr, formatPercent, formatPercentFr } from './format';
import { reason } from './labels';
import { median } from './stats';

const NON_COMPLIANT_PENALTY = 20;
const NON_COMPLIANT_PENALTY_CAP = 60;
const SATURATION_SLOPE = 1.5;
const POOR_PAID_PERFORMANCE_PENALTY = 15;

export interface HygieneResult extends SubScoreResult {
  disclosures: Disclosure[];
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
  const postLabel = (id: string) => {
    const p = ctx.snapshot.posts.find((x) => x.id === id);
    return p?.url ?? (p?.shortcode ? `post ${p.shortcode}` : `post ${id}`);
  };
  for (const d of nonCompliant) {
    const p = ctx.snapshot.posts.find((x) => x.id === d.postId);
    const evidenceFr = p ? sponsoredEvidenceFr(p) : d.evidence;
    reasons.push(
      reason(
        'disclosure-missing',
        'warn',
        `${postLabel(d.postId)} looks sponsored (${d.evidence.join('; ')}) but lacks ${disclosureRequirement(jurisdiction)} for ${jurisdiction}.`,
        `La publication ${p?.url ?? p?.shortcode ?? d.postId} semble sponsorisée (${evidenceFr.join(' ; ')}) mais n’affiche pas la mention requise ${JURISDICTION_FR[jurisdiction]} : ${disclosureRequirementFr(jurisdiction)}.`,
      ),
    );
  }

  const window = selection.window;
  const sponsoredIds = new Set(window.filter((p) => byId.get(p.id)?.sponsored === 'yes').map((p) => p.id));
  const sponsoredShare = window.length === 0 ? undefined : (sponsoredIds.size / window.length) * 100;
  if (sponsoredShare !== undefined && sponsoredShare > t.adSaturation) {
    reasons.push(
      reason(
        'ad-saturation',
        'warn',
        `${formatPercent(sponsoredShare)} % of the last ${window.length} posts are sponsored (saturation above ${formatNumber(t.adSaturation)} %).`,
        `${formatPercentFr(sponsoredShare)} % des ${formatNumberFr(window.length)} dernières publications sont sponsorisées (saturation publicitaire au-delà de ${formatNumberFr(t.adSaturation)} %).`,
      ),
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
      subscore: noData(
        'hygiene',
        'Not scored: no eligible posts.',
        'Non noté : aucune publication retenue.',
        inputs,
      ),
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
  const perf =
    paidPerformance === undefined ? '' : `; sponsored posts reach ${paidPerformance.toFixed(2)}× organic ER`;
  const perfFr =
    paidPerformance === undefined
      ? ''
      : ` ; les publications sponsorisées atteignent ${formatFixedFr(paidPerformance, 2)} × le taux d’engagement organique`;
  return {
    subscore: {
      key: 'hygiene',
      value: scoreValue(value),
      inputs,
      used: disclosures
        .filter((d) => d.sponsored !== 'no')
        .map((d) => ({
          id: d.postId,
          note: `${d.sponsored === 'yes' ? 'sponsored' : 'possibly sponsored'}: ${d.evidence.join('; ')}${d.compliant === false ? ' — disclosure missing' : ''}`,
        })),
      excluded: [],
      confidence: window.length >= t.lowConfidencePosts ? 'high' : 'low',
      explanation: {
        en: `${sponsoredIds.size} of ${window.length} recent posts sponsored (${formatPercent(sponsoredShare)} %); ${nonCompliant.length} without ${jurisdiction} disclosure${perf}.`,
        fr: `${sponsoredIds.size} publications sponsorisées sur ${window.length} (${formatPercentFr(sponsoredShare)} %) ; ${nonCompliant.length} sans la mention légale requise ${JURISDICTION_FR[jurisdiction]}${perfFr}.`,
      },
    },
    reasons,
    disclosures,
    sponsoredShare,
  };
}
