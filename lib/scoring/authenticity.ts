import type { Reason, SubScore } from '../model/report';
import { COMMENTS_PER_LIKE } from './benchmarks';
import { type Signal, signalNote } from './codes';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
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
 * fired signal, so higher is safer. Signals that cannot be evaluated say so (`fired` undefined).
 */
export function authenticitySignals(ctx: ScoringContext, input: AuthenticityInput): Signal[] {
  const { thresholds: t, engagement, platform, tier, snapshot } = ctx;
  const signals: Signal[] = [];

  // 1. ER against the tier benchmark. Instagram: by followers; the upper bound is never below
  // twice the campaign minimum, so meeting the guide's minimum is not itself a risk (the 2026
  // medians × 4 fall below the guide's 3 %). TikTok: by views.
  if (platform === 'instagram') {
    const bench = tier ? t.benchmarkErInstagram[tier] : undefined;
    const er = engagement.erMedian;
    if (bench === undefined || er === undefined || engagement.confidence === 'none') {
      signals.push({ code: 'er-vs-benchmark', params: { basis: 'followers' } });
    } else {
      const low = bench * t.erBenchmarkLowFactor;
      const high = Math.max(bench * t.erBenchmarkHighFactor, engagement.minimum * 2);
      signals.push({
        code: 'er-vs-benchmark',
        fired: er < low || er > high,
        value: er,
        params: { basis: 'followers', er, low, high, bench },
      });
    }
  } else {
    const bench = tier ? t.benchmarkErViewsTiktok[tier] : undefined;
    const er = engagement.erByViewsMedian;
    if (bench === undefined || er === undefined) {
      signals.push({ code: 'er-vs-benchmark', params: { basis: 'views' } });
    } else {
      const low = bench * t.erBenchmarkLowFactor;
      const high = bench * t.erBenchmarkHighFactor;
      signals.push({
        code: 'er-vs-benchmark',
        fired: er < low || er > high,
        value: er,
        params: { basis: 'views', er, low, high, bench },
      });
    }
  }

  // 2. Comments per like over the window.
  const likes = engagement.used.reduce((a, u) => a + u.likes, 0);
  const comments = engagement.used.reduce((a, u) => a + u.comments, 0);
  const perLike = { low: t.commentsPerLikeLow, high: t.commentsPerLikeHigh };
  if (engagement.used.length < t.minEligiblePosts || likes === 0) {
    signals.push({ code: 'comments-per-like', params: perLike });
  } else {
    const ratio = (comments / likes) * 100;
    const typical =
      (platform === 'tiktok' ? COMMENTS_PER_LIKE.tiktok.video : COMMENTS_PER_LIKE.instagram.photo) ?? 0;
    signals.push({
      code: 'comments-per-like',
      fired: ratio < perLike.low || ratio > perLike.high,
      value: ratio,
      params: { ...perLike, ratio, typical },
    });
  }

  // 3. Likes spread across the window.
  const spread = { low: t.likesCvLow, high: t.likesCvHigh, minPosts: t.lowConfidencePosts };
  const cv =
    engagement.used.length >= t.lowConfidencePosts
      ? coefficientOfVariation(engagement.used.map((u) => u.likes))
      : undefined;
  if (cv === undefined) {
    signals.push({ code: 'likes-spread', params: spread });
  } else {
    signals.push({
      code: 'likes-spread',
      fired: cv < spread.low || cv > spread.high,
      value: cv,
      params: { ...spread, cv },
    });
  }

  // 4. Following vs followers, and the 7,500 follow cap on Instagram.
  const { following } = snapshot;
  const followers = ctx.followers;
  const cap = platform === 'instagram' ? { cap: t.followingNearCap } : {};
  if (following === undefined || followers === undefined) {
    signals.push({ code: 'following', params: cap });
  } else {
    const overFollowers = following > followers;
    const nearCap = cap.cap !== undefined && following >= cap.cap;
    signals.push({
      code: 'following',
      fired: overFollowers || nearCap,
      value: following,
      params: { following, followers, ...cap },
    });
  }

  // 5. Low-effort comment share.
  const lowEffort = { red: t.lowEffortRed, minComments: MIN_COMMENTS_FOR_SIGNAL };
  if (input.lowEffortShare === undefined || input.audienceComments < MIN_COMMENTS_FOR_SIGNAL) {
    signals.push({ code: 'low-effort-comments', params: lowEffort });
  } else {
    signals.push({
      code: 'low-effort-comments',
      fired: input.lowEffortShare >= t.lowEffortRed,
      value: input.lowEffortShare,
      params: { ...lowEffort, share: input.lowEffortShare },
    });
  }

  // 6. Follower jumps in round amounts between snapshots in history.
  const history = [...(input.history ?? [])].sort((a, b) => a.capturedAt - b.capturedAt);
  if (history.length < 2) {
    signals.push({ code: 'follower-jumps', params: { unit: ROUND_JUMP.unit } });
  } else {
    const jumps: number[] = [];
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
        jumps.push(delta);
      }
    }
    signals.push({
      code: 'follower-jumps',
      fired: jumps.length > 0,
      value: jumps.length,
      params: { unit: ROUND_JUMP.unit, jumps, snapshots: history.length },
    });
  }
  return signals;
}

/** A fired signal as a reason: `risk-<signal>` with the signal's parameters. */
function riskReason(s: Signal): Reason {
  return { code: `risk-${s.code}`, severity: 'warn', params: s.params };
}

export function scoreAuthenticity(
  ctx: ScoringContext,
  input: AuthenticityInput,
): SubScoreResult & { signals: Signal[] } {
  const signals = authenticitySignals(ctx, input);
  const evaluated = signals.filter((s) => s.fired !== undefined);
  const fired = signals.filter((s) => s.fired === true);
  const inputs: SubScore['inputs'] = {
    evaluated: evaluated.length,
    fired: fired.length,
    auditFakeShare: input.auditFakeShare ?? null,
  };
  for (const s of signals) inputs[s.code] = s.value ?? null;
  const reasons = fired.map(riskReason);
  if (evaluated.length === 0) {
    return {
      subscore: noData('authenticity', { code: 'authenticity.none-checked' }, inputs),
      reasons,
      signals,
    };
  }
  return {
    subscore: {
      key: 'authenticity',
      value: scoreValue(100 - SIGNAL_PENALTY * fired.length),
      inputs,
      used: evaluated.map((s) => ({ id: s.code, note: signalNote(s) })),
      excluded: signals
        .filter((s) => s.fired === undefined)
        .map((s) => ({ id: s.code, reason: signalNote(s) })),
      confidence: evaluated.length >= 4 ? 'high' : 'low',
      explanation: {
        code: 'authenticity.scored',
        params: { fired: fired.map((s) => s.code), evaluated: evaluated.length },
      },
    },
    reasons,
    signals,
  };
}
