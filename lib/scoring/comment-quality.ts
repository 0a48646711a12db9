import type { Thresholds } from '../model/campaign';
import { audienceCount, type CommentJudgement, type Reason, type SubScore } from '../model/report';
import { type NoteCode, reason } from './codes';
import type { PodSignal } from './comment-classifier';
import { noData, piecewise, type SubScoreResult, scoreValue } from './context';

export interface CommentStats {
  spam: number;
  generic: number;
  substantive: number;
  neutral: number;
  creatorReplies: number;
  /** Posts with at least one audience comment. */
  posts: number;
  /** Audience comments (creator replies excluded). */
  audience: number;
  /** (generic + spam) ÷ audience × 100, undefined without comments. */
  lowEffortShare: number | undefined;
}

export function commentStats(judgements: readonly CommentJudgement[]): CommentStats {
  const s = { spam: 0, generic: 0, substantive: 0, neutral: 0, creatorReplies: 0 };
  const posts = new Set<string>();
  for (const j of judgements) {
    if (j.creatorReply) {
      s.creatorReplies++;
      continue;
    }
    s[j.class]++;
    posts.add(j.postId);
  }
  const audience = audienceCount(s);
  return {
    ...s,
    posts: posts.size,
    audience,
    lowEffortShare: audience === 0 ? undefined : ((s.generic + s.spam) / audience) * 100,
  };
}

/** green below `lowEffortAmber` (20 %), red from `lowEffortRed` (50 %), amber between. */
export function lowEffortBand(share: number, thresholds: Thresholds): 'green' | 'amber' | 'red' {
  if (share >= thresholds.lowEffortRed) return 'red';
  if (share >= thresholds.lowEffortAmber) return 'amber';
  return 'green';
}

/** Low-effort share → 0–100: 0 % → 100, 20 % → 75, 50 % → 40, 100 % → 0. */
export const LOW_EFFORT_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0, 100],
  [20, 75],
  [50, 40],
  [100, 0],
];
/** A creator who answers is a good sign; a pod is a bad one. */
export const CREATOR_REPLY_BONUS = 5;
export const POD_PENALTY = 15;

/**
 * Q: the share of low-effort (generic + spam) audience comments, banded green/amber/red;
 * creator replies counted apart (+5 when present), a pod signal −15. Low confidence under
 * 20 comments or under 3 posts.
 */
export function scoreCommentQuality(
  judgements: readonly CommentJudgement[],
  pod: PodSignal | undefined,
  thresholds: Thresholds,
): SubScoreResult & { stats: CommentStats } {
  const stats = commentStats(judgements);
  const inputs: SubScore['inputs'] = {
    audienceComments: stats.audience,
    posts: stats.posts,
    spam: stats.spam,
    generic: stats.generic,
    substantive: stats.substantive,
    neutral: stats.neutral,
    creatorReplies: stats.creatorReplies,
    lowEffortShare: stats.lowEffortShare ?? null,
    pod: pod !== undefined,
  };
  const reasons: Reason[] = [];
  if (stats.lowEffortShare === undefined) {
    return {
      subscore: noData('commentQuality', { code: 'commentQuality.no-comments' }, inputs),
      reasons,
      stats,
    };
  }
  const share = stats.lowEffortShare;
  const band = lowEffortBand(share, thresholds);
  let value = piecewise(share, LOW_EFFORT_CURVE);
  if (stats.creatorReplies > 0) value += CREATOR_REPLY_BONUS;
  if (pod) {
    value -= POD_PENALTY;
    reasons.push(
      reason('warn', {
        code: 'comment-pod',
        params: { authors: [...pod.authors], posts: pod.postIds.length },
      }),
    );
  }
  if (band === 'red') {
    reasons.push(
      reason('warn', {
        code: 'low-effort-comments',
        params: { share, comments: stats.audience, red: thresholds.lowEffortRed },
      }),
    );
  }
  const confidence = stats.audience >= 20 && stats.posts >= 3 ? 'high' : 'low';
  const used = judgements
    .filter((j) => !j.creatorReply)
    .map((j) => ({
      id: j.commentId,
      note: { code: 'comment', params: { class: j.class, rule: j.rule } } satisfies NoteCode,
    }));
  const excluded = judgements
    .filter((j) => j.creatorReply)
    .map((j) => ({ id: j.commentId, reason: { code: 'creator-reply' } satisfies NoteCode }));
  return {
    subscore: {
      key: 'commentQuality',
      value: scoreValue(value),
      inputs,
      used,
      excluded,
      confidence,
      explanation: {
        code: 'commentQuality.scored',
        params: {
          share,
          band,
          comments: stats.audience,
          posts: stats.posts,
          substantive: stats.substantive,
          replies: stats.creatorReplies,
        },
      },
    },
    reasons,
    stats,
  };
}
