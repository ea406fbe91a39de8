// The checks of a value typed by hand, against the limits of entryLimits.ts: the same function in the form (before
// sending) and in the station (authoritative). A hard problem refuses the value; a plausibility problem asks first.
import { message, type Message } from '../messages/message';
import { PARAMS, type VitalParam } from '../params';
import { celsiusToFahrenheit, fahrenheitToCelsius, UCUM, unitLabel } from '../units';
import { labTestByCode, normaliseLabUnit, toCanonicalLab } from '../labs';
import { LAB_PLAUSIBLE_RANGES, VITAL_HARD_RANGES, VITAL_PLAUSIBLE_RANGES, type EntryRange } from './entryLimits';

export type EntryProblemKind = 'hard' | 'plausibility';

export interface EntryProblem {
  /** The vital param, or for a lab 'code' | 'unit' | 'value'. */
  readonly field: string;
  readonly kind: EntryProblemKind;
  readonly message: Message;
}

export interface VitalEntry {
  readonly param: VitalParam;
  readonly value: number;
  /** UCUM: the param's unit, or [degF] for a temperature. */
  readonly unit: string;
}

/** One decimal for the words only: the stored value is never rounded (clinical-rules.md §1.2). */
const shown = (n: number): number => Math.round(n * 10) / 10;

const hard = (field: string, key: string, params: Record<string, string | number> = {}): EntryProblem => ({ field, kind: 'hard', message: message(`said.entry.${key}`, params) });

const implausible = (field: string, value: number, range: EntryRange): EntryProblem => ({
  field,
  kind: 'plausibility',
  message: message('said.entry.implausible', { value: shown(value), unit: unitLabel(range.unit), min: range.min, max: range.max }),
});

const outside = (value: number, range: EntryRange | undefined): boolean => range !== undefined && (value < range.min || value > range.max);

/** The value in the param's canonical unit (°F converted exactly), or null for a unit the param is not entered in. */
export function canonicalVital({ param, value, unit }: VitalEntry): number | null {
  if (unit === PARAMS[param].unit) return value;
  return param === 'temp' && unit === UCUM.fahrenheit ? fahrenheitToCelsius(value) : null;
}

/** Temperature: refused outside the survived extremes [Hypo]/[Heat], saying so when the other scale fits. */
function temperatureProblem(entry: VitalEntry, celsius: number): EntryProblem | null {
  const range = VITAL_HARD_RANGES.temp!;
  if (!outside(celsius, range)) return null;
  const asOtherScale = entry.unit === UCUM.fahrenheit ? entry.value : fahrenheitToCelsius(entry.value);
  if (!outside(asOtherScale, range)) {
    return entry.unit === UCUM.fahrenheit
      ? hard('temp', 'looksCelsius', { value: entry.value, fahrenheit: shown(celsiusToFahrenheit(entry.value)) })
      : hard('temp', 'looksFahrenheit', { value: entry.value, celsius: shown(fahrenheitToCelsius(entry.value)) });
  }
  return hard('temp', 'tempOutside', { value: shown(celsius), min: range.min, max: range.max });
}

/** The problems of one value on its own: unit, sign, hard range [Def]/[Hypo]/[Heat], then plausibility [CLIF]. */
function singleProblem(entry: VitalEntry): EntryProblem | null {
  const { param } = entry;
  const value = canonicalVital(entry);
  if (value === null) return hard(param, 'wrongUnit', { unit: unitLabel(PARAMS[param].unit), given: unitLabel(entry.unit) });
  if (param === 'temp') return temperatureProblem(entry, value) ?? (outside(value, VITAL_PLAUSIBLE_RANGES.temp) ? implausible(param, value, VITAL_PLAUSIBLE_RANGES.temp!) : null);
  if (value < 0) return hard(param, 'negative');
  if (param === 'spo2' && value > VITAL_HARD_RANGES.spo2!.max) return hard(param, 'spo2Above100', { value });
  const plausible = VITAL_PLAUSIBLE_RANGES[param];
  return outside(value, plausible) ? implausible(param, value, plausible!) : null;
}

/** Systolic above diastolic, the mean between them [Def]: checked among the values entered together. */
function pressureProblems(entries: readonly VitalEntry[]): EntryProblem[] {
  const value = (param: VitalParam) => entries.find((e) => e.param === param)?.value;
  return (['nibp', 'abp'] as const).flatMap((kind) => {
    const sys = value(`${kind}_sys`);
    const dia = value(`${kind}_dia`);
    const mean = value(`${kind}_mean`);
    if (sys !== undefined && dia !== undefined && sys <= dia) return [hard(`${kind}_sys`, 'sysNotAboveDia', { sys, dia })];
    if (mean !== undefined && sys !== undefined && dia !== undefined && (mean < dia || mean > sys)) return [hard(`${kind}_mean`, 'meanOutside', { mean, sys, dia })];
    return [];
  });
}

/** Every problem of vital signs entered together, one per field at most: a refusal wins over a question. */
export function checkVitalEntries(entries: readonly VitalEntry[]): EntryProblem[] {
  const single = entries.flatMap((e) => singleProblem(e) ?? []);
  const refused = new Set(single.filter((p) => p.kind === 'hard').map((p) => p.field));
  const pairs = pressureProblems(entries).filter((p) => !refused.has(p.field));
  const pairFields = new Set(pairs.map((p) => p.field));
  return [...single.filter((p) => !pairFields.has(p.field)), ...pairs];
}

/** A lab value typed by hand: known test, a unit the test uses, never negative, then plausibility [CLIF]. */
export function checkLabEntry(code: string, value: number, unit: string): EntryProblem[] {
  const test = labTestByCode(code);
  if (!test) return [hard('code', 'unknownTest', { code })];
  const canonical = toCanonicalLab(test, value, normaliseLabUnit(unit));
  if (canonical === null) return [hard('unit', 'labUnit', { test: test.name, unit, units: Object.keys(test.factors).join(', ') })];
  if (value < 0) return [hard('value', 'negative')];
  const range = LAB_PLAUSIBLE_RANGES[test.code];
  return outside(canonical, range) ? [implausible('value', canonical, range!)] : [];
}

/** Only the hard problems, or (none of those) the questions still to be confirmed. */
export const refusals = (problems: readonly EntryProblem[]): EntryProblem[] => problems.filter((p) => p.kind === 'hard');
export const questions = (problems: readonly EntryProblem[]): EntryProblem[] => problems.filter((p) => p.kind === 'plausibility');
