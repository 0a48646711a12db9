/**
 * The geometry of the comparison's chart of ER per post over time: one line per creator on shared
 * axes (time across, ER up from 0), in SVG user units. Pure, so the scales are tested in Node.
 */
import type { ErPoint } from './compare';

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels: left, right, top, bottom. */
  pad: { left: number; right: number; top: number; bottom: number };
}

export interface ChartPoint extends ErPoint {
  x: number;
  y: number;
}

export interface ChartLayout {
  lines: ChartPoint[][];
  /** The top of the ER axis (a round number at or above the highest ER), percent. */
  yMax: number;
  /** ER gridlines, percent, from 0 to yMax. */
  yTicks: Array<{ value: number; y: number }>;
  /** The time span shown (the oldest and newest post), epoch ms; undefined without points. */
  tMin?: number;
  tMax?: number;
}

/** A round axis top: 1, 2, 2.5 or 5 × a power of ten, at or above `max`. */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function chartLayout(series: ReadonlyArray<readonly ErPoint[]>, box: ChartBox): ChartLayout {
  const all = series.flat();
  const yMax = niceMax(Math.max(0, ...all.map((p) => p.er)));
  const { left, right, top, bottom } = box.pad;
  const plotW = box.width - left - right;
  const plotH = box.height - top - bottom;
  const y = (er: number) => top + plotH - (Math.max(0, er) / yMax) * plotH;
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: yMax * f, y: y(yMax * f) }));
  if (all.length === 0) return { lines: series.map(() => []), yMax, yTicks };
  const tMin = Math.min(...all.map((p) => p.takenAt));
  const tMax = Math.max(...all.map((p) => p.takenAt));
  const x = (t: number) => (tMax === tMin ? left + plotW / 2 : left + ((t - tMin) / (tMax - tMin)) * plotW);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    lines: series.map((points) => points.map((p) => ({ ...p, x: round(x(p.takenAt)), y: round(y(p.er)) }))),
    yMax,
    yTicks: yTicks.map((tick) => ({ value: tick.value, y: round(tick.y) })),
    tMin,
    tMax,
  };
}
