// datetime-local and date inputs hold the ward's local wall-clock time; the API holds UTC milliseconds.
import { localDayKey, localDayStart } from '../../../../shared/episode/day';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC ms → "YYYY-MM-DDTHH:MM" in local time (the value of an <input type="datetime-local">). */
export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "YYYY-MM-DDTHH:MM[:SS]" local → UTC ms; null when it is not a real local date and time. */
export function fromDateTimeLocal(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number, number, number, number];
  const d = new Date(year, month - 1, day, hour, minute, second);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d.getTime();
}

/** UTC ms → the local calendar day "YYYY-MM-DD" (the day rule's key, shared/episode/day.ts). */
export const toIsoDay = localDayKey;

/** "YYYY-MM-DD" + n calendar days. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return toIsoDay(new Date(y, m - 1, d + days, 12).getTime());
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  return localDayStart(text) !== null;
}
