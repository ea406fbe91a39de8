// The printed charts' time axis: whole local hours (every 1–12 h) or local midnights, at most about seven across the window.
import { DAY_MS, HOUR_MS } from '../../../../shared/time';
import { dayStarts, tickStepMs, timeTicks } from '../../charts/timeAxis';

const PRINT_TICK_STEPS_MS = [1, 2, 3, 4, 6, 12, 24, 48, 96, 168, 336].map((h) => h * HOUR_MS);
const PRINT_MAX_TICKS = 7;

export function printTimeTicks(from: number, to: number): number[] {
  const step = tickStepMs(to - from, PRINT_MAX_TICKS, PRINT_TICK_STEPS_MS);
  // Day steps count from the first midnight in the window, so the first day is labelled.
  return timeTicks(from, to, step, step >= DAY_MS ? (dayStarts(from - 1, to)[0] ?? from) : from);
}
