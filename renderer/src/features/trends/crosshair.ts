// The crosshair: pixels ↔ time on the shared axis, and the reading nearest to a moment.
import type { TrendPoint } from '../../../../shared/api/contract';

export interface PlotArea {
  /** Pixels from the chart's left edge to the plot's left and right edges. */
  readonly left: number;
  readonly right: number;
  readonly from: number;
  readonly to: number;
}

export function xToTime(x: number, plot: PlotArea): number {
  const width = plot.right - plot.left;
  if (width <= 0) return plot.from;
  const ratio = Math.min(1, Math.max(0, (x - plot.left) / width));
  return plot.from + ratio * (plot.to - plot.from);
}

export function timeToX(t: number, plot: PlotArea): number {
  return plot.left + ((t - plot.from) / (plot.to - plot.from)) * (plot.right - plot.left);
}

/** Milliseconds one pixel covers. */
export function msPerPixel(plot: PlotArea): number {
  return (plot.to - plot.from) / Math.max(1, plot.right - plot.left);
}

/** The number point nearest to `t` within ±tolerance (gaps are not readings; a gap between them hides the reading). */
export function nearestPoint(points: readonly TrendPoint[], t: number, toleranceMs: number): (TrendPoint & { v: number }) | null {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  let best: (TrendPoint & { v: number }) | null = null;
  // Only the neighbours on each side count: a gap point (v null) between t and a reading hides that reading.
  for (const p of [points[lo], points[lo - 1]]) {
    if (p === undefined || p.v === null || Math.abs(p.t - t) > toleranceMs) continue;
    if (best === null || Math.abs(p.t - t) < Math.abs(best.t - t)) best = { t: p.t, v: p.v };
  }
  return best;
}

/** The time of the crosshair after an arrow key: one step of 1/100 of the window (1/10 with Shift), kept inside it. */
export function stepCrosshair(current: number | null, plot: Pick<PlotArea, 'from' | 'to'>, direction: -1 | 1, large: boolean): number {
  const span = plot.to - plot.from;
  const start = current ?? (direction > 0 ? plot.from : plot.to);
  return Math.min(plot.to, Math.max(plot.from, start + (direction * span) / (large ? 10 : 100)));
}
