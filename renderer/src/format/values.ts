// How a value is displayed: digits only for a valid number, "---" and the status in words otherwise.
import type { LatestValue } from '../../../shared/api/contract';
import { PARAMS } from '../../../shared/params';
import { strings } from '../strings';

export interface DisplayValue {
  /** The digits, or strings.noValue. */
  readonly text: string;
  /** Why there is no number ("invalid", "under range"), or null when the value is a valid number. */
  readonly note: string | null;
}

function usable(v: LatestValue | undefined): v is LatestValue & { value: number } {
  return v !== undefined && v.status === 'valid' && v.value !== null && Number.isFinite(v.value);
}

function why(v: LatestValue | undefined): string | null {
  if (v === undefined) return null;
  if (v.status !== 'valid') return strings.status[v.status];
  return strings.statusNoNumber;
}

export function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return text.startsWith('-') && Number(text) === 0 ? text.slice(1) : text; // no "-0"
}

export function displayValue(v: LatestValue | undefined): DisplayValue {
  if (v === undefined) return { text: strings.noValue, note: strings.noValueYet };
  if (!usable(v)) return { text: strings.noValue, note: why(v) };
  return { text: formatNumber(v.value, PARAMS[v.param].decimals), note: null };
}

export interface PressureParts {
  readonly sys?: LatestValue | undefined;
  readonly dia?: LatestValue | undefined;
  readonly mean?: LatestValue | undefined;
}

/** Parts older than the newest part by more than this are not from the same measurement and are not shown. */
export const SAME_MEASUREMENT_MS = 10_000;

export interface DisplayPressure extends DisplayValue {
  /** Time of the measurement (the newest part), or null when no part was ever seen. */
  readonly time: number | null;
}

/** "sys/dia (mean)", e.g. "120/80 (93)"; any part without a valid number of this measurement is "---". */
export function displayPressure(parts: PressureParts): DisplayPressure {
  const named = [
    ['sys', parts.sys],
    ['dia', parts.dia],
    ['mean', parts.mean],
  ] as const;
  const times = named.flatMap(([, v]) => (v === undefined ? [] : [v.time]));
  if (times.length === 0) return { text: strings.noValue, note: strings.noValueYet, time: null };
  const time = Math.max(...times);
  const current = (v: LatestValue | undefined): LatestValue | undefined =>
    v !== undefined && time - v.time <= SAME_MEASUREMENT_MS ? v : undefined;

  const text = (v: LatestValue | undefined): string => {
    const c = current(v);
    return usable(c) ? formatNumber(c.value, PARAMS[c.param].decimals) : strings.noValue;
  };
  const sys = current(parts.sys);
  const dia = current(parts.dia);
  const full =
    !usable(sys) && !usable(dia) ? strings.noValue : `${text(parts.sys)}/${text(parts.dia)} (${text(parts.mean)})`;

  const problems = named.flatMap(([part, v]) => {
    const c = current(v);
    const reason = c === undefined || usable(c) ? null : why(c);
    return reason === null ? [] : [[part, reason] as const];
  });
  let note: string | null = null;
  const reasons = new Set(problems.map(([, reason]) => reason));
  const first = problems[0];
  if (first !== undefined) {
    note =
      reasons.size === 1 && problems.length === named.filter(([, v]) => current(v) !== undefined).length
        ? first[1]
        : problems.map(([part, reason]) => strings.partStatus(strings.pressureParts[part], reason)).join(', ');
  }
  return { text: full, note, time };
}
