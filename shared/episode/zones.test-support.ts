// For the *.tz.test.ts files, which run once per zone of the tz-* projects (vitest.config.ts). Every instant is built
// with local constructors, so one file is right in every zone; only the length of a DST change day depends on the zone.

/** The zone this test process runs in. */
export const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A local wall-clock time (month 1–12); a time a DST change skips moves forward, a repeated one is the earlier. */
export function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** Kept under this short name for the zone tests that import it. */
export { HOUR_MS as HOUR } from '../time';

export interface ChangeDay {
  readonly name: string;
  readonly year: number;
  readonly month: number;
  /** The Sunday of the change. */
  readonly day: number;
  /** Its length in hours, per zone; 24 where the zone has no change that day. */
  readonly hours: Readonly<Record<string, number>>;
}

/** The two change days of the matrix: Berlin's 25-hour autumn day and New York's 23-hour spring day (both 2026). */
export const CHANGE_DAYS: readonly ChangeDay[] = [
  { name: 'last Sunday of October 2026', year: 2026, month: 10, day: 25, hours: { 'Europe/Berlin': 25 } },
  { name: 'second Sunday of March 2026', year: 2026, month: 3, day: 8, hours: { 'America/New_York': 23 } },
];

/** How long the change day is here: 23, 24 or 25 hours. */
export function hoursOf(change: ChangeDay): number {
  return change.hours[ZONE] ?? 24;
}

/** Local time on the change day shifted by `days` (−3: three days before, 1: the day after). */
export function around(change: ChangeDay, days: number, hour = 0, minute = 0): number {
  return local(change.year, change.month, change.day + days, hour, minute);
}

/** "YYYY-MM-DD" of the change day shifted by `days`, written out independently of the code under test. */
export function dateOf(change: ChangeDay, days: number): string {
  const d = new Date(change.year, change.month - 1, change.day + days, 12);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** True when the wall-clock hour exists on that day (New York's 02:00 does not on its spring change day). */
export function hourExists(change: ChangeDay, days: number, hour: number): boolean {
  return new Date(change.year, change.month - 1, change.day + days, hour).getHours() === hour;
}
