// Time ticks of the handover's small charts, in ward local time.
const HOUR = 3_600_000;

/** Whole local hours (every 1–12 h) or local midnights, at most about seven across the window. */
export function timeTicks(from: number, to: number): number[] {
  const stepH = [1, 2, 3, 4, 6, 12, 24, 48, 96, 168].find((h) => (to - from) / (h * HOUR) <= 7) ?? 336;
  const ticks: number[] = [];
  const quarter = HOUR / 4;
  for (let t = Math.ceil(from / quarter) * quarter; t <= to; t += quarter) {
    const d = new Date(t);
    if (d.getMinutes() !== 0) continue;
    const due = stepH < 24 ? d.getHours() % stepH === 0 : d.getHours() === 0 && (ticks.length === 0 || t - ticks.at(-1)! >= (stepH - 2) * HOUR);
    if (due) ticks.push(t);
  }
  return ticks;
}
