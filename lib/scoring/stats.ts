/** Small numeric helpers shared by the sub-scores. Empty input → undefined, never 0. */

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  if (sorted.length % 2 === 1) return hi;
  return ((sorted[mid - 1] as number) + hi) / 2;
}

/** Population standard deviation. */
function stdev(values: readonly number[]): number | undefined {
  const m = mean(values);
  if (m === undefined) return undefined;
  let acc = 0;
  for (const v of values) acc += (v - m) ** 2;
  return Math.sqrt(acc / values.length);
}

/** Coefficient of variation = stdev / mean (population); undefined when the mean is 0 or no data. */
export function coefficientOfVariation(values: readonly number[]): number | undefined {
  const m = mean(values);
  const s = stdev(values);
  if (m === undefined || s === undefined || m === 0) return undefined;
  return s / m;
}
