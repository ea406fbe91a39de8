// Local wall-clock formatting, 24 h, independent of the browser's locale settings.

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** HH:MM in local time. */
export function formatClock(t: number): string {
  const d = new Date(t);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** YYYY-MM-DD in local time. */
export function formatDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** HH:MM when t is on the same local day as now, else "YYYY-MM-DD HH:MM" so an old time is not mistaken for today. */
export function formatSince(t: number, now: number): string {
  return formatDay(t) === formatDay(now) ? formatClock(t) : `${formatDay(t)} ${formatClock(t)}`;
}
