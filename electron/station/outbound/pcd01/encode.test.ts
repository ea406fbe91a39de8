// Every ORU^R01 Vigil builds reads back through Vigil's own HL7 parser with its values, codes and times intact,
// and passes the PCD-01 rules of hl7.md; checked on examples and on generated input (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHl7 } from '../../../../drivers/hl7/adapter';
import { summarise } from '../../../../drivers/hl7/interpret';
import { mapVitals } from '../../../../drivers/hl7/pcd01';
import { createLabCatalogue } from '../../../../shared/labs';
import { PARAMS, VITAL_PARAMS } from '../../../../shared/params';
import { LOCAL_CODES, TREATMENT_CATEGORIES } from '../../../../shared/hl7/localCodes';
import { encodeOru, formatValue, type DeviceValue, type DocumentationItem, type OruInput } from './encode';
import { pcd01Problems } from './conformance';

const T0 = Date.UTC(2026, 10, 26, 8, 0);
const identity = { application: 'VIGIL', stationId: 'BED-4', facility: 'WARD4' };

const example: OruInput = {
  identity,
  controlId: 'VGL0000000001',
  messageTime: T0 + 60_000,
  patient: { mrn: 'MRN|42^7', name: 'Łukasz O\'Brien 李', birthDate: '1961-03-04', sex: 'male' },
  bed: 'ICU^4',
  periods: [
    {
      start: T0,
      end: T0 + 60_000,
      values: [
        { param: 'hr', value: 88.04, time: T0, source: 'serial', device: 'ge-s5:/dev/ttyUSB0' },
        { param: 'temp', value: 38.35, time: T0, source: 'serial', device: 'ge-s5:/dev/ttyUSB0', site: 'tympanic' },
        { param: 'nibp_sys', value: 92, time: T0 + 20_000, source: 'manual', device: 'manual' },
      ],
    },
  ],
  documentation: [
    { kind: 'grade', scale: 'crs', stage: 'suggested', grade: 2, time: T0 + 30_000 },
    { kind: 'grade', scale: 'crs', stage: 'confirmed', grade: 2, time: T0 + 40_000, by: 'Dr Lee' },
    { kind: 'grade', scale: 'icans', stage: 'suggested', grade: null, time: T0 + 30_000 },
    { kind: 'treatment', category: 'antiIl6', description: 'tocilizumab 8 mg/kg IV', time: T0 + 45_000, by: 'Nurse Kim' },
    { kind: 'lab', loinc: '1988-5', code: 'crp', name: 'CRP', value: 112.5, unit: 'mg/L', time: T0 + 10_000, by: 'Nurse Kim' },
  ],
};

describe('PCD-01 ORU^R01 encoder', () => {
  it('builds MSH (profile, NE/AL, UTF-8), PID, PV1, an OBR per period, an MDS row and one OBX per value', () => {
    const text = encodeOru(example);
    const segments = text.split('\r').filter(Boolean);
    expect(segments.map((s) => s.slice(0, 3))).toEqual(['MSH', 'PID', 'PV1', 'OBR', 'OBX', 'OBX', 'OBX', 'OBX', 'OBR', 'OBX', 'OBX', 'OBX', 'OBX', 'OBX']);
    expect(segments[0]).toBe(
      'MSH|^~\\&|VIGIL^BED-4^L|WARD4|||20261126080100.000+0000||ORU^R01^ORU_R01|VGL0000000001|P|2.6|||NE|AL||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO',
    );
    expect(segments[1]).toBe('PID|||MRN\\F\\42\\S\\7^^^WARD4^MR||Łukasz O\'Brien 李^^^^^^L||19610304|M');
    expect(segments[2]).toBe('PV1||I|ICU\\S\\4');
    expect(segments[5]).toBe('OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC^8867-4^HR^LN|1.0.0.1|88|/min^/min^UCUM|||||R|||20261126080000.000+0000|||AMEAS^auto-measurement^MDC|ge-s5:/dev/ttyUSB0^BED-4');
    expect(segments[6]).toContain('|150392^MDC_TEMP_TYMP^MDC^8310-5^Temp^LN|1.0.0.2|38.35|Cel^Cel^UCUM|');
    expect(segments[7]).toContain('|F|||20261126080020.000+0000|||MMEAS^manual-measurement^MDC|manual^BED-4');
  });

  it('labels suggested grades P and confirmed grades F under their own local codes, never a 0 for "not assessable"', () => {
    const parsed = parseHl7(encodeOru(example));
    const docs = parsed.observations.filter((o) => o.group === 1);
    expect(docs.map((o) => [o.coded.code, o.coded.system, o.value, o.status])).toEqual([
      [LOCAL_CODES.crsSuggested.code, '99VGL', 2, 'P'],
      [LOCAL_CODES.crsConfirmed.code, '99VGL', 2, 'F'],
      [LOCAL_CODES.icansSuggested.code, '99VGL', null, 'X'],
      [LOCAL_CODES.antiIl6.code, '99VGL', 'tocilizumab 8 mg/kg IV', 'F'],
      ['1988-5', 'LN', 112.5, 'F'],
    ]);
    expect(docs[0]!.coded.text).toMatch(/suggested by Vigil, not confirmed/);
    const withEvidence = encodeOru({ ...example, documentation: [{ kind: 'grade', scale: 'crs', stage: 'suggested', grade: 1, time: T0, evidence: 'Grade 1: Fever 38.4 °C | rule ASTCT-CRS-fever v1' }] });
    expect(withEvidence).toMatch(/\|VGL-CRS-SUGGESTED\^[^\r]*\rNTE\|1\|L\|Grade 1: Fever 38\.4 °C \\F\\ rule ASTCT-CRS-fever v1\r/);
    expect(pcd01Problems(parseHl7(withEvidence))).toEqual([]);
    expect(docs[1]!.coded.text).toMatch(/confirmed by a physician/);
  });

  it('reads back through the project\'s parser: patient, values, units, times, equipment, and no PCD-01 problem', () => {
    const parsed = parseHl7(encodeOru(example));
    expect(pcd01Problems(parsed)).toEqual([]);
    expect(parsed.patientId).toBe('MRN|42^7');
    const summary = summarise(parsed, createLabCatalogue());
    expect(summary).toMatchObject({ messageType: 'ORU^R01', controlId: 'VGL0000000001', patientId: 'MRN|42^7' });
    expect(summary.observations.filter((o) => o.param !== null).map((o) => [o.param, o.value, o.unit])).toEqual([
      ['hr', 88, '/min'],
      ['temp', 38.35, 'Cel'],
      ['nibp_sys', 92, 'mm[Hg]'],
      ['crp', 112.5, 'mg/L'],
    ]);
    const vitals = mapVitals(parsed, T0 + 120_000).observations;
    expect(vitals.map((o) => [o.param, o.value, o.time, o.site ?? null])).toEqual([
      ['hr', 88, T0, null],
      ['temp', 38.35, T0, 'tympanic'],
      ['nibp_sys', 92, T0 + 20_000, null],
    ]);
  });

  it('finds what breaks the rules: a foreign profile, a non-MDC code, a unit that is not UCUM, no equipment', () => {
    const text = encodeOru(example);
    const broken = text
      .replace('1.3.6.1.4.1.19376.1.6.1.1.1', '1.2.3')
      .replace('147842^MDC_ECG_HEART_RATE^MDC', '8867-4^HR^LN')
      .replace('Cel^Cel^UCUM', 'degrees^degrees^L')
      .replace('|manual^BED-4', '|');
    const problems = pcd01Problems(parseHl7(broken));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/MSH-21/),
        expect.stringMatching(/OBX 2: OBX-3 8867-4\^LN is not an MDC vital code/),
        expect.stringMatching(/OBX 3: OBX-6 degrees\^L is not a UCUM unit/),
        expect.stringMatching(/OBX 4: OBX-18/),
      ]),
    );
  });

  it('formats values with one decimal more than the screens show, never in exponent form', () => {
    expect(formatValue(72.449, 0)).toBe('72.4');
    expect(formatValue(37.0, 1)).toBe('37');
    expect(formatValue(1e-9, 0)).toBe('0');
  });
});

const text = fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(...'abcXYZ09 -|^~\\&éß李'.split('')) }).filter((s) => s.trim() !== '');
const time = fc.integer({ min: T0 - 30 * 86_400_000, max: T0 + 30 * 86_400_000 });
const deviceValue: fc.Arbitrary<DeviceValue> = fc.record({
  param: fc.constantFrom(...VITAL_PARAMS),
  value: fc.double({ min: 0, max: 300, noNaN: true }),
  time,
  source: fc.constantFrom('serial' as const, 'hl7' as const, 'manual' as const),
  device: text,
});
const documentation: fc.Arbitrary<DocumentationItem> = fc.oneof(
  fc.record({ kind: fc.constant('grade' as const), scale: fc.constantFrom('crs' as const, 'icans' as const), stage: fc.constantFrom('suggested' as const, 'confirmed' as const), grade: fc.option(fc.integer({ min: 0, max: 4 })), time, by: text, evidence: text }, { requiredKeys: ['kind', 'scale', 'stage', 'grade', 'time'] }),
  fc.record({ kind: fc.constant('treatment' as const), category: fc.constantFrom(...TREATMENT_CATEGORIES), description: text, time }),
  fc.record({ kind: fc.constant('lab' as const), loinc: fc.constant('1988-5'), code: fc.constant('crp'), name: text, value: fc.double({ min: 0, max: 1000, noNaN: true }).map((v) => Number(formatValue(v, 3))), unit: fc.constant('mg/L'), time }),
);
const oruInput: fc.Arbitrary<OruInput> = fc.record({
  identity: fc.record({ application: fc.constant('VIGIL'), stationId: text, facility: text }),
  controlId: fc.stringMatching(/^[A-Z0-9]{1,20}$/),
  messageTime: time,
  patient: fc.record({ mrn: text, name: text, birthDate: fc.constant('1970-01-31'), sex: fc.constantFrom('female', 'male', 'other', 'unknown') }),
  bed: fc.option(text),
  periods: fc.array(fc.record({ start: time, end: time, values: fc.array(deviceValue, { maxLength: 12 }) }), { minLength: 1, maxLength: 3 }),
  documentation: fc.array(documentation, { maxLength: 6 }),
});

describe('PCD-01 ORU^R01 encoder, generated input', () => {
  it('every message conforms and carries exactly what it was given', () => {
    fc.assert(
      fc.property(oruInput, (input) => {
        const parsed = parseHl7(encodeOru(input));
        expect(pcd01Problems(parsed)).toEqual([]);
        expect(parsed.patientId).toBe(input.patient.mrn);
        expect(parsed.controlId).toBe(input.controlId);
        const values = input.periods.flatMap((p) => p.values);
        const device = parsed.observations.filter((o) => o.valueType === 'NM' && o.coded.system === 'MDC');
        expect(device.map((o) => o.value)).toEqual(values.map((v) => Number(formatValue(v.value, PARAMS[v.param].decimals))));
        expect(device.map((o) => o.equipment?.id)).toEqual(values.map((v) => v.device));
        expect(parsed.observations.filter((o) => o.group === input.periods.length)).toHaveLength(input.documentation.length);
      }),
      { numRuns: 300 },
    );
  });
});
