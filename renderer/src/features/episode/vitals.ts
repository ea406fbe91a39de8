// A set of vital signs in a form: typed values (temperature in the display unit), what the monitor offered,
// and the conversion to the API's vitals set with its source ('monitor' when confirmed unchanged, else 'manual').
import type { LatestValue, TrendSeries } from '../../../../shared/api/contract';
import { PARAMS, type VitalParam } from '../../../../shared/params';
import { celsiusToFahrenheit } from '../../../../shared/units';
import { fromDisplayTemperature } from '../../ui/format/temperature';
import { Errors } from '../../ui/form/result';
import type { TempUnit } from '../../ui/prefs/preferences';
import { MINUTE_MS } from '../../../../shared/time';

export const VITAL_FIELDS = ['hr', 'sbp', 'dbp', 'spo2', 'rr', 'temp'] as const;
export type VitalField = (typeof VITAL_FIELDS)[number];
export type VitalsValues = Readonly<Record<VitalField, string>>;

/** Exact numbers in the API's units (temperature in °C). */
export interface VitalsNumbers {
  readonly hr: number | null;
  readonly sbp: number | null;
  readonly dbp: number | null;
  readonly spo2: number | null;
  readonly rr: number | null;
  readonly tempC: number | null;
}

/** What the monitor offered: the exact numbers, and how they were written into the form. */
export interface VitalsPrefill {
  readonly numbers: VitalsNumbers;
  readonly values: VitalsValues;
}

export const EMPTY_VITALS: VitalsValues = { hr: '', sbp: '', dbp: '', spo2: '', rr: '', temp: '' };

/** Where each field's value comes from on the monitor (first param with a valid value wins). */
const SOURCES: Readonly<Record<VitalField, readonly VitalParam[]>> = {
  hr: ['hr', 'pr'],
  sbp: ['nibp_sys', 'abp_sys'],
  dbp: ['nibp_dia', 'abp_dia'],
  spo2: ['spo2'],
  rr: ['rr'],
  temp: ['temp'],
};

const numberKey = (field: VitalField): keyof VitalsNumbers => (field === 'temp' ? 'tempC' : field);

export function isEmptyVitals(values: VitalsValues): boolean {
  return VITAL_FIELDS.every((f) => values[f].trim() === '');
}

/** The monitor's numbers written into the form: the param's decimals, temperature converted exactly then rounded. */
export function prefillFrom(numbers: VitalsNumbers, tempUnit: TempUnit): VitalsPrefill {
  const text = (field: VitalField): string => {
    const value = numbers[numberKey(field)];
    if (value === null) return '';
    if (field === 'temp') return (tempUnit === 'F' ? celsiusToFahrenheit(value) : value).toFixed(1);
    return value.toFixed(PARAMS[SOURCES[field][0]!].decimals);
  };
  return { numbers, values: Object.fromEntries(VITAL_FIELDS.map((f) => [f, text(f)])) as VitalsValues };
}

/** The newest valid values of observations.latest no older than maxAgeMs; time is the newest value's time. */
export function vitalsFromLatest(latest: readonly LatestValue[], now: number, maxAgeMs = 30 * MINUTE_MS): { time: number; numbers: VitalsNumbers } | null {
  const usable = latest.filter((v) => v.status === 'valid' && v.value !== null && now - v.time <= maxAgeMs);
  const pick = (field: VitalField): LatestValue | undefined => {
    for (const param of SOURCES[field]) {
      const found = usable.find((v) => v.param === param);
      if (found) return found;
    }
    return undefined;
  };
  const picked = VITAL_FIELDS.map((f) => [f, pick(f)] as const);
  const times = picked.flatMap(([, v]) => (v ? [v.time] : []));
  if (times.length === 0) return null;
  const numbers = Object.fromEntries(picked.map(([f, v]) => [numberKey(f), v?.value ?? null])) as unknown as VitalsNumbers;
  return { time: Math.max(...times), numbers };
}

/** The value of the trend nearest to `time`, within ±toleranceMs (gaps are not values). */
function nearest(series: TrendSeries | undefined, time: number, toleranceMs: number): number | null {
  let best: { d: number; v: number } | null = null;
  for (const p of series?.points ?? []) {
    if (p.v === null) continue;
    const d = Math.abs(p.t - time);
    if (d <= toleranceMs && (best === null || d < best.d)) best = { d, v: p.v };
  }
  return best?.v ?? null;
}

/** Numbers for one moment from the trend (the nearest point within ±toleranceMs), or null when nothing is near. */
export function vitalsFromTrend(trend: readonly TrendSeries[], time: number, toleranceMs: number): VitalsNumbers | null {
  const value = (field: VitalField): number | null => {
    for (const param of SOURCES[field]) {
      const v = nearest(trend.find((s) => s.param === param), time, toleranceMs);
      if (v !== null) return v;
    }
    return null;
  };
  const numbers = Object.fromEntries(VITAL_FIELDS.map((f) => [numberKey(f), value(f)])) as unknown as VitalsNumbers;
  return Object.values(numbers).every((v) => v === null) ? null : numbers;
}

/** The params to ask observations.trend for. */
export const VITALS_TREND_PARAMS: readonly VitalParam[] = [...new Set(VITAL_FIELDS.flatMap((f) => SOURCES[f]))];

/** 'monitor' only when what the monitor offered is still there, unchanged; any edit makes the set 'manual'. */
export function vitalsSource(values: VitalsValues, prefill: VitalsPrefill | null): 'monitor' | 'manual' {
  if (prefill === null) return 'manual';
  return VITAL_FIELDS.every((f) => values[f].trim() === prefill.values[f]) ? 'monitor' : 'manual';
}

/**
 * The numbers to send: the monitor's exact numbers when the set is confirmed unchanged, otherwise what was typed
 * (temperature typed in the display unit, converted to °C without rounding). Field errors go to `${prefix}${field}`.
 */
export function convertVitals(values: VitalsValues, prefill: VitalsPrefill | null, tempUnit: TempUnit, e: Errors, prefix = ''): { source: 'monitor' | 'manual'; numbers: VitalsNumbers } {
  const source = vitalsSource(values, prefill);
  if (source === 'monitor' && prefill !== null) return { source, numbers: prefill.numbers };
  const n = (field: VitalField): number | null => e.number(`${prefix}${field}`, values[field], { optional: true });
  const temp = n('temp');
  return {
    source,
    numbers: { hr: n('hr'), sbp: n('sbp'), dbp: n('dbp'), spo2: n('spo2'), rr: n('rr'), tempC: temp === null ? null : fromDisplayTemperature(temp, tempUnit) },
  };
}

/** Stored numbers back into the form (temperature in the display unit). */
export function vitalsValues(numbers: VitalsNumbers, tempUnit: TempUnit): VitalsValues {
  return prefillFrom(numbers, tempUnit).values;
}

/** A schema field of a vitals set → the form's field. */
export function vitalField(schemaField: string | number | undefined): VitalField | null {
  if (schemaField === 'tempC') return 'temp';
  return typeof schemaField === 'string' && (VITAL_FIELDS as readonly string[]).includes(schemaField) ? (schemaField as VitalField) : null;
}

export const QUARTER_HOUR_MS = 15 * MINUTE_MS;
/** The schema's limit on vitals sets per infusion. */
export const MAX_VITALS_SETS = 100;

/**
 * Times the station suggests for vital signs during an infusion: the start, every 15 minutes, and the end
 * when it is at least 5 minutes after the last quarter hour. Nothing when either time is missing or the end is before the start.
 */
export function suggestVitalsTimes(start: number | null, end: number | null, stepMs = QUARTER_HOUR_MS): number[] {
  if (start === null || end === null || end < start) return [];
  const times: number[] = [];
  for (let t = start; t <= end && times.length < MAX_VITALS_SETS; t += stepMs) times.push(t);
  const last = times.at(-1)!;
  if (end - last >= 5 * MINUTE_MS && times.length < MAX_VITALS_SETS) times.push(end);
  return times;
}
