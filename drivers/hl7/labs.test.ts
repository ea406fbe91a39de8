// Lab results: the code table (shared/labs.ts), local codes by configuration, values, ranges, flags, status.
import { describe, expect, it } from 'vitest';
import { createLabCatalogue, labTestByCode, normaliseLabUnit, toCanonicalLab, LAB_TESTS } from '../../shared/labs';
import { parseHl7 } from './adapter';
import { mapLabs, parseRange, parseValue } from './labs';
import { interpret } from './interpret';
import { hasSharedFixtures, hl7, parseSample } from './test-support';

const RECEIVED = Date.UTC(2026, 10, 26, 8, 0);
const noVitals = () => false;

describe('the lab code table', () => {
  it('covers every analyte of the issue with a LOINC code and a UCUM unit, each code once', () => {
    const required = ['wbc', 'anc', 'lymph', 'hgb', 'plt', 'creat', 'alt', 'ast', 'bili', 'ldh', 'na', 'k', 'urate', 'pt', 'inr', 'aptt', 'fib', 'ddimer', 'ph', 'pao2', 'paco2', 'lactate', 'crp', 'ferritin', 'il6'];
    for (const code of required) expect(labTestByCode(code)?.loinc).toMatch(/^\d+-\d$/);
    const loincs = LAB_TESTS.flatMap((t) => [t.loinc, ...t.altLoinc]);
    expect(new Set(loincs).size).toBe(loincs.length);
  });

  it('finds LOINC in either OBX-3 triplet and converts units only where the factor is known', () => {
    const catalogue = createLabCatalogue();
    expect(catalogue.find([{ code: 'CRP', text: 'CRP', system: 'L' }, { code: '1988-5', text: 'CRP', system: 'LN' }])?.code).toBe('crp');
    expect(toCanonicalLab(labTestByCode('creat')!, 88.42, 'umol/L')).toBeCloseTo(1, 10);
    expect(toCanonicalLab(labTestByCode('hgb')!, 100, 'g/L')).toBeCloseTo(10, 10);
    expect(toCanonicalLab(labTestByCode('pao2')!, 10, 'kPa')).toBeCloseTo(75.0062, 10);
    expect(toCanonicalLab(labTestByCode('ddimer')!, 500, 'ng/mL{DDU}')).toBeNull();
    expect(toCanonicalLab(labTestByCode('inr')!, 1.2, '')).toBe(1.2);
    expect(normaliseLabUnit('micromol/L')).toBe('umol/L');
    expect(normaliseLabUnit('G/L')).toBe('10*9/L');
    expect(normaliseLabUnit('g/l')).toBe('g/L');
  });

  it('is extended by configured local codes, including tests not in the table', () => {
    const catalogue = createLabCatalogue([
      { system: 'M', code: 'pH', test: 'ph' },
      { code: 'AMY', test: 'amylase', name: 'Amylase', unit: 'U/L' },
    ]);
    expect(catalogue.find([{ code: null, text: 'pH', system: 'M' }])?.code).toBe('ph');
    expect(catalogue.find([{ code: null, text: 'pH', system: 'X' }])).toBeNull();
    expect(catalogue.find([{ code: 'AMY', text: 'AMYLASE', system: 'L' }])).toMatchObject({ code: 'amylase', unit: 'U/L' });
    expect(() => createLabCatalogue([{ code: 'Z', test: 'zz' }])).toThrow(/not in the lab table/);
  });
});

describe.skipIf(!hasSharedFixtures)('labs from the public samples', () => {
  it('Mindray BC CBC: WBC, lymphocytes, haemoglobin, platelets with ranges and repeating flags; the rest unrecognised', () => {
    const result = interpret(parseSample('mindray-bc-hematology-cbc-oru-v231-lf'), createLabCatalogue(), RECEIVED);
    expect(result.labs.map((l) => [l.test.code, l.value, l.unit, l.refLow, l.refHigh, l.abnormalFlag, l.status])).toEqual([
      ['wbc', 5.3, '10*3/uL', 4, 10, 'N', 'final'],
      ['lymph', 2.5, '10*3/uL', 0.8, 4, 'N', 'final'],
      ['hgb', 10, 'g/dL', 11, 16, 'L~N', 'final'],
      ['plt', 402, '10*3/uL', 100, 400, 'H~N', 'final'],
    ]);
    expect(result.labs[0]!.observedAt).toBe(new Date(2024, 2, 16, 9, 10, 48).getTime());
    expect(result.labs[0]!.orderId).toBe('X3');
    expect(result.unrecognised).toBe(20);
  });

  it('Radiometer ABL735 with a local-code map: string values as numbers, "....." as no value, flags kept', () => {
    const catalogue = createLabCatalogue([
      { system: 'M', code: 'pH', test: 'ph' },
      { system: 'M', code: 'pO2', test: 'pao2' },
      { system: 'M', code: 'pCO2', test: 'paco2' },
      { system: 'M', code: 'Lac', test: 'lactate' },
      { system: 'M', code: 'K+', test: 'k' },
      { system: 'M', code: 'tBil', test: 'bili' },
    ]);
    const labs = mapLabs(parseSample('radiometer-abl735-bloodgas-oru-v22-cr'), catalogue, RECEIVED, noVitals);
    expect(labs.map((l) => [l.test.code, l.value, l.unit, l.abnormalFlag])).toEqual([
      ['ph', 7.6, '', 'N'],
      ['pao2', 127, 'mm[Hg]', 'N'],
      ['paco2', 20.4, 'mm[Hg]', 'N'],
      ['k', 5.5, 'mmol/L', 'N'],
      ['lactate', 10, 'mmol/L', 'N'],
      ['bili', null, 'umol/L', '<'],
    ]);
    expect(labs[0]!.canonicalValue).toBe(7.6);
    expect(labs[5]!.valueText).toBe('.....');
  });
});

describe('lab values, ranges and status', () => {
  it('reads comparators, SN values and ranges', () => {
    expect(parseValue({ valueType: 'ST', valueText: '<0.5' })).toEqual({ value: 0.5, comparator: '<' });
    expect(parseValue({ valueType: 'SN', valueText: '>^182' })).toEqual({ value: 182, comparator: '>' });
    expect(parseValue({ valueType: 'SN', valueText: '^1^:^128' })).toEqual({ value: null, comparator: null });
    expect(parseValue({ valueType: 'NM', valueText: 'pending' })).toEqual({ value: null, comparator: null });
    expect(parseRange('4.0-10.0')).toEqual({ low: 4, high: 10 });
    expect(parseRange('-2.0 - 3')).toEqual({ low: -2, high: 3 });
    expect(parseRange('<9 mcg/dL:  Acceptable')).toEqual({ low: null, high: 9 });
    expect(parseRange('>60')).toEqual({ low: 60, high: null });
    expect(parseRange('negative')).toEqual({ low: null, high: null });
  });

  it('maps OBX-11 and skips X rows; OBR-3 is the order a correction refers to', () => {
    const msg = parseHl7(
      hl7(
        'MSH|^~\\&|LIS|LAB|||20261126070000+0100||ORU^R01^ORU_R01|L1|P|2.5.1',
        'PID|||M1^^^H^MR',
        'OBR|1|P77|F77|CBC|||20261126063000+0100',
        'OBX|1|NM|1988-5^CRP^LN||112|mg/L|<5|H|||C',
        'OBX|2|NM|2276-4^Ferritin^LN||2400|ug/L|30-400|H|||P',
        'OBX|3|NM|26881-3^IL-6^LN|||pg/mL|||||X',
        'OBX|4|NM|6301-6^INR^LN||1.3||||||D',
      ),
    );
    const labs = mapLabs(msg, createLabCatalogue(), RECEIVED, noVitals);
    expect(labs.map((l) => [l.test.code, l.status, l.orderId, l.canonicalValue])).toEqual([
      ['crp', 'corrected', 'F77', 112],
      ['ferritin', 'preliminary', 'F77', 2400],
      ['inr', 'deleted', 'F77', 1.3],
    ]);
    expect(labs[0]!.observedAt).toBe(Date.UTC(2026, 10, 26, 5, 30));
  });
});
