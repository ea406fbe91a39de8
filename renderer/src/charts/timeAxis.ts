// The one time axis of the trends screen: "Day +N, HH:MM" labels, ticks at round local times, day boundaries.
import { addLocalDays, dayBounds, dayNumber, startOfLocalDay } from '../../../shared/episode/day';
import { dayLabel } from '../ui/format/day';
import { formatClock, formatDate } from '../ui/format/time';
import { i18n } from '../i18n';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "Day +3, 14:05" (the date instead of the day before an infusion is recorded). */
export function axisLabel(t: number, infusionTime: number | null): string {
  const day = infusionTime === null ? formatDate(t) : dayLabel(dayNumber(t, infusionTime));
  return i18n.t('trends.axisLabel', { day, time: formatClock(t) });
}

/** Tick spacings the axis may use, smallest first. */
export const TICK_STEPS_MS = [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, 7 * DAY] as const;

/** The smallest spacing that leaves at least `minPx` between labels on a plot `plotWidthPx` wide. */
export function tickStepMs(spanMs: number, plotWidthPx: number, minPx = 130): number {
  if (!(spanMs > 0) || !(plotWidthPx > 0)) return DAY;
  for (const step of TICK_STEPS_MS) if ((step / spanMs) * plotWidthPx >= minPx) return step;
  return 7 * DAY;
}

/**
 * Ticks within [from, to] at round local times: whole local hours that are multiples of the step (stepped over real
 * hours, so a DST day still gets 00:00, 06:00, 12:00 and a repeated hour is labelled once), minutes for sub-hour steps,
 * or local midnights for day steps (every n-th day counted from `anchor`, e.g. Day 0, so a 2-day step shows Day 0, +2, +4 …).
 */
export function axisTicks(from: number, to: number, stepMs: number, anchor: number = from): number[] {
  const ticks: number[] = [];
  if (!(to > from) || !(stepMs > 0)) return ticks;
  if (stepMs >= DAY) {
    const days = Math.round(stepMs / DAY);
    const base = startOfLocalDay(anchor);
    const offset = dayNumber(from, base)!;
    for (let t = addLocalDays(base, Math.floor(offset / days) * days); t <= to && ticks.length < 500; t = addLocalDays(t, days)) if (t >= from) ticks.push(t);
    return ticks;
  }
  const d = new Date(from);
  const stepMinutes = Math.round(stepMs / MINUTE);
  if (stepMinutes >= 60) {
    const hours = stepMinutes / 60;
    d.setMinutes(0, 0, 0);
    let lastLabel = '';
    for (let t = d.getTime(); t <= to && ticks.length < 500; t += HOUR) {
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

/** Value-axis ticks: multiples of `step` within [lo, hi], the step doubled until at most `maxTicks` remain (labels never crowd). */
export function valueTicks(lo: number, hi: number, step: number, maxTicks = 6): number[] {
  if (!(hi > lo) || !(step > 0)) return [];
  let s = step;
  while (Math.floor(hi / s + 1e-9) - Math.ceil(lo / s - 1e-9) + 1 > maxTicks) s *= 2;
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / s - 1e-9); k <= Math.floor(hi / s + 1e-9); k++) ticks.push(Math.round(k * s * 1e6) / 1e6 + 0); // + 0: no −0 label
  return ticks;
}
