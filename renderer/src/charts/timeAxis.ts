// The one time-axis policy of every chart (live trend, episode trends, labs, printed handover): the finest step of a
// ladder of round spacings that keeps the labels apart, ticks at round local times (DST-safe), day boundaries.
import { addLocalDays, dayBounds, dayNumber, startOfLocalDay } from '../../../shared/episode/day';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/time';
import { dayLabel } from '../ui/format/day';
import { formatClock, formatDate } from '../ui/format/time';
import { i18n } from '../i18n';

/** "Day +3, 14:05" (the date instead of the day before an infusion is recorded). */
export function axisLabel(t: number, infusionTime: number | null): string {
  const day = infusionTime === null ? formatDate(t) : dayLabel(dayNumber(t, infusionTime));
  return i18n.t('trends.axisLabel', { day, time: formatClock(t) });
}

/** Tick spacings the episode's charts (trends, labs) may use, smallest first. */
export const TICK_STEPS_MS = [15 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS, DAY_MS, 2 * DAY_MS, 3 * DAY_MS, 7 * DAY_MS] as const;

/** The finest of `steps` that puts at most `maxTicks` ticks across `spanMs`; the coarsest when none does. */
export function tickStepMs(spanMs: number, maxTicks: number, steps: readonly number[] = TICK_STEPS_MS): number {
  for (const step of steps) if (spanMs / step <= maxTicks) return step;
  return steps.at(-1)!;
}

/** Labels of the episode's charts stay at least this far apart. */
export const MIN_LABEL_SPACING_PX = 130;

/** The episode charts' spacing for a plot `plotWidthPx` wide (a day while the plot is not laid out yet). */
export function episodeTickStepMs(spanMs: number, plotWidthPx: number, minPx = MIN_LABEL_SPACING_PX): number {
  if (!(spanMs > 0) || !(plotWidthPx > 0)) return DAY_MS;
  return tickStepMs(spanMs, plotWidthPx / minPx);
}

/**
 * Ticks within [from, to] at round local times: whole local hours that are multiples of the step (stepped over real
 * hours, so a DST day still gets 00:00, 06:00, 12:00 and a repeated hour is labelled once), minutes for sub-hour steps,
 * or local midnights for day steps (every n-th day counted from `anchor`, e.g. Day 0, so a 2-day step shows Day 0, +2, +4 …).
 */
export function timeTicks(from: number, to: number, stepMs: number, anchor: number = from): number[] {
  const ticks: number[] = [];
  if (!(to > from) || !(stepMs > 0)) return ticks;
  if (stepMs >= DAY_MS) {
    const days = Math.round(stepMs / DAY_MS);
    const base = startOfLocalDay(anchor);
    const offset = dayNumber(from, base)!;
    for (let t = addLocalDays(base, Math.floor(offset / days) * days); t <= to && ticks.length < 500; t = addLocalDays(t, days)) if (t >= from) ticks.push(t);
    return ticks;
  }
  const d = new Date(from);
  const stepMinutes = Math.round(stepMs / MINUTE_MS);
  if (stepMinutes >= 60) {
    const hours = stepMinutes / 60;
    d.setMinutes(0, 0, 0);
    let lastLabel = '';
    for (let t = d.getTime(); t <= to && ticks.length < 500; t += HOUR_MS) {
      const local = new Date(t);
      const label = `${local.getDate()} ${local.getHours()}`;
      if (t < from || local.getMinutes() !== 0 || local.getHours() % hours !== 0 || label === lastLabel) continue;
      ticks.push(t);
      lastLabel = label;
    }
    return ticks;
  }
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() - (d.getMinutes() % stepMinutes));
  for (let t = d.getTime(); t <= to && ticks.length < 500; t += stepMs) if (t >= from) ticks.push(t);
  return ticks;
}

/** Local midnights strictly inside (from, to]: where one Day ends and the next begins. */
export function dayStarts(from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = dayBounds(from).to; t <= to && out.length < 400; t = dayBounds(t).to) out.push(t);
  return out;
}
