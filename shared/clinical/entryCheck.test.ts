import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { english } from '../messages/en';
import { VITAL_PARAMS, type VitalParam } from '../params';
import { UCUM } from '../units';
import { checkLabEntry, checkVitalEntries, type EntryProblem } from './entryCheck';
import { LAB_PLAUSIBLE_RANGES, VITAL_HARD_RANGES, VITAL_PLAUSIBLE_RANGES } from './entryLimits';

const said = (problems: readonly EntryProblem[]) => problems.map((p) => `${p.field} ${p.kind}: ${english(p.message)}`);
const one = (param: VitalParam, value: number, unit: string | undefined = param === 'temp' ? UCUM.celsius : undefined) =>
  said(checkVitalEntries([{ param, value, unit: unit ?? ({ spo2: '%', rr: '/min', hr: '/min' } as Record<string, string>)[param] ?? 'mm[Hg]' }]));

describe('hand-entered vital signs', () => {
  it('refuse SpO2 above 100 % and question one below 50 %, accept 97 % silently', () => {
    expect(one('spo2', 140)).toEqual(['spo2 hard: SpO₂ cannot be above 100 % (entered 140 %).']);
    expect(one('spo2', 40)).toEqual(['spo2 plausibility: Are you sure? 40 % is outside the plausible range 50–100 %.']);
    expect(one('spo2', 97)).toEqual([]);
  });

  it('refuse a temperature no one survives, question 45 °C, and explain a °F value typed as °C and the reverse', () => {
    expect(one('temp', 3)).toEqual(['temp hard: 3 °C is outside the range a person survives (13–46.5 °C).']);
    expect(one('temp', 45)).toEqual(['temp plausibility: Are you sure? 45 °C is outside the plausible range 32–44 °C.']);
    expect(one('temp', 101)).toEqual(['temp hard: 101 looks like °F: 101 °F = 38.3 °C. Choose °F, or correct the value.']);
    expect(one('temp', 37, UCUM.fahrenheit)).toEqual(['temp hard: 37 looks like °C: 37 °C = 98.6 °F. Choose °C, or correct the value.']);
    expect(one('temp', 101, UCUM.fahrenheit)).toEqual([]);
    // 100.3 °F is 37.94 °C exactly: converted without early rounding, it is neither refused nor questioned.
    expect(one('temp', 100.3, UCUM.fahrenheit)).toEqual([]);
  });

  it('refuse a systolic at or below the diastolic and a mean outside them, naming the field', () => {
    const bp = (sys: number, dia: number, mean?: number) =>
      checkVitalEntries([
        { param: 'nibp_sys', value: sys, unit: UCUM.mmHg },
        { param: 'nibp_dia', value: dia, unit: UCUM.mmHg },
        ...(mean === undefined ? [] : [{ param: 'nibp_mean' as const, value: mean, unit: UCUM.mmHg }]),
      ]);
    expect(said(bp(80, 120))).toEqual(['nibp_sys hard: Systolic 80 mmHg must be above diastolic 120 mmHg.']);
    expect(said(bp(120, 80, 130))).toEqual(['nibp_mean hard: The mean 130 mmHg must lie between diastolic 80 and systolic 120 mmHg.']);
    expect(bp(120, 80, 93)).toEqual([]);
  });

  it('refuse negative values and a unit the param is not entered in', () => {
    expect(one('hr', -5)).toEqual(['hr hard: A value cannot be negative.']);
    expect(said(checkVitalEntries([{ param: 'hr', value: 80, unit: '%' }]))).toEqual(['hr hard: This value is entered in /min, not %.']);
  });

  it('never accept silently a value outside a hard range (any param, any number)', () => {
    const params = VITAL_PARAMS.filter((p) => p !== 'temp');
    fc.assert(
      fc.property(fc.constantFrom(...params), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (param, value) => {
        const problems = checkVitalEntries([{ param, value, unit: param.startsWith('nibp') || param.startsWith('abp') || param === 'etco2' ? UCUM.mmHg : param === 'spo2' ? '%' : '/min' }]);
        const hardRange = VITAL_HARD_RANGES[param];
        const outsideHard = value < 0 || (hardRange !== undefined && (value < hardRange.min || value > hardRange.max));
        if (outsideHard) expect(problems.map((p) => p.kind)).toEqual(['hard']);
        const plausible = VITAL_PLAUSIBLE_RANGES[param];
        if (problems.length === 0 && plausible) expect(value >= plausible.min && value <= plausible.max).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.constantFrom(UCUM.celsius, UCUM.fahrenheit), (value, unit) => {
        const celsius = unit === UCUM.fahrenheit ? ((value - 32) * 5) / 9 : value;
        const problems = checkVitalEntries([{ param: 'temp', value, unit }]);
        if (celsius < VITAL_HARD_RANGES.temp!.min || celsius > VITAL_HARD_RANGES.temp!.max) expect(problems.map((p) => p.kind)).toEqual(['hard']);
        if (problems.length === 0) expect(celsius >= VITAL_PLAUSIBLE_RANGES.temp!.min && celsius <= VITAL_PLAUSIBLE_RANGES.temp!.max).toBe(true);
      }),
    );
  });
});

describe('hand-entered labs', () => {
  it('question CRP 99,999 mg/L, accept 160 mg/L and 16 mg/dL, refuse a unit CRP is not measured in', () => {
    expect(said(checkLabEntry('crp', 99_999, 'mg/L'))).toEqual(['value plausibility: Are you sure? 99999 mg/L is outside the plausible range 0–1000 mg/L.']);
    expect(checkLabEntry('crp', 160, 'mg/L')).toEqual([]);
    expect(checkLabEntry('crp', 16, 'mg/dL')).toEqual([]);
    expect(said(checkLabEntry('crp', 160, 'mmol/L'))).toEqual(['unit hard: CRP is not entered in "mmol/L" (use mg/dL, mg/L).']);
    expect(said(checkLabEntry('nope', 1, 'mg/L'))).toEqual(['code hard: Unknown test "nope".']);
    expect(said(checkLabEntry('ferritin', -1, 'ng/mL'))).toEqual(['value hard: A value cannot be negative.']);
  });

  it('check the value in the canonical unit: sodium 50 mmol/L is questioned, every range is in its test canonical unit', () => {
    expect(checkLabEntry('na', 50, 'mmol/L').map((p) => p.kind)).toEqual(['plausibility']);
    expect(checkLabEntry('ferritin', 2600, 'ug/L')).toEqual([]);
    for (const [code, range] of Object.entries(LAB_PLAUSIBLE_RANGES)) expect(checkLabEntry(code, range.max, range.unit), code).toEqual([]);
  });
});
