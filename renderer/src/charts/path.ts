// The dense layer of the trends as plain SVG paths. Recharts' <Line> keeps each line's points in its store, copied and
// frozen on every update: for a whole episode of 10 series that cost about half a second before anything was drawn.
import type { TrendPoint } from '../../../shared/api/contract';

export type Scale = (value: number) => number | undefined;

export interface Linear {
  readonly offset: number;
  readonly slope: number;
}

/** A linear scale as offset + slope × value, read at two values of its domain, so a long series is placed without a call per point. */
export function linearOf(scale: Scale, domain: readonly unknown[] | undefined): Linear | undefined {
  const [lo, hi] = [Number(domain?.[0]), Number(domain?.[1])];
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo === hi) return undefined;
  const a = scale(lo);
  const b = scale(hi);
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  const slope = (b - a) / (hi - lo);
  return { offset: a - slope * lo, slope };
}

const coord = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * "Mx,yLx,y…" through the points in order; a null value (a gap) lifts the pen, so a gap stays a gap. A lone reading
 * between gaps gets a zero-length segment, which a round line cap draws as a dot.
 */
export function linePath(points: readonly TrendPoint[], x: Scale, y: Scale): string {
  let d = '';
  let run = 0;
  const liftPen = () => {
    if (run === 1) d += 'l0,0';
    run = 0;
  };
  for (const p of points) {
    const px = p.v === null ? undefined : x(p.t);
    const py = p.v === null ? undefined : y(p.v);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      liftPen();
      continue;
    }
    d += `${run > 0 ? 'L' : 'M'}${coord(px)},${coord(py)}`;
    run++;
  }
  liftPen();
  return d;
}

/** The lowest and highest of the series' values and the extra values (thresholds, manual readings); null when none. */
export function valueExtent(series: readonly (readonly TrendPoint[])[], extra: readonly number[] = []): readonly [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const points of series) for (const p of points) if (p.v !== null && Number.isFinite(p.v)) take(p.v);
  for (const v of extra) if (Number.isFinite(v)) take(v);
  return lo <= hi ? [lo, hi] : null;
}
