import { describe, expect, it } from 'vitest';
import type { LatestValue, TrendSeries } from '../../../../shared/api/contract';
import { admissionValues, EMPTY_ADMISSION, toAdmission, type AdmissionValues } from './admissionForm';
import { diffRecords } from './auditDiff';
import { doseStatus } from './dose';
import { BUILTIN_PRODUCTS } from '../../../../shared/episode/products';
import { baselineForm, lymphodepletionForm, seizureForm } from './checklistForms';
import { EMPTY_INFUSION, infusionValues, splitBagIds, toInfusion, vitalsTimes, type InfusionValues } from './infusionForm';
import { convertVitals, prefillFrom, suggestVitalsTimes, vitalsFromLatest, vitalsFromTrend, vitalsSource } from './vitals';
import { Errors } from '../../ui/form/result';

const filled: AdmissionValues = {
  ...EMPTY_ADMISSION,
  mrn: ' MRN-0042 ',
  name: 'Ada Lovelace',
  birthDate: '1961-12-10',
  sex: 'female',
  weightKg: '70',
  heightCm: '168',
  productCode: 'cilta-cel',
  treatingPhysician: 'Dr Rao',
};

describe('admission form → API input', () => {
  it('converts typed strings to the admission, with the schema defaults', () => {
    expect(toAdmission(filled)).toEqual({
      ok: true,
      value: {
        mrn: 'MRN-0042', name: 'Ada Lovelace', birthDate: '1961-12-10', sex: 'female', weightKg: 70, heightCm: 168, allergies: 'none known',
        diagnosis: 'Multiple myeloma', baselineOxygen: { kind: 'room_air' }, productCode: 'cilta-cel', treatingPhysician: 'Dr Rao',
      },
    });
  });
  it('home oxygen needs its flow; a comma decimal is fine', () => {
    expect(toAdmission({ ...filled, oxygen: 'home_o2' })).toEqual({ ok: false, errors: { flowLMin: { code: 'required' } } });
    const withFlow = toAdmission({ ...filled, oxygen: 'home_o2', flowLMin: '1,5', weightKg: '70,5', plannedObservationDays: '14' });
    expect(withFlow.ok && withFlow.value).toMatchObject({ baselineOxygen: { kind: 'home_o2', flowLMin: 1.5 }, weightKg: 70.5, plannedObservationDays: 14 });
  });
  it('"abc" for the weight and empty required fields are named, nothing is converted', () => {
    expect(toAdmission({ ...filled, weightKg: 'abc' })).toEqual({ ok: false, errors: { weightKg: { code: 'number' } } });
    const empty = toAdmission(EMPTY_ADMISSION);
    expect(empty.ok).toBe(false);
    expect(Object.keys(empty.ok ? {} : empty.errors)).toEqual(['mrn', 'name', 'birthDate', 'sex', 'weightKg', 'heightCm', 'productCode', 'treatingPhysician']);
  });
  it('ranges come from the shared schema and land on the field', () => {
    expect(toAdmission({ ...filled, weightKg: '7', oxygen: 'home_o2', flowLMin: '20' })).toEqual({
      ok: false,
      errors: { weightKg: { code: 'tooSmall', params: { min: 20 } }, flowLMin: { code: 'tooBig', params: { max: 15 } } },
    });
    expect(toAdmission({ ...filled, birthDate: '1961-02-30' })).toEqual({ ok: false, errors: { birthDate: { code: 'date' } } });
  });
  it('an admission back into the form converts to the same admission', () => {
    const converted = toAdmission(filled);
    if (!converted.ok) throw new Error('expected ok');
    expect(toAdmission(admissionValues(converted.value))).toEqual(converted);
  });
});

describe('checklist forms → item data', () => {
  it('lymphodepletion: dates sorted, empty days skipped, doses optional', () => {
    const v = { ...lymphodepletionForm.empty(), fludarabine: '30', days: ['2026-11-20', '', '2026-11-18'] };
    expect(lymphodepletionForm.convert(v)).toEqual({
      ok: true,
      value: { regimen: 'Fludarabine/cyclophosphamide', fludarabineMgPerM2: 30, cyclophosphamideMgPerM2: null, days: ['2026-11-18', '2026-11-20'] },
    });
    expect(lymphodepletionForm.convert({ ...v, days: ['', ''] })).toEqual({ ok: false, errors: { 'days.0': { code: 'required' } } });
  });
  it('seizure prophylaxis: given needs dose and start; not given needs a reason', () => {
    expect(seizureForm.convert(seizureForm.empty())).toEqual({ ok: false, errors: { given: { code: 'choose' } } });
    expect(seizureForm.convert({ ...seizureForm.empty(), given: 'no' })).toEqual({ ok: false, errors: { notGivenReason: { code: 'required' } } });
    const given = { ...seizureForm.empty(), given: 'yes' as const, doseMg: '500', frequency: 'BID', startDate: '2026-11-22' };
    expect(seizureForm.convert(given)).toEqual({ ok: true, value: { given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: '2026-11-22' } });
    expect(seizureForm.fromData({ given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: '2026-11-22' })).toEqual(given);
  });
  it('baseline: typed in °F is stored in °C without rounding; monitor values unchanged keep their exact numbers', () => {
    const time = new Date(2026, 10, 22, 8, 0).getTime();
    const typed = { ...baselineForm.empty(time), vitals: { hr: '80', sbp: '', dbp: '', spo2: '97', rr: '', temp: '100.4' }, iceScore: '10' };
    expect(baselineForm.convert(typed, 'F')).toEqual({
      ok: true,
      value: { time, source: 'manual', hr: 80, sbp: null, dbp: null, spo2: 97, rr: null, tempC: 38, iceScore: 10 },
    });
    const prefill = prefillFrom({ hr: 72.4, sbp: 118, dbp: 71, spo2: 97, rr: 15, tempC: 36.84 }, 'F');
    expect(prefill.values).toEqual({ hr: '72', sbp: '118', dbp: '71', spo2: '97', rr: '15', temp: '98.3' });
    const fromMonitor = baselineForm.convert({ ...typed, vitals: prefill.values, prefill }, 'F');
    expect(fromMonitor.ok && fromMonitor.value).toMatchObject({ source: 'monitor', hr: 72.4, tempC: 36.84 });
    expect(baselineForm.convert({ ...typed, iceScore: '11' }, 'F')).toEqual({ ok: false, errors: { iceScore: { code: 'tooBig', params: { max: 10 } } } });
  });
});

describe('vitals from the monitor', () => {
  const now = 1_000_000_000;
  const lv = (param: LatestValue['param'], value: number | null, age = 0, status: LatestValue['status'] = 'valid'): LatestValue => ({
    param, value, unit: 'x', time: now - age, status, source: 'serial', device: 'S5',
  });
  it('latest: valid and recent values only, HR falling back to pulse, time of the newest', () => {
    const found = vitalsFromLatest([lv('pr', 88, 5000), lv('spo2', 97, 1000), lv('nibp_sys', 120, 40 * 60_000), lv('temp', 37.1, 2000, 'invalid')], now);
    expect(found).toEqual({ time: now - 1000, numbers: { hr: 88, sbp: null, dbp: null, spo2: 97, rr: null, tempC: null } });
    expect(vitalsFromLatest([lv('hr', null)], now)).toBeNull();
  });
  it('trend: the nearest point within the tolerance, gaps are not values', () => {
    const trend: TrendSeries[] = [
      { param: 'hr', unit: '/min', bucketMs: 0, points: [{ t: 0, v: 70 }, { t: 400_000, v: 80 }, { t: 430_000, v: null }] },
      { param: 'spo2', unit: '%', bucketMs: 0, points: [{ t: 2_000_000, v: 95 }] },
    ];
    expect(vitalsFromTrend(trend, 420_000, 450_000)).toEqual({ hr: 80, sbp: null, dbp: null, spo2: null, rr: null, tempC: null });
    expect(vitalsFromTrend(trend, 1_000_000, 450_000)).toBeNull();
  });
  it("source is 'monitor' only while every offered value is unchanged", () => {
    const prefill = prefillFrom({ hr: 80, sbp: null, dbp: null, spo2: 97, rr: null, tempC: 37 }, 'C');
    expect(vitalsSource(prefill.values, prefill)).toBe('monitor');
    expect(vitalsSource({ ...prefill.values, hr: '81' }, prefill)).toBe('manual');
    expect(vitalsSource(prefill.values, null)).toBe('manual');
    const e = new Errors();
    expect(convertVitals({ ...prefill.values, temp: 'x' }, prefill, 'C', e, 'vitals.0.').numbers.hr).toBe(80);
    expect(e.all).toEqual({ 'vitals.0.temp': { code: 'number' } });
  });
});

describe('vitals suggested during the infusion', () => {
  const at = (h: number, m: number) => new Date(2026, 10, 22, h, m).getTime();
  it('every 15 minutes from the start, and the end when at least 5 minutes after the last', () => {
    expect(suggestVitalsTimes(at(10, 0), at(10, 33))).toEqual([at(10, 0), at(10, 15), at(10, 30)]);
    expect(suggestVitalsTimes(at(10, 0), at(10, 40))).toEqual([at(10, 0), at(10, 15), at(10, 30), at(10, 40)]);
    expect(suggestVitalsTimes(at(10, 0), at(10, 49))).toEqual([at(10, 0), at(10, 15), at(10, 30), at(10, 45)]);
    expect(suggestVitalsTimes(at(10, 0), at(10, 36))).toEqual([at(10, 0), at(10, 15), at(10, 30), at(10, 36)]);
    expect(suggestVitalsTimes(at(10, 0), at(10, 0))).toEqual([at(10, 0)]);
  });
  it('nothing without both times or with the end before the start; never more than 100', () => {
    expect(suggestVitalsTimes(null, at(10, 0))).toEqual([]);
    expect(suggestVitalsTimes(at(10, 0), null)).toEqual([]);
    expect(suggestVitalsTimes(at(10, 0), at(9, 0))).toEqual([]);
    expect(suggestVitalsTimes(at(0, 0), at(0, 0) + 48 * 3_600_000)).toHaveLength(100);
  });
  it('from what is typed in the datetime-local fields', () => {
    expect(vitalsTimes({ start: '2026-11-22T10:00', end: '2026-11-22T10:30' })).toEqual([at(10, 0), at(10, 15), at(10, 30)]);
    expect(vitalsTimes({ start: '', end: '2026-11-22T10:30' })).toEqual([]);
  });
});

describe('infusion form → API input', () => {
  const base: InfusionValues = {
    ...EMPTY_INFUSION,
    lot: 'LOT-7781',
    bagIds: 'BAG-1, BAG-2;',
    secondVerifier: 'Nurse Second',
    cells: '52.5',
    premeds: { ...EMPTY_INFUSION.premeds, paracetamol: { given: true, drug: 'Paracetamol', dose: '1 g PO', time: '2026-11-22T09:30' } },
    start: '2026-11-22T10:00',
    end: '2026-11-22T10:30',
  };
  const ctx = { productCode: 'cilta-cel', tempUnit: 'C' as const, self: 'Nurse Kim' };
  const at = (h: number, m: number) => new Date(2026, 10, 22, h, m).getTime();

  it('converts: cells from × 10⁶, bag ids split, local times to UTC ms, only filled vitals rows', () => {
    const values = { ...base, vitals: { [at(10, 15)]: { values: { hr: '82', sbp: '', dbp: '', spo2: '97', rr: '', temp: '' }, prefill: null } } };
    expect(toInfusion(values, ctx)).toEqual({
      ok: true,
      value: {
        productCode: 'cilta-cel', lot: 'LOT-7781', bagIds: ['BAG-1', 'BAG-2'], secondVerifier: 'Nurse Second', cellsInfused: 52_500_000,
        premedications: [{ kind: 'paracetamol', drug: 'Paracetamol', dose: '1 g PO', time: at(9, 30) }],
        startTime: at(10, 0), endTime: at(10, 30),
        vitals: [{ time: at(10, 15), source: 'manual', hr: 82, sbp: null, dbp: null, spo2: 97, rr: null, tempC: null }],
        reaction: { occurred: false, description: '' },
      },
    });
  });
  it('names each problem: missing fields, the verifier being oneself, end before start, a reaction without words, a bad vital', () => {
    const bad = toInfusion({ ...base, lot: '', secondVerifier: 'nurse kim', cells: 'abc', vitals: { [at(10, 30)]: { values: { hr: 'x', sbp: '', dbp: '', spo2: '', rr: '', temp: '' }, prefill: null } } }, ctx);
    expect(bad).toEqual({ ok: false, errors: { lot: { code: 'required' }, secondVerifier: { code: 'secondVerifierSelf' }, cells: { code: 'number' }, 'vitals.2.hr': { code: 'number' } } });
    expect(toInfusion({ ...base, end: '2026-11-22T09:00' }, ctx)).toEqual({ ok: false, errors: { end: { code: 'endBeforeStart' } } });
    expect(toInfusion({ ...base, reaction: true }, ctx)).toEqual({ ok: false, errors: { reactionDescription: { code: 'describeReaction' } } });
    expect(toInfusion({ ...base, premeds: { ...base.premeds, corticosteroid: { given: true, drug: '', dose: '', time: '' } } }, ctx)).toEqual({
      ok: false,
      errors: { 'premed.corticosteroid.time': { code: 'required' }, 'premed.corticosteroid.drug': { code: 'required' }, 'premed.corticosteroid.dose': { code: 'required' } },
    });
  });
  it('a recorded infusion back into the form converts to the same record', () => {
    const converted = toInfusion(base, ctx);
    if (!converted.ok) throw new Error('expected ok');
    expect(toInfusion(infusionValues(converted.value, 'C'), ctx)).toEqual(converted);
    expect(splitBagIds(' A ,\nB;;C ')).toEqual(['A', 'B', 'C']);
  });
});

describe('dose typed in × 10⁶ cells against the product rule (shared checkDose)', () => {
  const cilta = BUILTIN_PRODUCTS.find((p) => p.code === 'cilta-cel')!;
  const ide = BUILTIN_PRODUCTS.find((p) => p.code === 'ide-cel')!;
  it('cilta-cel 0.5–1.0 × 10⁶/kg: 52.5 for 70 kg is within, 34.9 below, 70.1 above', () => {
    expect(['52.5', '35', '70', '34.9', '70.1'].map((c) => doseStatus(cilta, c, 70))).toEqual(['within', 'within', 'within', 'below', 'above']);
  });
  it('flat ide-cel ignores the weight; nothing typed, no product or no weight: no verdict', () => {
    expect(doseStatus(ide, '450', null)).toBe('within');
    expect([doseStatus(cilta, '', 70), doseStatus(cilta, 'abc', 70), doseStatus(null, '52.5', 70), doseStatus(cilta, '52.5', null)]).toEqual([null, null, null, null]);
  });
});

describe('audit history: what changed', () => {
  it('lists changed, added and removed fields with dotted paths', () => {
    expect(diffRecords({ hr: 78, days: ['a', 'b'], o: { kind: 'room_air' } }, { hr: 82, days: ['a', 'c', 'd'], o: { kind: 'home_o2', flowLMin: 2 } })).toEqual([
      { path: 'hr', before: '78', after: '82' },
      { path: 'days.1', before: 'b', after: 'c' },
      { path: 'days.2', before: null, after: 'd' },
      { path: 'o.kind', before: 'room_air', after: 'home_o2' },
      { path: 'o.flowLMin', before: null, after: '2' },
    ]);
    expect(diffRecords({ a: 1, b: null }, { a: 1 })).toEqual([{ path: 'b', before: '—', after: null }]);
    expect(diffRecords({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
