// Readings to canonical observations (2.7): the param map, MeasurementState to status, units, sites, demo.
import { describe, expect, it } from 'vitest';
import { decodeFloat, encodeFloat, encodeSpecialFloat, readingsToObservations, type NumericReading } from './codec';
import { MEAS_STATE, PHYSIO, UNIT } from './constants';

function reading(physioId: number, value: number | 'nan' | 'nres' | 'positiveInfinity' | 'negativeInfinity', state = 0, unitCode: number = UNIT.bpm, decimals = 0): NumericReading {
  const raw = typeof value === 'number' ? encodeFloat(value, decimals) : encodeSpecialFloat(value);
  return { handle: 1, label: null, timeStampAbs: null, physioId, state, unitCode, raw, value: decodeFloat(raw) };
}

const observe = (...readings: NumericReading[]) => readingsToObservations(readings, { device: 'mp', time: 1000, deviceTime: 900 });

describe('param map', () => {
  it('maps HR, pleth pulse, SpO2, RR, NBP, ABP (ABP and ART), etCO2 and every temperature with its site', () => {
    const got = observe(
      reading(PHYSIO.ecgHeartRate, 72),
      reading(PHYSIO.plethPulseRate, 71),
      reading(PHYSIO.spo2, 97, 0, UNIT.percent),
      reading(PHYSIO.respRate, 15, 0, UNIT.rpm),
      reading(PHYSIO.nbpSys, 121, 0, UNIT.mmHg),
      reading(PHYSIO.nbpDia, 79, 0, UNIT.mmHg),
      reading(PHYSIO.nbpMean, 93, 0, UNIT.mmHg),
      reading(PHYSIO.abpSys, 118, 0, UNIT.mmHg),
      reading(PHYSIO.artMean, 88, 0, UNIT.mmHg),
      reading(PHYSIO.etco2, 36, 0, UNIT.mmHg),
      reading(PHYSIO.tempBlood, 37.02, 0, UNIT.degC, 2),
      reading(PHYSIO.tempAxil, 36.6, 0, UNIT.degC, 1),
      reading(PHYSIO.temp, 36.9, 0, UNIT.degC, 1),
    );
    expect(got.map((o) => [o.param, o.value, o.unit, o.site ?? null])).toEqual([
      ['hr', 72, '/min', null],
      ['pr', 71, '/min', null],
      ['spo2', 97, '%', null],
      ['rr', 15, '/min', null],
      ['nibp_sys', 121, 'mm[Hg]', null],
      ['nibp_dia', 79, 'mm[Hg]', null],
      ['nibp_mean', 93, 'mm[Hg]', null],
      ['abp_sys', 118, 'mm[Hg]', null],
      ['abp_mean', 88, 'mm[Hg]', null],
      ['etco2', 36, 'mm[Hg]', null],
      ['temp', 37.02, 'Cel', 'blood'],
      ['temp', 36.6, 'Cel', 'axillary'],
      ['temp', 36.9, 'Cel', null],
    ]);
    expect(got.every((o) => o.status === 'valid' && o.time === 1000 && o.deviceTime === 900 && o.source === 'serial' && o.device === 'mp')).toBe(true);
  });

  it('leaves out what has no canonical param: pressure and NBP pulse rates, awRR, CVP, PAP, ST', () => {
    expect(observe(reading(PHYSIO.pulseRate, 60), reading(PHYSIO.nbpPulseRate, 60), reading(PHYSIO.awayRespRate, 30), reading(0x4a47, 9), reading(0x0301, 0.1))).toEqual([]);
  });

  it('converts kPa and degF, and refuses a unit it cannot convert', () => {
    const [co2, temp, spo2] = observe(reading(PHYSIO.etco2, 5.3, 0, UNIT.kPa, 1), reading(PHYSIO.tempCore, 98.6, 0, UNIT.degF, 1), reading(PHYSIO.spo2, 97, 0, UNIT.bpm));
    expect(co2).toMatchObject({ value: 39.8, unit: 'mm[Hg]', status: 'valid' });
    expect(temp).toMatchObject({ value: 37, site: 'core', status: 'valid' });
    expect(spo2).toMatchObject({ value: null, status: 'invalid' });
  });
});

describe('MeasurementState and special values', () => {
  it.each([
    ['invalid', MEAS_STATE.invalid, 80, 'invalid', null],
    ['unavailable', MEAS_STATE.unavailable, 'nan', 'unavailable', null],
    ['questionable: flagged, number kept', MEAS_STATE.questionable, 80, 'questionable', 80],
    ['calibration ongoing', MEAS_STATE.calibrationOngoing, 80, 'not_calibrated', null],
    ['demo data: flagged, number kept', MEAS_STATE.demoData, 60, 'demo', 60],
    ['test data counts as demo', MEAS_STATE.testData, 60, 'demo', 60],
    ['demo and invalid: demo, no number', MEAS_STATE.demoData | MEAS_STATE.invalid, 'nan', 'demo', null],
    ['any other bit of the first octet', 0x0100, 80, 'invalid', null],
    ['second-octet bits do not invalidate (alarm, validated)', MEAS_STATE.inAlarm | MEAS_STATE.validated, 80, 'valid', 80],
    ['NaN without a state bit', 0, 'nan', 'invalid', null],
    ['NaN while measuring', MEAS_STATE.msmtOngoing, 'nan', 'not_updated', null],
    ['NRes', 0, 'nres', 'invalid', null],
    ['+INF', 0, 'positiveInfinity', 'over_range', null],
    ['-INF', 0, 'negativeInfinity', 'under_range', null],
  ] as const)('%s', (_name, state, value, status, expected) => {
    expect(observe(reading(PHYSIO.ecgHeartRate, value, state))[0]).toMatchObject({ status, value: expected });
  });

  it('an early NBP systolic during the cuff cycle is a valid number, the rest not yet updated', () => {
    const early = MEAS_STATE.msmtOngoing | MEAS_STATE.earlyIndication;
    const got = observe(reading(PHYSIO.nbpSys, 118, early, UNIT.mmHg), reading(PHYSIO.nbpDia, 'nan', MEAS_STATE.msmtOngoing, UNIT.mmHg));
    expect(got.map((o) => [o.param, o.status, o.value])).toEqual([
      ['nibp_sys', 'valid', 118],
      ['nibp_dia', 'not_updated', null],
    ]);
  });
});
