// Local wall-clock formatting through Intl in the window's language; always a 24-hour clock.
import { localDayKey } from '../../../../shared/episode/day';
import { intlLocale } from '../../i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'clock' | 'date', locale: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let f = cache.get(key);
  if (f === undefined) {
    f =
      kind === 'clock'
        ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    cache.set(key, f);
  }
  return f;
}

/** HH:MM in local time. */
export function formatClock(t: number, locale = intlLocale()): string {
  return formatter('clock', locale).format(new Date(t));
}

/** The local date with the month in words ("2 Jan 2025", "2025年1月2日"): never ambiguous between day and month. */
export function formatDate(t: number, locale = intlLocale()): string {
  return formatter('date', locale).format(new Date(t));
}

/** A date-only value (YYYY-MM-DD, a local calendar day) in words. */
export function formatIsoDate(iso: string, locale = intlLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  return formatDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime(), locale);
}

/** Date and time, local. */
export function formatDateTime(t: number, locale = intlLocale()): string {
  return `${formatDate(t, locale)} ${formatClock(t, locale)}`;
}

/** HH:MM when t is on the same local day as now, else the date too, so an old time is not mistaken for today. */
export function formatSince(t: number, now: number, locale = intlLocale()): string {
  return localDayKey(t) === localDayKey(now) ? formatClock(t, locale) : formatDateTime(t, locale);
}
