// THE day rule of Vigil, in one place. Times are stored as UTC ms and read in the ward's local time (the time zone of
// the process: the station's, the window's). Every "Day +N", every day column, row and boundary comes from here.
import { differenceInCalendarDays } from 'date-fns';

/** One local calendar day: [from, to) between two local midnights (23 or 25 hours long on a DST change). */
export interface LocalDay {
  readonly from: number;
  readonly to: number;
  /** The local calendar date, YYYY-MM-DD. */
  readonly date: string;
}

/**
 * The Day number of `time` relative to the infusion start, or null before an infusion time is known.
 * Day 0 is the local calendar day of the infusion start; Day +N is N local midnights later (a day is counted, not
 * 24-hour periods, so a DST day is still one Day, 23 or 25 hours long); days before the infusion are negative
 * (lymphodepletion is Day −5 to −3). The screens, the evidence sentences, the rounds view, the labs table and the
 * handover report all use this count.
 */
export function dayNumber(time: number, infusionTime: number | null): number | null {
  if (infusionTime === null) return null;
  return differenceInCalendarDays(new Date(time), new Date(infusionTime));
}

/** "Day +3", "Day 0", "Day −2" (a true minus sign for print). */
export function formatDay(day: number | null): string {
  if (day === null) return 'Day —';
  if (day === 0) return 'Day 0';
  return day > 0 ? `Day +${day}` : `Day −${Math.abs(day)}`;
}

/** Local midnight starting the day of `t` (built from the calendar date, so never off by a DST hour). */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The same local wall-clock time `days` calendar days later (a DST day in between is 23 or 25 hours). */
export function addLocalDays(t: number, days: number): number {
  const d = new Date(t);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The local day containing `t`. */
export function dayBounds(t: number): LocalDay {
  const d = new Date(t);
  const from = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const to = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  return { from, to, date: localDayKey(from) };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar date of `t`, "YYYY-MM-DD" (sorts as text in calendar order). */
export function localDayKey(t: number): string {
  const d = new Date(t);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight starting the calendar date "YYYY-MM-DD", or null when the text is not one. */
export function localDayStart(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return localDayKey(t) === date ? t : null;
}

/** Local midnight starting Day `day` of an infusion (the inverse of dayNumber). */
export function dayStart(day: number, infusionTime: number): number {
  const d = new Date(infusionTime);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + day).getTime();
}

/** Every local day from the day of `first` to the day of `last`, both included, oldest first. */
export function localDaysBetween(first: number, last: number): LocalDay[] {
  const days: LocalDay[] = [];
  for (let day = dayBounds(first); day.from <= last; day = dayBounds(day.to)) days.push(day);
  return days;
}
