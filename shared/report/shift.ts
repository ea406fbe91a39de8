// Shift windows of the handover report. The shift boundaries (ward local time) are set HERE, in one place: the
// screen's default, the API's default and the command line's default window all come from SHIFT_BOUNDARIES.
import { set } from 'date-fns';
import { addLocalDays, startOfLocalDay } from '../episode/day';

export interface ShiftBoundary {
  readonly hour: number;
  readonly minute: number;
}

/** THE shift boundaries, ward local time: the day shift 07:00–19:00 and the night shift 19:00–07:00. */
export const SHIFT_BOUNDARIES: readonly ShiftBoundary[] = [
  { hour: 7, minute: 0 },
  { hour: 19, minute: 0 },
];

export interface ShiftWindow {
  readonly from: number;
  readonly to: number;
}

/** Every boundary from two days before `t` to the day after, ascending. Local wall-clock times, so DST-safe. */
function boundariesAround(t: number, boundaries: readonly ShiftBoundary[]): number[] {
  if (boundaries.length === 0) throw new Error('at least one shift boundary is needed');
  const out: number[] = [];
  for (let d = -2; d <= 1; d++) {
    const day = addLocalDays(startOfLocalDay(t), d);
    for (const b of boundaries) out.push(set(day, { hours: b.hour, minutes: b.minute, seconds: 0, milliseconds: 0 }).getTime());
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The shift that contains `t`: from the last boundary at or before it to the next one. */
export function shiftContaining(t: number, boundaries: readonly ShiftBoundary[] = SHIFT_BOUNDARIES): ShiftWindow {
  const all = boundariesAround(t, boundaries);
  const i = all.findLastIndex((b) => b <= t);
  return { from: all[i]!, to: all[i + 1]! };
}

/** The local date and time read as if it were UTC: wall-clock distances, which a DST jump does not stretch. */
function wallClock(t: number): number {
  return t - new Date(t).getTimezoneOffset() * 60_000;
}

/**
 * The shift that is ending at `now`: the one whose end is the boundary nearest to now on the wall clock (a tie goes to
 * the later one), so the choice is the same on a DST change night. With 07:00/19:00: at 18:30 and at 19:40 it is
 * 07:00–19:00 (the nurse hands over around 19:00); from 01:00 to 06:59 it is 19:00–07:00.
 */
export function endingShift(now: number, boundaries: readonly ShiftBoundary[] = SHIFT_BOUNDARIES): ShiftWindow {
  const all = boundariesAround(now, boundaries);
  const distance = (b: number) => Math.abs(wallClock(b) - wallClock(now));
  let best = 1;
  for (let i = 1; i < all.length; i++) if (distance(all[i]!) <= distance(all[best]!)) best = i;
  return { from: all[best - 1]!, to: all[best]! };
}
