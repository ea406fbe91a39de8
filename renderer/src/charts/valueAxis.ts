// The one value-axis policy of every chart: ticks at multiples of a round step, never crowded, and the y range rule.

/** The y range from the lowest and highest value drawn, and the tick step (doubled when the range is wide). */
export interface AxisDomain {
  readonly lower: (min: number) => number;
  readonly upper: (max: number) => number;
  /** Where the chart places its own value ticks: their step. */
  readonly step?: number;
}

/** Value-axis ticks: multiples of `step` within [lo, hi], the step doubled until at most `maxTicks` remain (labels never crowd). */
export function valueTicks(lo: number, hi: number, step: number, maxTicks = 6): number[] {
  if (!(hi > lo) || !(step > 0)) return [];
  let s = step;
  while (Math.floor(hi / s + 1e-9) - Math.ceil(lo / s - 1e-9) + 1 > maxTicks) s *= 2;
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / s - 1e-9); k <= Math.floor(hi / s + 1e-9); k++) ticks.push(Math.round(k * s * 1e6) / 1e6 + 0); // + 0: no −0 label
  return ticks;
}

/** Round values within [lo, hi] (steps of 1, 2 or 5 × 10ⁿ), the finest that gives at most five: given to the chart, so it need not measure labels to thin them out. */
export function valueAxisTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) return [];
  const magnitude = 10 ** Math.floor(Math.log10((hi - lo) / 5));
  for (const m of [1, 2, 5, 10, 20, 50]) {
    const ticks = valueTicks(lo, hi, m * magnitude, Number.POSITIVE_INFINITY);
    if (ticks.length <= 5) return ticks;
  }
  return [lo, hi];
}
