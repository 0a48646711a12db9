import type { Post } from '../model/profile';
import type { Reason, SubScore } from '../model/report';
import { type NoteCode, reason } from './codes';
import { noData, piecewise, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { sortNewestFirst } from './eligibility';
import { jaccard, keywordSet } from './normalise-text';
import { coefficientOfVariation, mean } from './stats';

const DAY_MS = 86_400_000;
/** Mean pairwise Jaccard that counts as fully coherent (hashtag + keyword sets rarely overlap more). */
const COHERENT_JACCARD = 0.25;
/** Repositioning: the two halves overlap less than half as much as posts within each half. */
const REPOSITION_RATIO = 0.5;
const REPOSITION_PENALTY = 25;
/** Inactive creators' cadence score is capped here. */
const INACTIVE_CAP = 10;

export interface TopicCoherence {
  meanJaccard: number;
  within: number | undefined;
  across: number | undefined;
  repositioning: boolean;
  posts: number;
}

function meanPairwise(
  sets: ReadonlyArray<ReadonlySet<string>>,
  pairs: ReadonlyArray<readonly [number, number]>,
): number | undefined {
  const values: number[] = [];
  for (const [i, j] of pairs) {
    const v = jaccard(sets[i]!, sets[j]!);
    if (v !== undefined) values.push(v);
  }
  return mean(values);
}

/**
 * Topic coherence: mean pairwise Jaccard similarity of hashtag + caption-keyword sets
 * (stop words removed, accent-folded), and first half vs second half to detect repositioning.
 */
export function topicCoherence(posts: readonly Post[]): TopicCoherence | undefined {
  const sets = posts.map((p) => keywordSet(p.caption, p.hashtags)).filter((s) => s.size > 0);
  if (sets.length < 4) return undefined;
  const all: Array<[number, number]> = [];
  const within: Array<[number, number]> = [];
  const across: Array<[number, number]> = [];
  const half = Math.floor(sets.length / 2);
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      all.push([i, j]);
      (i < half === j < half ? within : across).push([i, j]);
    }
  }
  const meanJaccard = meanPairwise(sets, all) ?? 0;
  const w = meanPairwise(sets, within);
  const a = meanPairwise(sets, across);
  const repositioning = w !== undefined && a !== undefined && w >= 0.1 && a < w * REPOSITION_RATIO;
  return { meanJaccard, within: w, across: a, repositioning, posts: sets.length };
}

/**
 * C: cadence (coefficient of variation of gaps between dated, unpinned posts: ≤ 0.6 regular
 * → 100, ≥ 1.2 erratic → 30; last post over 30 days ago → inactive, capped at 10) and topic
 * coherence over the window (Jaccard 0.25 → 100; repositioning −25); the mean of the two.
 */
export function scoreConsistency(ctx: ScoringContext): SubScoreResult {
  const { thresholds: t, now } = ctx;
  const dated = sortNewestFirst(ctx.snapshot.posts.filter((p) => !p.pinned && p.takenAt !== undefined));
  const reasons: Reason[] = [];
  const parts: number[] = [];
  const inputs: SubScore['inputs'] = {};

  const gaps: number[] = [];
  for (let i = 1; i < dated.length; i++)
    gaps.push(((dated[i - 1]!.takenAt as number) - (dated[i]!.takenAt as number)) / DAY_MS);
  const newest = dated[0]?.takenAt;
  const daysSince = newest === undefined ? undefined : (now - newest) / DAY_MS;
  const inactive = daysSince !== undefined && daysSince > t.inactiveDays;
  inputs.daysSinceLastPost = daysSince ?? null;
  if (inactive) {
    reasons.push(
      reason('warn', { code: 'inactive', params: { days: Math.floor(daysSince), max: t.inactiveDays } }),
    );
  }
  const cv = gaps.length >= 3 ? coefficientOfVariation(gaps) : undefined;
  inputs.cadenceCv = cv ?? null;
  inputs.medianGapDays = gaps.length
    ? ([...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? null)
    : null;
  if (cv !== undefined) {
    let cadence = piecewise(cv, [
      [t.cadenceCvRegular, 100],
      [t.cadenceCvErratic, 30],
    ]);
    if (inactive) cadence = Math.min(cadence, INACTIVE_CAP);
    parts.push(cadence);
  } else if (inactive) {
    parts.push(INACTIVE_CAP);
  }

  const topic = topicCoherence(ctx.selection.window);
  inputs.meanJaccard = topic?.meanJaccard ?? null;
  inputs.repositioning = topic?.repositioning ?? null;
  if (topic) {
    let coherence = Math.min(100, (topic.meanJaccard / COHERENT_JACCARD) * 100);
    if (topic.repositioning) {
      coherence -= REPOSITION_PENALTY;
      reasons.push(
        reason('warn', {
          code: 'repositioning',
          params: { across: (topic.across ?? 0) * 100, within: (topic.within ?? 0) * 100 },
        }),
      );
    }
    parts.push(Math.max(0, coherence));
  }

  if (parts.length === 0) {
    return {
      subscore: noData('consistency', { code: 'consistency.no-data' }, inputs),
      reasons,
    };
  }
  const cadence =
    cv === undefined
      ? 'unknown'
      : cv <= t.cadenceCvRegular
        ? 'regular'
        : cv >= t.cadenceCvErratic
          ? 'erratic'
          : 'uneven';
  return {
    subscore: {
      key: 'consistency',
      value: scoreValue(parts.reduce((a, b) => a + b, 0) / parts.length),
      inputs,
      used: dated.map((p) => ({ id: p.id })),
      excluded: ctx.snapshot.posts
        .filter((p) => p.pinned || p.takenAt === undefined)
        .map((p) => ({
          id: p.id,
          reason: (p.pinned
            ? { code: 'exclusion', params: { reason: 'pinned' } }
            : { code: 'undated' }) satisfies NoteCode,
        })),
      confidence: cv !== undefined && topic ? 'high' : 'low',
      explanation: {
        code: 'consistency.scored',
        params: {
          inactive,
          cadence,
          ...(topic ? { overlap: topic.meanJaccard * 100 } : {}),
          repositioned: topic?.repositioning === true,
        },
      },
    },
    reasons,
  };
}
