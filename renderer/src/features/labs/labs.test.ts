import { describe, expect, it } from 'vitest';
import type { LabResult } from '../../../../shared/api/methods/labs';
import { labTestByCode } from '../../../../shared/labs';
import { convertLabPanel, emptyPanel, implausibleQuestions, panelTests, previewCanonical, unitOptions } from './entry';
import { message } from '../../../../shared/messages/message';
import { buildLabTable, canonicalRange, LAB_GROUP_ORDER, changeArrow, formatLabValue, labDecimals, LAB_TABLE_CODES, rangeMark, rangeText } from './table';
import { labUnitLabel } from './units';
import { siteLabRanges } from '../../../../shared/labRanges';

const at = (d: number, h = 6) => new Date(2025, 0, d, h).getTime();
const INFUSION = new Date(2025, 0, 10, 10).getTime();
let nextId = 1;

function lab(code: string, value: number, observedAt: number, over: Partial<LabResult> = {}): LabResult {
  const test = labTestByCode(code) ?? { loinc: '', name: code, unit: '' };
  return {
    id: nextId++, code, loinc: test.loinc, name: test.name, value, valueText: String(value), comparator: null, unit: test.unit, canonicalValue: value, canonicalUnit: test.unit,
    refRange: null, refLow: null, refHigh: null, abnormalFlag: null, observedAt, receivedAt: observedAt, status: 'final', messageId: null, enteredBy: null, ...over,
  };
}

describe('the labs table by Day', () => {
  const results = [
    lab('crp', 160, at(12)),
    lab('crp', 4, at(9)),
    lab('crp', 40, at(11)),
    lab('crp', 55, at(11, 18)), // later the same day: the cell shows it
    lab('na', 139, at(9)),
    lab('na', 139, at(12)),
    lab('ferritin', 2600, at(12), { refLow: 30, refHigh: 400, refRange: '30-400' }),
    lab('zz_local', 1, at(12), { name: 'Local test', canonicalUnit: 'x' }),
  ];
  const table = buildLabTable(results, INFUSION, at(12, 18));

  it('has one column per day with results, oldest first and today last, numbered from the infusion', () => {
    expect(table.days.map((d) => d.day)).toEqual([-1, 1, 2]);
    expect(table.days.map((d) => d.today)).toEqual([false, false, true]);
  });
  it('orders rows as the screen lists the tests, unknown tests after', () => {
    expect(table.rows.map((r) => r.code)).toEqual(['crp', 'ferritin', 'na', 'zz_local']);
    expect(LAB_TABLE_CODES).toHaveLength(25);
  });
  it('shows the latest value of a day, the count, and the change since the previous result day', () => {
    const crp = table.rows[0]!;
    const [d1, d2, d3] = table.days.map((d) => crp.cells[d.key]);
    expect(d1).toMatchObject({ value: 4, arrow: null, previous: null, count: 1 });
    expect(d2).toMatchObject({ value: 55, arrow: 'up', previous: 4, count: 2 });
    expect(d3).toMatchObject({ value: 160, arrow: 'up', previous: 55 });
    const na = table.rows[2]!;
    expect(na.cells[table.days[2]!.key]).toMatchObject({ arrow: 'same', previous: 139 });
    expect(na.cells[table.days[1]!.key]).toBeUndefined();
  });
  it('marks values out of the lab range and shows the range', () => {
    const ferritin = table.rows[1]!;
    expect(ferritin.range).toBe('30–400');
    expect(ferritin.cells[table.days[2]!.key]).toMatchObject({ mark: 'high', text: '2600' });
    expect(table.rows[0]!.range).toBeNull();
  });
});

describe('reference ranges: the lab’s, else the site default', () => {
  const site = new Map(siteLabRanges(null).ranges.map((r) => [r.code, r]));
  const results = [
    lab('ferritin', 2600, at(12)),
    lab('crp', 160, at(12), { refHigh: 200, refRange: '<200' }),
    lab('hgb', 9.1, at(12)),
    lab('plt', 85, at(12), { abnormalFlag: 'N' }),
    lab('il6', 900, at(12)),
  ];
  const table = buildLabTable(results, INFUSION, at(12, 18), site);
  const row = (code: string) => table.rows.find((r) => r.code === code)!;
  const cell = (code: string) => Object.values(row(code).cells)[0]!;

  it('flags a result sent without a range against the site default, and says so', () => {
    expect(row('ferritin')).toMatchObject({ range: '15–200', rangeFrom: 'site', limits: { low: 15, high: 200 } });
    expect(row('ferritin').rangeSource).toMatch(/CLIF/);
    expect(cell('ferritin').mark).toBe('high');
    expect(cell('hgb').mark).toBe('low');
  });
  it("a range the lab sent wins over the site default; the lab's own flag too", () => {
    expect(row('crp')).toMatchObject({ range: '≤ 200', rangeFrom: 'lab', rangeSource: null });
    expect(cell('crp').mark).toBeNull(); // 160 is above the default 3.1 but within the lab's range
    expect(cell('plt').mark).toBeNull(); // the lab said normal
  });
  it('a test with neither has no range and no flag', () => {
    expect(row('il6')).toMatchObject({ range: null, rangeFrom: null });
    expect(cell('il6').mark).toBeNull();
  });
  it('groups the rows under their headings, inflammation first', () => {
    expect(LAB_GROUP_ORDER).toEqual(['inflammation', 'cbc', 'chemistry', 'coagulation', 'blood_gas']);
    expect(table.rows.map((r) => r.group)).toEqual(['inflammation', 'inflammation', 'inflammation', 'cbc', 'cbc']);
  });
});

describe('range marks, arrows and numbers', () => {
  it('compares with the limits in the canonical unit, then falls back to the lab flag', () => {
    expect(rangeMark(lab('k', 3.1, 1, { refLow: 3.5, refHigh: 5.1 }))).toBe('low');
    expect(rangeMark(lab('k', 4.2, 1, { refLow: 3.5, refHigh: 5.1, abnormalFlag: 'H' }))).toBeNull();
    expect(rangeMark(lab('k', 6, 1, { abnormalFlag: 'HH' }))).toBe('high');
    expect(rangeMark(lab('k', 6, 1, { abnormalFlag: 'A' }))).toBe('abnormal');
    expect(rangeMark(lab('k', 6, 1))).toBeNull();
    // Creatinine sent in µmol/L (range 62–106 µmol/L) shown in mg/dL: 150 µmol/L is above the range.
    const creat = lab('creat', 150, 1, { unit: 'umol/L', canonicalValue: 150 / 88.42, refLow: 62, refHigh: 106 });
    expect(canonicalRange(creat).high).toBeCloseTo(106 / 88.42, 10);
    expect(rangeMark(creat)).toBe('high');
    expect(rangeText(creat)).toBe('0.701–1.2');
    expect(rangeText(lab('crp', 1, 1, { refHigh: 5 }))).toBe('≤ 5');
  });
  it('arrows compare the values as shown', () => {
    expect(changeArrow(null, 5)).toBeNull();
    expect(changeArrow(4, 5)).toBe('up');
    expect(changeArrow(5, 4)).toBe('down');
    expect(changeArrow(7.411, 7.409)).toBe('same');
  });
  it('about three significant digits, trailing zeros dropped', () => {
    expect([7.41, 0.62, 139, 2600, 12.5, 1.0, 0.0456].map((v) => formatLabValue(v))).toEqual(['7.41', '0.62', '139', '2600', '12.5', '1', '0.046']);
    expect(labDecimals(0)).toBe(0);
    expect(labUnitLabel('10*3/uL')).toBe('10³/µL');
    expect(labUnitLabel('mm[Hg]')).toBe('mmHg');
    expect(labUnitLabel('mg/L')).toBe('mg/L');
  });
});

describe('manual lab entry', () => {
  const now = new Date(2025, 0, 12, 9).getTime();
  const crp = labTestByCode('crp')!;
  it('offers the test’s accepted units, canonical first, and previews the conversion', () => {
    expect(unitOptions(crp)).toEqual(['mg/L', 'mg/dL']);
    expect(unitOptions(labTestByCode('hgb')!)[0]).toBe('g/dL');
    expect(previewCanonical(crp, '1,5', 'mg/dL')).toBe(15);
    expect(previewCanonical(labTestByCode('creat')!, '88.42', 'umol/L')).toBeCloseTo(1, 12);
    expect(previewCanonical(crp, 'abc', 'mg/dL')).toBeNull();
    expect(panelTests('inflammation').map((t) => t.code)).toEqual(['crp', 'hs_crp', 'ferritin', 'il6']);
  });
  it('sends only the tests with a value, in the chosen unit, at the panel time', () => {
    const values = { ...emptyPanel('inflammation', '2025-01-12T06:30'), values: { crp: '1.5', ferritin: '2600', il6: '' }, units: { crp: 'mg/dL', ferritin: 'ug/L' } };
    expect(convertLabPanel(values, panelTests('inflammation'), now)).toEqual({
      ok: true,
      value: [
        { code: 'crp', value: 1.5, unit: 'mg/dL', observedAt: new Date(2025, 0, 12, 6, 30).getTime() },
        { code: 'ferritin', value: 2600, unit: 'ug/L', observedAt: new Date(2025, 0, 12, 6, 30).getTime() },
      ],
    });
  });
  it('names bad values and a missing time; nothing typed is an error', () => {
    const bad = { ...emptyPanel('inflammation', ''), values: { crp: 'high', ferritin: '-1' } };
    expect(convertLabPanel(bad, panelTests('inflammation'), now)).toEqual({ ok: false, errors: { observedAt: { code: 'required' }, crp: { code: 'number' }, ferritin: { text: 'A value cannot be negative.' } } });
    expect(convertLabPanel(emptyPanel('cbc', '2025-01-12T06:30'), panelTests('cbc'), now)).toEqual({ ok: false, errors: { '': { text: 'Enter at least one result.' } } });
  });
  it("reads the station's implausible-value questions by test", () => {
    const sent = [
      { code: 'crp', value: 1, unit: 'mg/L', observedAt: 1 },
      { code: 'ferritin', value: 90000, unit: 'ng/mL', observedAt: 1 },
      { code: 'il6', value: 5000, unit: 'pg/mL', observedAt: 1 },
    ];
    const asked = (field: string, key: string, params: Record<string, string | number>) => ({ field, kind: 'plausibility' as const, message: message(`said.entry.${key}`, params) });
    const problems = [
      asked('results.1.value', 'farFromPrevious', { test: 'Ferritin', value: 90000, unit: 'ng/mL', previous: 450 }),
      asked('results.2.value', 'implausible', { value: 5000, unit: 'pg/mL', min: 0, max: 1000 }),
    ];
    expect(implausibleQuestions(problems, sent)).toEqual({
      ferritin: 'Ferritin 90000 ng/mL is far from the previous 450 ng/mL; check it, then confirm to save.',
      il6: 'Are you sure? 5000 pg/mL is outside the plausible range 0–1000 pg/mL.',
    });
    expect(implausibleQuestions([{ field: 'results.0.unit', kind: 'hard', message: message('said.entry.labUnit', {}) }], sent)).toBeNull();
    expect(implausibleQuestions([], sent)).toBeNull();
  });
});
