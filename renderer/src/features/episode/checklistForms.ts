// Checklist items as forms: the typed values of each item and their conversion to the item's data,
// checked with the item's shared schema. Each item: empty values, values from stored data, conversion.
// Error keys are the form's field names ('reason' is kept for the reason of a correction).
import { CHECKLIST_ITEMS, type ChecklistData, type ChecklistItemKind } from '../../../../shared/episode/records';
import type { BaselineFinding } from '../../../../shared/episode/baselineFindings';
import { fromDateTimeLocal, isIsoDay, toDateTimeLocal } from '../../ui/form/datetime';
import { issuesToErrors, joinPath, type PathToField } from '../../ui/form/issues';
import { Errors, numberText, type Converted } from '../../ui/form/result';
import type { TempUnit } from '../../ui/prefs/preferences';
import { convertVitals, EMPTY_VITALS, vitalField, vitalsValues, type VitalsPrefill, type VitalsValues } from './vitals';

export interface LymphodepletionValues {
  readonly regimen: string;
  readonly fludarabine: string;
  readonly cyclophosphamide: string;
  readonly days: readonly string[];
}
export interface InfectionValues {
  readonly result: '' | 'negative' | 'positive' | 'pending';
  readonly date: string;
  readonly activeInfection: boolean;
  readonly notes: string;
}
export interface CnsValues {
  readonly history: boolean;
  readonly assessmentDone: boolean;
  readonly decision: '' | 'proceed' | 'postpone';
  readonly physicianName: string;
  readonly notes: string;
}
export interface SeizureValues {
  readonly given: '' | 'yes' | 'no';
  readonly drug: string;
  readonly doseMg: string;
  readonly frequency: string;
  readonly startDate: string;
  readonly reason: string;
}
export interface BaselineValues {
  readonly time: string;
  readonly vitals: VitalsValues;
  readonly prefill: VitalsPrefill | null;
  readonly iceScore: string;
}
export interface OverrideValues {
  readonly reason: string;
}

/** Checks the converted data with the item's shared schema; schema paths map to form fields. */
function check<K extends ChecklistItemKind>(kind: K, data: unknown, toField: PathToField = joinPath): Converted<ChecklistData<K>> {
  const parsed = CHECKLIST_ITEMS[kind].safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data as ChecklistData<K> } : { ok: false, errors: issuesToErrors(parsed.error.issues, toField) };
}

function isoDay(e: Errors, field: string, text: string): string {
  const value = e.required(field, text);
  if (value !== '' && !isIsoDay(value)) e.add(field, { code: 'date' });
  return value;
}

export const lymphodepletionForm = {
  empty: (): LymphodepletionValues => ({ regimen: 'Fludarabine/cyclophosphamide', fludarabine: '', cyclophosphamide: '', days: ['', '', ''] }),
  fromData: (d: ChecklistData<'lymphodepletion'>): LymphodepletionValues => ({
    regimen: d.regimen,
    fludarabine: numberText(d.fludarabineMgPerM2),
    cyclophosphamide: numberText(d.cyclophosphamideMgPerM2),
    days: [...d.days],
  }),
  convert(v: LymphodepletionValues): Converted<ChecklistData<'lymphodepletion'>> {
    const e = new Errors();
    const regimen = e.required('regimen', v.regimen);
    const fludarabineMgPerM2 = e.number('fludarabine', v.fludarabine, { optional: true });
    const cyclophosphamideMgPerM2 = e.number('cyclophosphamide', v.cyclophosphamide, { optional: true });
    const days: string[] = [];
    v.days.forEach((day, i) => {
      if (day.trim() === '') return;
      if (isIsoDay(day.trim())) days.push(day.trim());
      else e.add(`days.${i}`, { code: 'date' });
    });
    if (days.length === 0) e.add('days.0', { code: 'required' });
    if (e.any) return { ok: false, errors: e.all };
    const toField: PathToField = (p) => (p[0] === 'days' ? 'days.0' : p[0] === 'fludarabineMgPerM2' ? 'fludarabine' : p[0] === 'cyclophosphamideMgPerM2' ? 'cyclophosphamide' : joinPath(p));
    return check('lymphodepletion', { regimen, fludarabineMgPerM2, cyclophosphamideMgPerM2, days: [...days].sort() }, toField);
  },
};

export const infectionForm = {
  empty: (): InfectionValues => ({ result: '', date: '', activeInfection: false, notes: '' }),
  fromData: (d: ChecklistData<'infection_screening'>): InfectionValues => ({ ...d }),
  convert(v: InfectionValues): Converted<ChecklistData<'infection_screening'>> {
    const e = new Errors();
    if (v.result === '') e.add('result', { code: 'choose' });
    const date = isoDay(e, 'date', v.date);
    if (e.any) return { ok: false, errors: e.all };
    return check('infection_screening', { result: v.result, date, activeInfection: v.activeInfection, notes: v.notes.trim() });
  },
};

export const cnsForm = {
  empty: (): CnsValues => ({ history: false, assessmentDone: false, decision: '', physicianName: '', notes: '' }),
  fromData: (d: ChecklistData<'cns_evaluation'>): CnsValues => ({ history: d.historyOfCnsDisease, assessmentDone: d.assessmentDone, decision: d.decision, physicianName: d.physicianName, notes: d.notes }),
  convert(v: CnsValues): Converted<ChecklistData<'cns_evaluation'>> {
    const e = new Errors();
    if (v.decision === '') e.add('decision', { code: 'choose' });
    const physicianName = e.required('physicianName', v.physicianName);
    if (e.any) return { ok: false, errors: e.all };
    const toField: PathToField = (p) => (p[0] === 'historyOfCnsDisease' ? 'history' : joinPath(p));
    return check('cns_evaluation', { historyOfCnsDisease: v.history, assessmentDone: v.assessmentDone, decision: v.decision, physicianName, notes: v.notes.trim() }, toField);
  },
};

export const seizureForm = {
  empty: (): SeizureValues => ({ given: '', drug: 'Levetiracetam', doseMg: '', frequency: '', startDate: '', reason: '' }),
  fromData: (d: ChecklistData<'seizure_prophylaxis'>): SeizureValues =>
    d.given
      ? { given: 'yes', drug: d.drug, doseMg: numberText(d.doseMg), frequency: d.frequency, startDate: d.startDate, reason: '' }
      : { given: 'no', drug: 'Levetiracetam', doseMg: '', frequency: '', startDate: '', reason: d.reason },
  convert(v: SeizureValues): Converted<ChecklistData<'seizure_prophylaxis'>> {
    const e = new Errors();
    if (v.given === '') {
      e.add('given', { code: 'choose' });
      return { ok: false, errors: e.all };
    }
    if (v.given === 'no') {
      const reason = e.required('notGivenReason', v.reason);
      return e.any ? { ok: false, errors: e.all } : check('seizure_prophylaxis', { given: false, reason }, (p) => (p[0] === 'reason' ? 'notGivenReason' : joinPath(p)));
    }
    const drug = e.required('drug', v.drug);
    const doseMg = e.number('doseMg', v.doseMg);
    const frequency = e.required('frequency', v.frequency);
    const startDate = isoDay(e, 'startDate', v.startDate);
    if (e.any) return { ok: false, errors: e.all };
    return check('seizure_prophylaxis', { given: true, drug, doseMg, frequency, startDate });
  },
};

export const baselineForm = {
  empty: (now: number): BaselineValues => ({ time: toDateTimeLocal(now), vitals: EMPTY_VITALS, prefill: null, iceScore: '' }),
  fromData: (d: ChecklistData<'baseline'>, tempUnit: TempUnit): BaselineValues => ({
    time: toDateTimeLocal(d.time),
    vitals: vitalsValues({ hr: d.hr, sbp: d.sbp, dbp: d.dbp, spo2: d.spo2, rr: d.rr, tempC: d.tempC }, tempUnit),
    prefill: null,
    iceScore: numberText(d.iceScore),
  }),
  convert(v: BaselineValues, tempUnit: TempUnit): Converted<ChecklistData<'baseline'>> {
    const e = new Errors();
    const time = fromDateTimeLocal(v.time);
    if (time === null) e.add('time', { code: v.time.trim() === '' ? 'required' : 'dateTime' });
    const { source, numbers } = convertVitals(v.vitals, v.prefill, tempUnit, e);
    const iceScore = e.number('iceScore', v.iceScore, { integer: true });
    if (e.any) return { ok: false, errors: e.all };
    return check('baseline', { time, source, ...numbers, iceScore }, (p) => vitalField(p[0]) ?? joinPath(p));
  },
};

/** A physician's reason recorded as an item (timing override, baseline acknowledgement); `field` names it in errors. */
function convertReason<K extends 'timing_override' | 'baseline_acknowledgement'>(kind: K, field: string, v: OverrideValues, rest: object): Converted<ChecklistData<K>> {
  const e = new Errors();
  const reason = e.required(field, v.reason);
  return e.any ? { ok: false, errors: e.all } : check(kind, { ...rest, reason }, () => field);
}

export const overrideForm = {
  empty: (): OverrideValues => ({ reason: '' }),
  fromData: (d: ChecklistData<'timing_override'>): OverrideValues => ({ reason: d.reason }),
  convert: (v: OverrideValues): Converted<ChecklistData<'timing_override'>> => convertReason('timing_override', 'overrideReason', v, {}),
};

/** The acknowledgement covers the findings the baseline shows when it is recorded (a correction keeps its own). */
export const acknowledgementForm = {
  fromData: (d: ChecklistData<'baseline_acknowledgement'>): OverrideValues => ({ reason: d.reason }),
  convert: (v: OverrideValues, findings: readonly BaselineFinding[]): Converted<ChecklistData<'baseline_acknowledgement'>> =>
    convertReason('baseline_acknowledgement', 'acknowledgementReason', v, { findings }),
};
