// The rounds view in words: one row per Day (today first), the day's extremes marked against the shared thresholds.
import type { RoundsDay, RoundsTreatment } from '../../../../shared/api/methods/rounds';
import type { LabResult } from '../../../../shared/api/methods/labs';
import { THRESHOLDS } from '../../../../shared/clinical/thresholds';
import { UCUM } from '../../../../shared/units';
import { formatNumber } from '../../ui/format/values';
import { toDisplayValue } from '../../ui/format/temperature';
import type { TempUnit } from '../../ui/prefs/preferences';
import { oxygenLabel } from '../trends/markers';
import { O2_DEVICES } from '../../../../shared/clinical/events';
import { formatLabValue, labValue, LAB_TABLE_CODES, rangeMark, type RangeMark } from '../labs/table';
import type { SiteLabRange } from '../../../../shared/labRanges';

/** Labs shown in a rounds row (the rest are counted). */
export const ROUNDS_LAB_CODES = ['crp', 'ferritin', 'il6', 'anc', 'plt', 'hgb', 'fib', 'creat'] as const;
/** Treatment kinds of a rounds row (assessments and notes are on the episode screen). */
export const TREATMENT_KINDS: ReadonlySet<string> = new Set(['medication', 'vasopressor', 'oxygen', 'fluid_bolus']);

export interface MarkedValue {
  readonly text: string;
  /** Beyond the shared threshold (fever, hypotension): shown with a word, not only a colour. */
  readonly beyond: boolean;
}

const none: MarkedValue = { text: '—', beyond: false };

export interface RoundsVitals {
  readonly tempMax: MarkedValue;
  readonly sbpMin: MarkedValue;
  readonly mapMin: MarkedValue;
  readonly spo2Min: MarkedValue;
  readonly hrMax: MarkedValue;
}

export function roundsVitals(v: RoundsDay['vitals'], tempUnit: TempUnit): RoundsVitals {
  const n = (value: number | null, beyond: (x: number) => boolean, decimals = 0, convert = (x: number) => x): MarkedValue =>
    value === null ? none : { text: formatNumber(convert(value), decimals), beyond: beyond(value) };
  return {
    tempMax: n(v.tempMaxC, (x) => x >= THRESHOLDS.feverC.value, 1, (x) => toDisplayValue(x, UCUM.celsius, tempUnit)),
    sbpMin: n(v.sbpMin, (x) => x < THRESHOLDS.hypotensionSbpBelowMmHg.value),
    mapMin: n(v.mapMin, (x) => x < THRESHOLDS.hypotensionMapBelowMmHg.value),
    spo2Min: n(v.spo2Min, (x) => x < THRESHOLDS.spo2PromptBelowPct.value),
    hrMax: n(v.hrMax, () => false),
  };
}

export interface RoundsLab {
  readonly code: string;
  readonly name: string;
  readonly text: string;
  readonly unit: string;
  readonly mark: RangeMark;
}

/** The day's latest result of each key test, in table order (marked against the site's range where the lab sent none), and how many other tests have results that day. */
export function roundsLabs(labs: readonly LabResult[], siteRanges: ReadonlyMap<string, SiteLabRange> = new Map()): { shown: RoundsLab[]; others: number } {
  const latest = new Map<string, LabResult>();
  for (const r of [...labs].sort((a, b) => a.observedAt - b.observedAt)) if (labValue(r) !== null) latest.set(r.code, r);
  const key = (code: string) => (ROUNDS_LAB_CODES as readonly string[]).includes(code);
  const shown = [...latest.values()]
    .filter((r) => key(r.code))
    .sort((a, b) => (LAB_TABLE_CODES as readonly string[]).indexOf(a.code) - (LAB_TABLE_CODES as readonly string[]).indexOf(b.code))
    .map((r) => ({ code: r.code, name: r.name, text: formatLabValue(labValue(r)!), unit: r.canonicalUnit || r.unit, mark: rangeMark(r, siteRanges.get(r.code)) }));
  return { shown, others: [...latest.keys()].filter((c) => !key(c)).length };
}

/** The day's treatments in time order, oxygen device codes in words ("nasal_cannula" → "nasal cannula"). */
export function roundsTreatments(treatments: readonly RoundsTreatment[]): RoundsTreatment[] {
  return treatments
    .filter((t) => TREATMENT_KINDS.has(t.kind))
    .sort((a, b) => a.time - b.time)
    .map((t) => (t.kind === 'oxygen' ? { ...t, summary: t.summary.replace(/\b[a-z]+(?:_[a-z]+)*\b/g, (code) => (O2_DEVICES as readonly string[]).includes(code) ? oxygenLabel({ device: code }) : code) } : t));
}

/** Today first, whatever order the rows came in. */
export function todayFirst(days: readonly RoundsDay[]): RoundsDay[] {
  return [...days].sort((a, b) => b.from - a.from);
}

/** The station's support strings ("nasal_cannula 2 L/min", "norepinephrine") in words. */
export function supportText(oxygen: readonly string[], vasopressors: readonly string[]): string[] {
  const o2 = oxygen.map((o) => {
    const m = /^(\S+)(?: ([\d.]+) L\/min)?$/.exec(o);
    return m === null ? o : oxygenLabel({ device: m[1], ...(m[2] === undefined ? {} : { flowLMin: Number(m[2]) }) });
  });
  return [...o2, ...vasopressors.map((v) => v.replace(/_/g, ' '))];
}
