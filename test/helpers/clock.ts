// Tests never read the wall clock for "now": each pins the station, the DEMO and its own expectations to a local
// wall-clock time on a fixed date, so that a run at 04:26 or at 23:59 sees the same ward day.
/** Thursday 26 November 2026: no daylight-saving change within two weeks of it in the zones the suite runs under. */
const PINNED_DAY = { year: 2026, month: 10, date: 26 } as const;

/** The moment at local hh:mm on the pinned day (`dayOffset` days later or earlier). */
export function pinnedLocal(hour: number, minute: number, dayOffset = 0): number {
  return new Date(PINNED_DAY.year, PINNED_DAY.month, PINNED_DAY.date + dayOffset, hour, minute).getTime();
}

/** The value of a `--now` flag. */
export function isoOf(time: number): string {
  return new Date(time).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day YYYY-MM-DD of a moment, `offsetDays` later or earlier. */
export function localIsoDay(time: number, offsetDays = 0): string {
  const d = new Date(time);
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The value of a datetime-local input for a moment (the browser runs in this process's time zone). */
export function localInput(time: number): string {
  const d = new Date(time);
  return `${localIsoDay(time)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
