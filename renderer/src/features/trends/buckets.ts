// About two points per pixel: the request's bucket count follows the chart's width, and an answer with more points
// than that is reduced to the lowest and highest value per pixel column (never averaged: a spike survives).
// A gap (v null) is never reduced away: each stretch between gaps is reduced on its own.
import type { TrendPoint } from '../../../../shared/api/contract';

export const MIN_BUCKETS = 60;
export const MAX_BUCKETS = 4000;

/** One bucket per pixel of the plot (min and max per bucket: about two points per pixel). */
export function bucketsForWidth(plotWidthPx: number): number {
  if (!Number.isFinite(plotWidthPx)) return MIN_BUCKETS;
  return Math.min(MAX_BUCKETS, Math.max(MIN_BUCKETS, Math.round(plotWidthPx)));
}

function reduceStretch(points: readonly TrendPoint[], from: number, width: number): TrendPoint[] {
  const out: TrendPoint[] = [];
  let bucket = Number.NaN;
  let min: TrendPoint | null = null;
  let max: TrendPoint | null = null;
  const flush = () => {
    if (min === null || max === null) return;
    if (min === max) out.push(min);
    else out.push(...(min.t <= max.t ? [min, max] : [max, min]));
  };
  for (const p of points) {
    const b = Math.floor((p.t - from) / width);
    if (b !== bucket) {
      flush();
      bucket = b;
      min = p;
      max = p;
    } else {
      if (p.v! < min!.v!) min = p;
      if (p.v! > max!.v!) max = p;
    }
  }
  flush();
  return out;
}

/** At most two points per bucket of (to − from) / buckets; gaps kept where they are. Short series are returned as they are. */
export function reducePoints(points: readonly TrendPoint[], from: number, to: number, buckets: number): readonly TrendPoint[] {
  if (points.length <= 2 * buckets || !(to > from) || buckets < 1) return points;
  const width = (to - from) / buckets;
  const out: TrendPoint[] = [];
  let stretch: TrendPoint[] = [];
  for (const p of points) {
    if (p.v === null) {
      out.push(...reduceStretch(stretch, from, width), p);
      stretch = [];
    } else stretch.push(p);
  }
  out.push(...reduceStretch(stretch, from, width));
  return out;
}
