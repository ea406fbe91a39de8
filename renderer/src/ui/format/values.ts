// How a value is displayed: digits only for a valid number, "---" and the status in words otherwise.
import type { LatestValue } from '../../../../shared/api/contract';
import { PARAMS } from '../../../../shared/params';
import { i18n, intlLocale } from '../../i18n';
import type { TempUnit } from '../prefs/preferences';
import { toDisplayValue } from './temperature';

export interface DisplayValue {
  /** The digits, or the no-value sign. */
  readonly text: string;
  /** Why there is no number ("invalid", "under range"), or null when the value is a valid number. */
  readonly note: string | null;
}

function usable(v: LatestValue | undefined): v is LatestValue & { value: number } {
  return v !== undefined && v.status === 'valid' && v.value !== null && Number.isFinite(v.value);
}

function why(v: LatestValue | undefined): string | null {
  if (v === undefined) return null;
  if (v.status !== 'valid') return i18n.t(`numerics.status.${v.status}`);
  return i18n.t('numerics.statusNoNumber');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Fixed decimals in the window's locale, without grouping (a bedside value, not an amount), never "-0". */
export function formatNumber(value: number, decimals: number, locale = intlLocale()): string {
  const key = `${locale}|${decimals}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    numberFormats.set(key, f);
  }
  const text = f.format(value);
  return /^[-−]/.test(text) && !/[1-9]/.test(text) ? text.slice(1) : text;
}

/** Up to `maxDecimals` decimals, trailing zeros dropped ("52.5", "35"). */
export function formatAmount(value: number, maxDecimals = 2, locale = intlLocale()): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

function digits(v: LatestValue & { value: number }, tempUnit: TempUnit): string {
  return formatNumber(toDisplayValue(v.value, v.unit, tempUnit), PARAMS[v.param].decimals);
}

export function displayValue(v: LatestValue | undefined, tempUnit: TempUnit = 'C'): DisplayValue {
  const noValue = i18n.t('numerics.noValue');
  if (v === undefined) return { text: noValue, note: i18n.t('numerics.noValueYet') };
  if (!usable(v)) return { text: noValue, note: why(v) };
  return { text: digits(v, tempUnit), note: null };
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
  const noValue = i18n.t('numerics.noValue');
  const named = [
    ['sys', parts.sys],
    ['dia', parts.dia],
    ['mean', parts.mean],
  ] as const;
  const times = named.flatMap(([, v]) => (v === undefined ? [] : [v.time]));
  if (times.length === 0) return { text: noValue, note: i18n.t('numerics.noValueYet'), time: null };
  const time = Math.max(...times);
  const current = (v: LatestValue | undefined): LatestValue | undefined =>
    v !== undefined && time - v.time <= SAME_MEASUREMENT_MS ? v : undefined;

  const text = (v: LatestValue | undefined): string => {
    const c = current(v);
    return usable(c) ? digits(c, 'C') : noValue;
  };
  const sys = current(parts.sys);
  const dia = current(parts.dia);
  const full = !usable(sys) && !usable(dia) ? noValue : `${text(parts.sys)}/${text(parts.dia)} (${text(parts.mean)})`;

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
        : problems.map(([part, reason]) => i18n.t('numerics.partStatus', { part: i18n.t(`numerics.parts.${part}`), status: reason })).join(', ');
  }
  return { text: full, note, time };
}
