// PCD-01 OBX rows to canonical observations: codes vendors send, units, hierarchy, equipment, status and time.
import { describe, expect, it } from 'vitest';
import { parseHl7 } from './adapter';
import { mapVitals } from './pcd01';
import { normaliseMdcCode, toParamUnit, unitToUcum } from './mdc';
import { hasSharedFixtures, hl7, parseSample, pcd01 } from './test-support';

const RECEIVED = Date.UTC(2026, 10, 26, 8, 0);
const obx = (...rows: string[]) => parseHl7(pcd01('C1', 'M1', rows));
const values = (r: ReturnType<typeof mapVitals>) => r.observations.map((o) => [o.param, o.value, o.status]);

describe.skipIf(!hasSharedFixtures)('vitals from the public PCD-01 samples', () => {
  it('NIST ACME gateway: NIBP sys/dia/mean and NIBP pulse with OBX-14 time and OBX-18 equipment', () => {
    const r = mapVitals(parseSample('nist-pcd01-acme-gateway-nibp-crlf'), RECEIVED);
    expect(values(r)).toEqual([
      ['nibp_sys', 120, 'valid'],
      ['nibp_dia', 80, 'valid'],
      ['nibp_mean', 93, 'valid'],
      ['pr', 63, 'valid'],
    ]);
    const sys = r.observations[0]!;
    expect(sys).toMatchObject({ unit: 'mm[Hg]', source: 'hl7', time: Date.UTC(2011, 5, 2, 4, 58, 42), device: 'GATEWAY_ACME/080019FFFE3ED02D172.16.172.135' });
    expect(r.unzonedTimes).toBe(false);
  });

  it('Mindray eGateway: MDC unit codes, impedance RR preferred over pleth RR, private codes ignored', () => {
    const r = mapVitals(parseSample('mindray-egateway-style-pcd01-lf'), RECEIVED);
    expect(values(r)).toEqual([
      ['spo2', 98, 'valid'],
      ['pr', 65, 'valid'],
      ['rr', 17, 'valid'],
      ['hr', 66, 'valid'],
    ]);
    expect(r.observations[0]!.device).toBe('BIG_DIPPER/000F14049B507238');
    expect(r.observations[3]!.device).toBe('MINDRAY_EGATEWAY/00A03700273EDE18');
    expect(r.observations[0]!.time).toBe(Date.UTC(2026, 8, 12, 6, 30));
  });

  it('Philips: HR from the old REFID name, time from OBR-7, device inherited from the nearest containment row (VMD); ST and NA rows not stored', () => {
    const r = mapVitals(parseSample('philips-pcd01-intellivue-mx500-pocd-ig'), RECEIVED);
    expect(values(r)).toEqual([['hr', 60, 'valid']]);
    expect(r.observations[0]!.time).toBe(Date.UTC(2021, 3, 26, 3, 3, 31, 496));
    expect(r.observations[0]!.device).toBe('XW25200213');
  });

  it('the GE Mural alert and the lab samples yield no vitals', () => {
    for (const name of ['ge-mural-pcd04-oru-r40-alert-lf', 'mindray-bc-hematology-cbc-oru-v231-lf', 'radiometer-abl735-bloodgas-oru-v22-cr'])
      expect(mapVitals(parseSample(name), RECEIVED).observations).toEqual([]);
  });
});

describe('vital mapping rules', () => {
  it('converts °F to °C without rounding and kPa to mmHg; maps the temperature site from the code', () => {
    const r = mapVitals(
      obx(
        'OBX|1|NM|188452^MDC_TEMP_AXILLA^MDC|1.4.1.1|101.3|266560^MDC_DIM_FAHR^MDC|||||R|||20260101120000+0000',
        'OBX|2|NM|151708^MDC_CONC_AWAY_CO2_ET^MDC|1.6.1.1|4.8|kPa^kPa^UCUM|||||R|||20260101120000+0000',
      ),
      RECEIVED,
    );
    expect(r.observations[0]).toMatchObject({ param: 'temp', unit: 'Cel', site: 'axillary', value: ((101.3 - 32) * 5) / 9 });
    expect(r.observations[1]).toMatchObject({ param: 'etco2', unit: 'mm[Hg]', value: 4.8 * 7.50062 });
  });

  it('accepts the MDIL hex form, LOINC primary with MDC alternate, and UCUM annotations', () => {
    expect(normaliseMdcCode('0002-4182')).toBe(147842);
    expect(unitToUcum({ code: '0004-0aa0', text: null, system: 'MDIL' })).toBe('/min');
    expect(unitToUcum({ code: '{beats}/min', text: null, system: 'UCUM' })).toBe('/min');
    const r = mapVitals(obx('OBX|1|NM|8889-8^Heart rate by Pulse oximetry^LN^149530^MDC_PULS_OXIM_PULS_RATE^MDC|1.2.1.2|88|{beat}/min^{beat}/min^UCUM|||||F|||20260101120000+0000'), RECEIVED);
    expect(values(r)).toEqual([['pr', 88, 'valid']]);
  });

  it('keeps OBX-11 X as invalid (never plotted), P as questionable, and never guesses a pressure unit', () => {
    const r = mapVitals(
      obx(
        'OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1||262688^MDC_DIM_PERCENT^MDC|||||X|||20260101120000+0000',
        'OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|70|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||P|||20260101120000+0000',
        'OBX|3|NM|150033^MDC_PRESS_BLD_ART_SYS^MDC|1.5.1.1|120||||||R|||20260101120000+0000',
        'OBX|4|NM|150034^MDC_PRESS_BLD_ART_DIA^MDC|1.5.1.2|70|mm[Hg]|||||D|||20260101120000+0000',
      ),
      RECEIVED,
    );
    expect(values(r)).toEqual([
      ['spo2', null, 'invalid'],
      ['hr', 70, 'questionable'],
    ]);
    expect(r.rows.map((row) => row.note)).toEqual([null, null, expect.stringMatching(/cannot be converted/), expect.stringMatching(/retraction/)]);
  });

  it('falls back to OBR-7, then MSH-7; reads a zone-less time as local; distrusts a clock far in the future', () => {
    const msg = parseHl7(hl7('MSH|^~\\&|GW|W|||20260101120000||ORU^R01|9|P|2.6', 'PID|||M1', 'OBR|1', 'OBX|1|NM|147842^HR^MDC|1.1.1.1|60|/min|||||R|||20991231000000+0000'));
    const r = mapVitals(msg, RECEIVED);
    expect(r.observations[0]).toMatchObject({ time: RECEIVED, deviceTime: Date.UTC(2099, 11, 31) });
    const local = mapVitals(parseHl7(hl7('MSH|^~\\&|GW|W|||20260101120000||ORU^R01|9|P|2.6', 'OBX|1|NM|147842^HR^MDC||60|/min|||||R')), RECEIVED);
    expect(local.observations[0]!.time).toBe(new Date(2026, 0, 1, 12).getTime());
    expect(local.unzonedTimes).toBe(true);
    expect(local.observations[0]!.device).toBe('GW');
  });

  it('has no unit for a pressure in toParamUnit without one, but assumes /min and % for rates', () => {
    expect(toParamUnit('hr', 60, null)).toBe(60);
    expect(toParamUnit('nibp_sys', 120, null)).toBeNull();
    expect(toParamUnit('temp', 37, 'mm[Hg]')).toBeNull();
  });
});
