// Ticks of the handover's small charts: time in ward local time, values at round steps.
import { valueTicks } from './timeAxis';

const HOUR = 3_600_000;

/** Whole local hours (every 1–12 h) or local midnights, at most about seven across the window. */
export function timeTicks(from: number, to: number): number[] {
  const stepH = [1, 2, 3, 4, 6, 12, 24, 48, 96, 168].find((h) => (to - from) / (h * HOUR) <= 7) ?? 336;
  const ticks: number[] = [];
  const quarter = HOUR / 4;
  for (let t = Math.ceil(from / quarter) * quarter; t <= to; t += quarter) {
    const d = new Date(t);
    if (d.getMinutes() !== 0) continue;
    const due = stepH < 24 ? d.getHours() % stepH === 0 : d.getHours() === 0 && (ticks.length === 0 || t - ticks.at(-1)! >= (stepH - 2) * HOUR);
    if (due) ticks.push(t);
  }
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
