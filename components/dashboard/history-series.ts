import type { ScoreReport } from '@/lib/model';

export interface SeriesPoint {
  t: number;
  value: number;
}

/** Followers and ER (mean) over the score history, oldest first; missing values are left out, never 0. */
export function historySeries(history: readonly ScoreReport[]): {
  followers: SeriesPoint[];
  er: SeriesPoint[];
} {
  const sorted = [...history].sort((a, b) => a.scoredAt - b.scoredAt);
  const followers: SeriesPoint[] = [];
  const er: SeriesPoint[] = [];
  for (const report of sorted) {
    if (report.followers !== undefined) followers.push({ t: report.scoredAt, value: report.followers });
    if (report.engagement.erMean !== undefined)
      er.push({ t: report.scoredAt, value: report.engagement.erMean });
  }
  return { followers, er };
}

/** SVG polyline points for a series in a width × height box with padding; a flat series sits mid-height. */
export function sparkPoints(
  series: readonly SeriesPoint[],
  width: number,
  height: number,
  pad = 4,
): { x: number; y: number }[] {
  if (series.length === 0) return [];
  const ts = series.map((p) => p.t);
  const vs = series.map((p) => p.value);
  const t0 = Math.min(...ts);
  const t1 = Math.max(...ts);
  const v0 = Math.min(...vs);
  const v1 = Math.max(...vs);
  return series.map((p) => ({
    x: t1 === t0 ? width / 2 : pad + ((p.t - t0) / (t1 - t0)) * (width - 2 * pad),
    y: v1 === v0 ? height / 2 : height - pad - ((p.value - v0) / (v1 - v0)) * (height - 2 * pad),
  }));
}
