import type { Objective } from '../model/campaign';
import { type SubScore, type SubScoreKey, SubScoreKeySchema } from '../model/report';
import { OBJECTIVE_WEIGHTS } from './benchmarks';

/** The objective's default weights, overridden key by key by the campaign's `weights`. */
export function weightsFor(
  objective: Objective,
  override?: Readonly<Record<string, number>>,
): Record<SubScoreKey, number> {
  const weights = { ...OBJECTIVE_WEIGHTS[objective] };
  if (override) {
    for (const key of SubScoreKeySchema.options) {
      const w = override[key];
      if (w !== undefined) weights[key] = w;
    }
  }
  return weights;
}

export interface OverallFit {
  /** Weighted mean of the sub-scores with data, 0–100, one decimal; undefined when none has data. */
  fit: number | undefined;
  /** Weights renormalised over the sub-scores with data (sum 1). */
  weightsUsed: Partial<Record<SubScoreKey, number>>;
  /** Sub-scores that dropped out for lack of data (their weight went to the others). */
  withoutData: SubScoreKey[];
}

/** Overall fit: sub-scores without data drop out and the weights renormalise. */
export function overallFit(
  subscores: readonly SubScore[],
  weights: Readonly<Record<SubScoreKey, number>>,
): OverallFit {
  const withData = subscores.filter((s) => s.value !== undefined && weights[s.key] > 0);
  const withoutData = subscores.filter((s) => s.value === undefined).map((s) => s.key);
  const total = withData.reduce((a, s) => a + weights[s.key], 0);
  if (total === 0) return { fit: undefined, weightsUsed: {}, withoutData };
  const weightsUsed: Partial<Record<SubScoreKey, number>> = {};
  let fit = 0;
  for (const s of withData) {
    const w = weights[s.key] / total;
    weightsUsed[s.key] = w;
    fit += w * (s.value as number);
  }
  return { fit: Math.round(fit * 10) / 10, weightsUsed, withoutData };
}
