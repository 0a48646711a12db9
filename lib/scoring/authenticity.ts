import type { Reason, RiskSignal, SubScore } from '../model/report';
import { COMMENTS_PER_LIKE } from './benchmarks';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { formatFixedFr, formatNumber, formatNumberFr, formatPercent, formatPercentFr } from './format';
import { riskSignalLabel } from './labels';
import { coefficientOfVariation } from './stats';

/** A follower count snapshot from the creator's score history. */
export interface FollowerPoint {
  capturedAt: number;
  followers: number;
}

/** Each fired signal costs this many points of the 0–100 authenticity score. */
const SIGNAL_PENALTY = 30;
/** Low-effort comments are judged from this many audience comments. */
const MIN_COMMENTS_FOR_SIGNAL = 10;
/** A jump between snapshots of ≥ 1,000 followers, a multiple of 1,000, and ≥ 5 % growth, looks bought. */
const ROUND_JUMP = { unit: 1_000, minGrowth: 0.05 } as const;

export interface AuthenticityInput {
  lowEffortShare: number | undefined;
  audienceComments: number;
  history?: readonly FollowerPoint[];
  auditFakeShare?: number;
}

/**
 * A: risk signals, each with its threshold (docs/method.md). The value is 100 − 30 per
 * fired signal, so higher is safer. Signals that cannot be evaluated say so.
 */
export function authenticitySignals(ctx: ScoringContext, input: AuthenticityInput): RiskSignal[] {
  const { thresholds: t, engagement, platform, tier, snapshot } = ctx;
  const signals: RiskSignal[] = [];

  // 1. ER against the tier benchmark. Instagram: by followers; the upper bound is never below
  // twice the campaign minimum, so meeting the guide's minimum is not itself a risk (the 2026
  // medians × 4 fall below the guide's 3 %). TikTok: by views.
  if (platform === 'instagram') {
    const bench = tier ? t.benchmarkErInstagram[tier] : undefined;
    const er = engagement.erMedian;
    if (bench === undefined || er === undefined || engagement.confidence === 'none') {
      signals.push({
        code: 'er-vs-benchmark',
        threshold: 'tier benchmark',
        message: 'ER or tier unknown: not checked.',
        messageFr: 'Taux d’engagement ou catégorie inconnus : non vérifié.',
      });
    } else {
      const low = bench * t.erBenchmarkLowFactor;
      const high = Math.max(bench * t.erBenchmarkHighFactor, engagement.minimum * 2);
      const fired = er < low || er > high;
      signals.push({
        code: 'er-vs-benchmark',
        fired,
        value: er,
        threshold: `${formatPercent(low)}–${formatPercent(high)} %`,
        message: `Median ER ${formatPercent(er)} % ${fired ? 'is outside' : 'is within'} ${formatPercent(low)}–${formatPercent(high)} % (tier median ${formatNumber(bench)} %).`,
        messageFr: `Taux d’engagement médian de ${formatPercentFr(er)} %, ${fired ? 'hors de la' : 'dans la'} plage ${formatPercentFr(low)}–${formatPercentFr(high)} % (médiane de la catégorie ${formatNumberFr(bench)} %).`,
      });
    }
  } else {
    const bench = tier ? t.benchmarkErViewsTiktok[tier] : undefined;
    const er = engagement.erByViewsMedian;
    if (bench === undefined || er === undefined) {
      signals.push({
        code: 'er-vs-benchmark',
        threshold: 'tier benchmark',
        message: 'ER by views or tier unknown: not checked.',
        messageFr: 'Taux d’engagement par vues ou catégorie inconnus : non vérifié.',
      });
    } else {
      const low = bench * t.erBenchmarkLowFactor;
      const high = bench * t.erBenchmarkHighFactor;
      const fired = er < low || er > high;
      signals.push({
        code: 'er-vs-benchmark',
        fired,
        value: er,
        threshold: `${formatPercent(low)}–${formatPercent(high)} %`,
        message: `Median ER by views ${formatPercent(er)} % ${fired ? 'is outside' : 'is within'} ${formatPercent(low)}–${formatPercent(high)} % (tier median ${formatNumber(bench)} %).`,
        messageFr: `Taux d’engagement médian par vues de ${formatPercentFr(er)} %, ${fired ? 'hors de la' : 'dans la'} plage ${formatPercentFr(low)}–${formatPercentFr(high)} % (médiane de la catégorie ${formatNumberFr(bench)} %).`,
      });
    }
  }

  // 2. Comments per like over the window.
  const likes = engagement.used.reduce((a, u) => a + u.likes, 0);
  const comments = engagement.used.reduce((a, u) => a + u.comments, 0);
  if (engagement.used.length < t.minEligiblePosts || likes === 0) {
    signals.push({
      code: 'comments-per-like',
      threshold: `${t.commentsPerLikeLow}–${t.commentsPerLikeHigh} %`,
      message: 'Not enough posts with likes: not checked.',
      messageFr: 'Pas assez de publications avec des j’aime : non vérifié.',
    });
  } else {
    const ratio = (comments / likes) * 100;
    const fired = ratio < t.commentsPerLikeLow || ratio > t.commentsPerLikeHigh;
    const typical =
      (platform === 'tiktok' ? COMMENTS_PER_LIKE.tiktok.video : COMMENTS_PER_LIKE.instagram.photo) ?? 0;
    signals.push({
      code: 'comments-per-like',
      fired,
      value: ratio,
      threshold: `${formatNumber(t.commentsPerLikeLow)}–${formatNumber(t.commentsPerLikeHigh)} %`,
      message: `${formatPercent(ratio)} comments per 100 likes ${fired ? 'is outside' : 'is within'} ${formatNumber(t.commentsPerLikeLow)}–${formatNumber(t.commentsPerLikeHigh)} % (typical about ${formatNumber(typical)} %).`,
      messageFr: `${formatPercentFr(ratio)} commentaires pour 100 j’aime, ${fired ? 'hors de la' : 'dans la'} plage ${formatNumberFr(t.commentsPerLikeLow)}–${formatNumberFr(t.commentsPerLikeHigh)} % (habituellement environ ${formatNumberFr(typical)} %).`,
    });
  }

  // 3. Likes spread across the window.
  const cv =
    engagement.used.length >= t.lowConfidencePosts
      ? coefficientOfVariation(engagement.used.map((u) => u.likes))
      : undefined;
  if (cv === undefined) {
    signals.push({
      code: 'likes-spread',
      threshold: `CV ${t.likesCvLow}–${t.likesCvHigh}`,
      message: `Fewer than ${t.lowConfidencePosts} posts with likes: not checked.`,
      messageFr: `Moins de ${formatNumberFr(t.lowConfidencePosts)} publications avec des j’aime : non vérifié.`,
    });
  } else {
    const fired = cv < t.likesCvLow || cv > t.likesCvHigh;
    signals.push({
      code: 'likes-spread',
      fired,
      value: cv,
      threshold: `CV ${formatNumber(t.likesCvLow)}–${formatNumber(t.likesCvHigh)}`,
      message: `Likes vary by a coefficient of ${cv.toFixed(2)} across posts${cv < t.likesCvLow ? ' (suspiciously uniform)' : cv > t.likesCvHigh ? ' (erratic)' : ''}.`,
      messageFr: `Les j’aime varient d’une publication à l’autre avec un coefficient de variation de ${formatFixedFr(cv, 2)}${cv < t.likesCvLow ? ' (étrangement uniformes)' : cv > t.likesCvHigh ? ' (erratiques)' : ''}.`,
    });
  }

  // 4. Following vs followers, and the 7,500 follow cap on Instagram.
  const { following } = snapshot;
  const followers = ctx.followers;
  if (following === undefined || followers === undefined) {
    signals.push({
      code: 'following',
      threshold: `following ≤ followers and < ${formatNumber(t.followingNearCap)}`,
      message: 'Following or followers unknown: not checked.',
      messageFr: 'Abonnements ou abonnés inconnus : non vérifié.',
    });
  } else {
    const overFollowers = following > followers;
    const nearCap = platform === 'instagram' && following >= t.followingNearCap;
    signals.push({
      code: 'following',
      fired: overFollowers || nearCap,
      value: following,
      threshold: `following ≤ followers${platform === 'instagram' ? ` and < ${formatNumber(t.followingNearCap)}` : ''}`,
      message: overFollowers
        ? `Follows ${formatNumber(following)} accounts, more than its ${formatNumber(followers)} followers.`
        : nearCap
          ? `Follows ${formatNumber(following)} accounts, near Instagram's 7,500 follow cap.`
          : `Follows ${formatNumber(following)} accounts for ${formatNumber(followers)} followers.`,
      messageFr: overFollowers
        ? `Suit ${formatNumberFr(following)} comptes, plus que ses ${formatNumberFr(followers)} abonnés.`
        : nearCap
          ? `Suit ${formatNumberFr(following)} comptes, près de la limite de ${formatNumberFr(7_500)} abonnements d’Instagram.`
          : `Suit ${formatNumberFr(following)} comptes pour ${formatNumberFr(followers)} abonnés.`,
    });
  }

  // 5. Low-effort comment share.
  if (input.lowEffortShare === undefined || input.audienceComments < MIN_COMMENTS_FOR_SIGNAL) {
    signals.push({
      code: 'low-effort-comments',
      threshold: `< ${t.lowEffortRed} %`,
      message: `Fewer than ${MIN_COMMENTS_FOR_SIGNAL} comments read: not checked.`,
      messageFr: `Moins de ${MIN_COMMENTS_FOR_SIGNAL} commentaires lus : non vérifié.`,
    });
  } else {
    const fired = input.lowEffortShare >= t.lowEffortRed;
    signals.push({
      code: 'low-effort-comments',
      fired,
      value: input.lowEffortShare,
      threshold: `< ${formatNumber(t.lowEffortRed)} %`,
      message: `${formatPercent(input.lowEffortShare)} % of comments are generic or spam.`,
      messageFr: `${formatPercentFr(input.lowEffortShare)} % des commentaires sont génériques ou du spam.`,
    });
  }

  // 6. Follower jumps in round amounts between snapshots in history.
  const history = [...(input.history ?? [])].sort((a, b) => a.capturedAt - b.capturedAt);
  if (history.length < 2) {
    signals.push({
      code: 'follower-jumps',
      threshold: `round jumps of ${formatNumber(ROUND_JUMP.unit)}`,
      message: 'No score history yet: not checked.',
      messageFr: 'Pas encore d’historique d’analyses : non vérifié.',
    });
  } else {
    const jumps: string[] = [];
    const jumpsFr: string[] = [];
    for (let i = 1; i < history.length; i++) {
      const prev = history[i - 1]!;
      const cur = history[i]!;
      const delta = cur.followers - prev.followers;
      if (
        delta >= ROUND_JUMP.unit &&
        delta % ROUND_JUMP.unit === 0 &&
        prev.followers > 0 &&
        delta / prev.followers >= ROUND_JUMP.minGrowth
      ) {
        jumps.push(`+${formatNumber(delta)}`);
        jumpsFr.push(`+${formatNumberFr(delta)}`);
      }
    }
    signals.push({
      code: 'follower-jumps',
      fired: jumps.length > 0,
      value: jumps.length,
      threshold: `no jump ≥ 5 % in multiples of ${formatNumber(ROUND_JUMP.unit)}`,
      message:
        jumps.length > 0
          ? `Follower jumps in round amounts between snapshots: ${jumps.join(', ')}.`
          : `No round follower jumps across ${history.length} snapshots.`,
      messageFr:
        jumps.length > 0
          ? `Sauts d’abonnés en chiffres ronds entre deux analyses : ${jumpsFr.join(', ')}.`
          : `Aucun saut d’abonnés en chiffres ronds sur ${formatNumberFr(history.length)} analyses.`,
    });
  }
  return signals;
}

export function scoreAuthenticity(
  ctx: ScoringContext,
  input: AuthenticityInput,
): SubScoreResult & { signals: RiskSignal[] } {
  const signals = authenticitySignals(ctx, input);
  const evaluated = signals.filter((s) => s.fired !== undefined);
  const fired = signals.filter((s) => s.fired === true);
  const inputs: SubScore['inputs'] = {
    evaluated: evaluated.length,
    fired: fired.length,
    auditFakeShare: input.auditFakeShare ?? null,
  };
  for (const s of signals) inputs[s.code] = s.value ?? null;
  const reasons: Reason[] = fired.map((s) => ({
    code: `risk-${s.code}`,
    severity: 'warn',
    message: s.message,
    messageFr: s.messageFr ?? s.message,
  }));
  if (evaluated.length === 0) {
    return {
      subscore: noData(
        'authenticity',
        'No risk signal could be checked.',
        'Aucun signal de risque vérifiable.',
        inputs,
      ),
      reasons,
      signals,
    };
  }
  const value = scoreValue(100 - SIGNAL_PENALTY * fired.length);
  const firedLabels = fired.map((s) => riskSignalLabel(s.code));
  const en = `${fired.length} of ${evaluated.length} risk signals${fired.length ? `: ${firedLabels.map((l) => l.en).join(', ')}` : ''}. Follower lists are not visible; these are signals, not a fake-follower count.`;
  const fr = `${fired.length} signal(s) de risque sur ${evaluated.length} vérifiés${fired.length ? ` : ${firedLabels.map((l) => l.fr).join(', ')}` : ''}. La liste des abonnés n’est pas visible : ce sont des signaux, pas un taux de faux abonnés.`;
  return {
    subscore: {
      key: 'authenticity',
      value,
      inputs,
      used: evaluated.map((s) => ({ id: s.code, note: s.message })),
      excluded: signals.filter((s) => s.fired === undefined).map((s) => ({ id: s.code, reason: s.message })),
      confidence: evaluated.length >= 4 ? 'high' : 'low',
      explanation: { en, fr },
    },
    reasons,
    signals,
  };
}
