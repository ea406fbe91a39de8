import { describe, expect, it } from 'vitest';
import type { LabResult } from '../../../../shared/api/methods/labs';
import type { RoundsDay } from '../../../../shared/api/methods/rounds';
import { THRESHOLDS } from '../../../../shared/clinical/thresholds';
import { DEFAULT_LAB_RANGES } from '../../../../shared/labRanges';
import { roundsLabs, roundsTreatments, roundsVitals, supportText, todayFirst } from './rows';

const day = (n: number, from: number): RoundsDay => ({
  day: n, date: `2025-01-${String(10 + n).padStart(2, '0')}`, from, to: from + 86_400_000,
  vitals: { tempMaxC: null, sbpMin: null, mapMin: null, spo2Min: null, hrMax: null }, vitalsEnteredBy: {},
  oxygen: [], vasopressors: [], labs: [], grades: { crsSuggestedMax: null, icansSuggestedMax: null, crsConfirmed: null, icansConfirmed: null }, treatments: [],
});

describe('rounds rows', () => {
  it('today first whatever the order they came in', () => {
    expect(todayFirst([day(1, 100), day(3, 300), day(2, 200)]).map((d) => d.day)).toEqual([3, 2, 1]);
  });
  it('marks fever, hypotension and low SpO₂ against the shared thresholds, in the display unit', () => {
    const fever = THRESHOLDS.feverC.value;
    const v = roundsVitals({ tempMaxC: fever, sbpMin: THRESHOLDS.hypotensionSbpBelowMmHg.value - 1, mapMin: THRESHOLDS.hypotensionMapBelowMmHg.value, spo2Min: 97, hrMax: 121 }, 'C');
    expect(v.tempMax).toEqual({ text: '38.0', beyond: true });
    expect(v.sbpMin.beyond).toBe(true);
    expect(v.mapMin.beyond).toBe(false);
    expect(v.spo2Min.beyond).toBe(false);
    expect(v.hrMax).toEqual({ text: '121', beyond: false });
    expect(roundsVitals({ tempMaxC: 37.9, sbpMin: null, mapMin: null, spo2Min: null, hrMax: null }, 'F').tempMax).toEqual({ text: '100.2', beyond: false });
    expect(roundsVitals(day(0, 0).vitals, 'C').sbpMin).toEqual({ text: '—', beyond: false });
  });
  it('key labs of the day (latest each), the others counted; treatments only', () => {
    const r = (code: string, value: number, observedAt: number) =>
      ({ id: observedAt, code, name: code.toUpperCase(), value, canonicalValue: value, canonicalUnit: 'u', unit: 'u', refLow: null, refHigh: null, refRange: null, abnormalFlag: null, observedAt }) as unknown as LabResult;
    const labs = roundsLabs([r('ferritin', 900, 2), r('crp', 10, 1), r('crp', 12, 3), r('na', 139, 1), r('k', 4, 1)]);
    expect(labs.shown.map((l) => `${l.code} ${l.text}`)).toEqual(['crp 12', 'ferritin 900']);
    expect(labs.others).toBe(2);
    // No range sent: the lab's silence is no mark; the site's range marks it, as the labs screen does.
    expect(labs.shown.map((l) => l.mark)).toEqual([null, null]);
    const site = new Map(DEFAULT_LAB_RANGES.map((s) => [s.code, s]));
    expect(roundsLabs([r('ferritin', 2600, 2), r('crp', 2, 1)], site).shown.map((l) => `${l.code} ${l.mark}`)).toEqual(['crp null', 'ferritin high']);
    // A range the lab sent wins over the site's.
    const sent = { ...r('ferritin', 2600, 2), refLow: 20, refHigh: 3000 } as LabResult;
    expect(roundsLabs([sent], site).shown[0]!.mark).toBeNull();
    const t = roundsTreatments([
      { time: 5, kind: 'neuro', summary: 'ICE 10' },
      { time: 3, kind: 'medication', summary: 'Tocilizumab' },
      { time: 1, kind: 'oxygen', summary: 'nasal_cannula, 2 L/min' },
    ]);
    expect(t.map((x) => x.kind)).toEqual(['oxygen', 'medication']);
    expect(t[0]!.summary).toBe('nasal cannula, 2 L/min');
  });
  it('support in words', () => {
    expect(supportText(['nasal_cannula 2 L/min', 'hfnc'], ['norepinephrine', 'angiotensin_ii'])).toEqual(['nasal cannula 2 L/min', 'high-flow nasal cannula', 'norepinephrine', 'angiotensin ii']);
  });
});
