// The windows the trends screen shows: the whole episode, one Day, the last 12 hours, a custom range; and panning.
// Opened without a choice, it shows the whole episode, or the last 24 hours on Day 0 and Day +1.
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { dayBounds, dayNumber, dayStart, localDayStart, startOfLocalDay } from '../../../../shared/episode/day';
import { fromDateTimeLocal } from '../../ui/form/datetime';
import type { Converted } from '../../ui/form/result';
import { HOUR_MS } from '../../../../shared/time';

export interface TimeRange {
  readonly from: number;
  readonly to: number;
}

export type ZoomKind = 'episode' | 'day' | 'last12h' | 'last24h' | 'custom';

export interface Zoom extends TimeRange {
  readonly kind: ZoomKind;
  /** The Day shown, for kind 'day'. */
  readonly day?: number;
}

/** Days before the infusion the whole-episode view starts at, at the earliest. */
export const DAYS_BEFORE_INFUSION = 7;
/** When the product does not say how long to observe. */
export const DEFAULT_OBSERVATION_DAYS = 14;

/** One whole local calendar Day. */
export function dayRange(day: number, infusionTime: number): TimeRange {
  return { from: dayStart(day, infusionTime), to: dayStart(day + 1, infusionTime) };
}

/** Local midnights of the lymphodepletion days ("YYYY-MM-DD"), sorted; broken dates are skipped. */
export function lymphodepletionDays(episode: Pick<EpisodeView, 'checklist'>): number[] {
  const data = episode.checklist.entries.lymphodepletion?.data as { days?: unknown } | undefined;
  const days = Array.isArray(data?.days) ? data.days : [];
  return days
    .flatMap((d) => {
      const start = typeof d === 'string' ? localDayStart(d) : null;
      return start === null ? [] : [start];
    })
    .sort((a, b) => a - b);
}

/**
 * The whole episode: from Day −7 (or from the episode's first record — admission or lymphodepletion — when that is
 * later) to the end of the observation period (Day +observationDays), or to now when the stay is longer.
 * Before an infusion: from the first record to the end of today.
 */
export function episodeRange(episode: Pick<EpisodeView, 'checklist' | 'admittedAt' | 'infusionTime' | 'product' | 'dischargedAt'> | null, now: number): TimeRange {
  if (episode === null) return { from: now - 24 * HOUR_MS, to: now };
  const firstRecord = startOfLocalDay(Math.min(episode.admittedAt, ...lymphodepletionDays(episode)));
  const end = episode.dischargedAt ?? now;
  if (episode.infusionTime === null) return { from: firstRecord, to: Math.max(dayBounds(end).to, firstRecord + HOUR_MS) };
  const observationDays = episode.product?.observationDays ?? DEFAULT_OBSERVATION_DAYS;
  const from = Math.max(dayStart(-DAYS_BEFORE_INFUSION, episode.infusionTime), Math.min(firstRecord, startOfLocalDay(episode.infusionTime)));
  const to = Math.max(dayStart(observationDays + 1, episode.infusionTime), end);
  return { from, to };
}

export function lastHoursRange(now: number, hours: number): TimeRange {
  return { from: now - hours * HOUR_MS, to: now };
}

/** The window moved by `fraction` of its width to the left (−1) or the right (+1). */
export function panRange(range: TimeRange, direction: -1 | 1, fraction = 0.5): TimeRange {
  const shift = Math.round((range.to - range.from) * fraction) * direction;
  return { from: range.from + shift, to: range.to + shift };
}

/** The Day numbers inside a window (for the "a day" choice). */
export function daysIn(range: TimeRange, infusionTime: number): number[] {
  const days: number[] = [];
  for (let day = dayNumber(range.from, infusionTime)!; days.length < 400; day++) {
    const r = dayRange(day, infusionTime);
    if (r.from >= range.to) break;
    if (r.to > range.from) days.push(day);
  }
  return days;
}

/** Two datetime-local fields as a window; errors keyed 'from' and 'to'. */
export function customRange(fromText: string, toText: string): Converted<TimeRange> {
  const from = fromDateTimeLocal(fromText);
  const to = fromDateTimeLocal(toText);
  const errors: Record<string, { code: 'dateTime' | 'endBeforeStart' }> = {};
  if (from === null) errors.from = { code: 'dateTime' };
  if (to === null) errors.to = { code: 'dateTime' };
  else if (from !== null && to <= from) errors.to = { code: 'endBeforeStart' };
  return Object.keys(errors).length > 0 || from === null || to === null ? { ok: false, errors } : { ok: true, value: { from, to } };
}

/** What the person chose ('default': nothing yet); 'default', 'episode' and 'last12h' follow the clock, the others are fixed windows. */
export type ZoomChoice = { readonly kind: 'default' } | { readonly kind: 'episode' } | { readonly kind: 'last12h' } | { readonly kind: 'day'; readonly day: number } | ({ readonly kind: 'custom' } & TimeRange);

/** The window a choice shows now. A Day needs an infusion time; without one it shows the last 24 hours. */
export function resolveZoom(choice: ZoomChoice, ctx: { readonly whole: TimeRange; readonly now: number; readonly infusionTime: number | null }): Zoom {
  switch (choice.kind) {
    case 'default': {
      // On Day 0–1 the whole episode (Day −7 to the end of observation) would leave today's data a thin sliver.
      const day = dayNumber(ctx.now, ctx.infusionTime);
      return day === 0 || day === 1 ? { kind: 'last24h', ...lastHoursRange(ctx.now, 24) } : { kind: 'episode', ...ctx.whole };
    }
    case 'episode':
      return { kind: 'episode', ...ctx.whole };
    case 'last12h':
      return { kind: 'last12h', ...lastHoursRange(ctx.now, 12) };
    case 'day':
      if (ctx.infusionTime === null) return { kind: 'custom', ...lastHoursRange(ctx.now, 24) };
      return { kind: 'day', day: choice.day, ...dayRange(choice.day, ctx.infusionTime) };
    case 'custom':
      return { kind: 'custom', from: choice.from, to: choice.to };
  }
}
