// Shapes stored rows into chart points: extremes kept per bucket, gaps from connection events as breaks.
import type { TrendPoint } from '../../shared/api/contract';

export interface TimedValue {
  readonly time: number;
  readonly value: number | null;
}

/**
 * Keeps at most ~2 points per bucket (the min and the max, in time order) so a short desaturation or
 * a fever spike survives; averaging (or LTTB) could hide it. Non-numeric rows are skipped.
 */
export function downsampleMinMax(rows: readonly TimedValue[], from: number, to: number, buckets: number): TrendPoint[] {
  const numeric = rows.filter((r): r is { time: number; value: number } => r.value !== null);
  if (numeric.length <= buckets * 2) return numeric.map((r) => ({ t: r.time, v: r.value }));
  const width = (to - from) / buckets;
  const out: TrendPoint[] = [];
  let bucket = -1;
  let min: { time: number; value: number } | null = null;
  let max: { time: number; value: number } | null = null;
  const flush = () => {
    if (!min || !max) return;
    if (min === max) out.push({ t: min.time, v: min.value });
    else for (const p of min.time <= max.time ? [min, max] : [max, min]) out.push({ t: p.time, v: p.value });
  };
  for (const r of numeric) {
    const b = Math.floor((r.time - from) / width);
    if (b !== bucket) {
      flush();
      bucket = b;
      min = max = r;
    } else {
      if (r.value < min!.value) min = r;
      if (r.value > max!.value) max = r;
    }
  }
  flush();
  return out;
}

/** Inserts a null point at the start of each gap so the chart breaks the line there. */
export function insertGaps(points: readonly TrendPoint[], gapStarts: readonly number[]): TrendPoint[] {
  if (gapStarts.length === 0) return [...points];
  const merged: TrendPoint[] = [...points, ...gapStarts.map((t) => ({ t, v: null }))];
  return merged.sort((a, b) => a.t - b.t || (a.v === null ? -1 : 1));
}

/** Gap starts: each time a device left 'receiving' (silent, error, reconnecting, stopped). */
export function gapStartsFromStates(states: readonly { time: number; state: string }[]): number[] {
  const starts: number[] = [];
  let receiving = false;
  for (const s of states) {
    if (s.state === 'receiving') receiving = true;
    else if (receiving) {
      starts.push(s.time);
      receiving = false;
    }
  }
  return starts;
}
