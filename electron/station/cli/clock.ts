// --now ISO: the clock a command runs on, for tests and training; without it, the computer's clock.
import { performance } from 'node:perf_hooks';
import { parseIsoTime } from './args';

export const NOW_OPTION = { now: { type: 'string' } } as const;

/** A fixed moment (demo, report): the given time, or the computer's clock read once. */
export function fixedNow(value: string | undefined): number {
  return parseIsoTime(value, '--now') ?? Date.now();
}

/** A running clock (station, simulators): starts at the given time and advances with real elapsed time (monotonic). */
export function runningClock(value: string | undefined): { now: () => number; set: boolean } {
  const start = parseIsoTime(value, '--now');
  if (start === undefined) return { now: Date.now, set: false };
  const started = performance.now();
  return { now: () => start + Math.round(performance.now() - started), set: true };
}

/** The loud line a command prints when its clock is not the computer's. */
export function clockNotice(command: string, now: number): string {
  return `vigil ${command}: CLOCK SET to ${new Date(now).toISOString()} by --now, not the computer's clock (tests and training only)`;
}
