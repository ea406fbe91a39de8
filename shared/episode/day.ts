// Day numbering relative to the infusion: Day 0 is the infusion day (ward local time), lymphodepletion days are negative.
import { differenceInCalendarDays } from 'date-fns';

/** Day number of `time` in the ward's local calendar, or null before an infusion time is known. */
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
