// Assessment intervals the handover's action list uses, each with its source (one table, like THRESHOLDS).
import type { Threshold } from '../clinical/thresholds';
import { HOUR_MS } from '../time';

export const HANDOVER_INTERVALS = {
  iceIntervalMs: {
    value: 8 * HOUR_MS,
    unit: 'ms',
    source: 'clinical-rules.md §5.1 [S50]: ICE every 8 h (every 12 h in some centres), neuro checks at least every 8 h',
  },
} as const satisfies Record<string, Threshold>;

export interface IceDue {
  /** The latest ICE assessment at or before the report time, or null when none is recorded. */
  readonly lastAt: number | null;
  readonly lastTotal: number | null;
  /** When the next one is due; null when no ICE was ever recorded (due now). */
  readonly dueAt: number | null;
  readonly overdue: boolean;
  readonly intervalMs: number;
  readonly source: string;
}

/** The next ICE assessment: the last one plus the interval (§5.1). */
export function nextIceDue(last: { readonly at: number; readonly total: number } | null, now: number): IceDue {
  const { value, source } = HANDOVER_INTERVALS.iceIntervalMs;
  if (last === null) return { lastAt: null, lastTotal: null, dueAt: null, overdue: true, intervalMs: value, source };
  const dueAt = last.at + value;
  return { lastAt: last.at, lastTotal: last.total, dueAt, overdue: dueAt < now, intervalMs: value, source };
}
