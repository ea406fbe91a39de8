// The real captures (../shared/fixtures, read at run time): every frame must decode to the independent decoder's values.
import { describe, expect, it } from 'vitest';
import { createDeframer, decodeRecord, recordChecksum, recordToObservations, type GeReading, type GeRecord } from './codec';
import { SPECIAL } from './layout';
import { geFixturesPresent, readGeExpected, readGeFixture } from './test-fixtures';

interface ExpectedSub {
  off: number;
  type: number;
  time: number;
  class: number;
  HR?: number | string;
  ecg_status?: string;
  imp_RR?: number | string;
  NIBP?: (number | string)[];
  NIBP_label?: string;
  NIBP_status?: string;
  SpO2?: number | string;
  SpO2_PR?: number | string;
  SpO2_status?: string;
  CO2_RR?: number | string;
  T?: [number, number | string, string][];
}

interface ExpectedRecord {
  r_len: number;
  nbr: number;
  dri: number;
  plug: number;
  r_time: number;
  maintype: number;
  subs: ExpectedSub[];
  checksum?: string;
}

const SPECIAL_NAMES: Record<number, string> = {
  [SPECIAL.invalid]: 'INVALID',
  [SPECIAL.notUpdated]: 'NOT_UPDATED',
  [SPECIAL.discont]: 'DISCONT',
  [SPECIAL.underRange]: 'UNDER_RANGE',
  [SPECIAL.overRange]: 'OVER_RANGE',
  [SPECIAL.notCalibrated]: 'NOT_CALIBRATED',
};

/** A reading in the expected files' notation: the scaled number, or the marker's name. */
const form = (r: GeReading): number | string => r.value ?? SPECIAL_NAMES[r.raw] ?? `SPECIAL(${r.raw})`;
const hexValue = (s: string): number => Number.parseInt(s, 16);

/** Compare one decoded record with the independent decoder's output, field by field. */
function expectRecordMatches(got: GeRecord, want: ExpectedRecord): void {
  expect({ rLen: got.rLen, nbr: got.rNbr, dri: got.driLevel, plug: got.plugId, rTime: got.rTime, maintype: got.rMaintype }).toEqual({
    rLen: want.r_len,
    nbr: want.nbr,
    dri: want.dri,
    plug: want.plug,
    rTime: want.r_time,
    maintype: want.maintype,
  });
  expect(got.phdb.map((s) => ({ off: s.offset, type: s.type, time: s.time, class: s.phdbClass }))).toEqual(
    want.subs.map((s) => ({ off: s.off, type: s.type, time: s.time, class: s.class })),
  );
  const basic = got.phdb[0]?.basic;
  const w = want.subs[0];
  if (!basic || !w) throw new Error('no basic sub-record');
  expect({
    HR: form(basic.ecg.hr),
    ecg_status: basic.ecg.status,
    imp_RR: form(basic.ecg.impRr),
    NIBP: [form(basic.nibp.sys), form(basic.nibp.dia), form(basic.nibp.mean)],
    NIBP_label: basic.nibp.label,
    NIBP_status: basic.nibp.status,
    SpO2: form(basic.spo2.spo2),
    SpO2_PR: form(basic.spo2.pr),
    SpO2_status: basic.spo2.status,
    CO2_RR: form(basic.co2.rr),
    T: basic.temps.map((t) => [t.label, form(t.temp), t.status]),
  }).toEqual({
    HR: w.HR,
    ecg_status: hexValue(w.ecg_status ?? ''),
    imp_RR: w.imp_RR,
    NIBP: w.NIBP,
    NIBP_label: hexValue(w.NIBP_label ?? ''),
    NIBP_status: hexValue(w.NIBP_status ?? ''),
    SpO2: w.SpO2,
    SpO2_PR: w.SpO2_PR,
    SpO2_status: hexValue(w.SpO2_status ?? ''),
    CO2_RR: w.CO2_RR,
    T: (w.T ?? []).map(([label, value, status]) => [label, value, hexValue(status)]),
  });
}

function decodeOk(record: Uint8Array): GeRecord {
  const decoded = decodeRecord(record);
  if (!decoded.ok) throw new Error(`decode failed: ${decoded.issue.message}`);
  return decoded.value;
}

describe.skipIf(!geFixturesPresent)('GE S/5 LNhealth DISPL record [G3]', () => {
  const expected = (geFixturesPresent ? readGeExpected('lnhealth_s5_displ_record.expected.json') : {}) as {
    upstream_assertions: { plug_id: number; hr: number; p1_sys_mmHg: number; timestamp: number };
    decoded_by_independent_decoder: ExpectedRecord;
  };

  it('decodes the unframed record to the expected values', () => {
    expectRecordMatches(decodeOk(readGeFixture('lnhealth_s5_displ_record_unframed.bin')), expected.decoded_by_independent_decoder);
  });

  it('decodes the framed record (checksum 0xF2) to the same record', () => {
    const results = createDeframer().push(readGeFixture('lnhealth_s5_displ_record_framed_DERIVED.bin'));
    expect(results).toHaveLength(1);
    const [frame] = results;
    if (!frame?.ok) throw new Error('frame rejected');
    expect(recordChecksum(frame.record)).toBe(0xf2);
    expect(frame.record).toEqual(readGeFixture('lnhealth_s5_displ_record_unframed.bin'));
  });

  it('meets the upstream assertions: plug 35588, hr 0, P1 ART 9.00 mmHg, timestamp', () => {
    const record = decodeOk(readGeFixture('lnhealth_s5_displ_record_unframed.bin'));
    const up = expected.upstream_assertions;
    const p1 = record.phdb[0]?.basic?.invasive[0];
    expect(record.plugId).toBe(up.plug_id);
    expect(record.rTime).toBe(up.timestamp);
    expect(p1?.label).toBe(1);
    expect(p1?.sys.value).toBe(up.p1_sys_mmHg);
    expect(record.phdb[0]?.marker).toBe(2);
  });

  it('maps to canonical observations (abp sys 9 is what the record says)', () => {
    const record = decodeOk(readGeFixture('lnhealth_s5_displ_record_unframed.bin'));
    const obs = recordToObservations(record, { device: 'bed-1' });
    const pick = (param: string) => obs.filter((o) => o.param === param).map((o) => ({ value: o.value, status: o.status, site: o.site }));
    expect(obs.every((o) => o.time === 1251973827000 && o.deviceTime === 1251973827000 && o.source === 'serial' && o.device === 'bed-1')).toBe(true);
    expect(pick('hr')).toEqual([{ value: 0, status: 'valid', site: undefined }]);
    expect(pick('abp_sys')).toEqual([{ value: 9, status: 'valid', site: undefined }]);
    expect(pick('temp')).toEqual([
      { value: 18, status: 'valid', site: 'nasopharyngeal' },
      { value: 27.07, status: 'valid', site: 'rectal' },
      { value: 16.85, status: 'valid', site: 'esophageal' },
      { value: null, status: 'under_range', site: 't4' },
    ]);
    expect(pick('nibp_sys')).toEqual([{ value: null, status: 'invalid', site: undefined }]);
    // CO2 module present with rr 0 and amb_press 755.1 mmHg: et 0 % is 0 mmHg.
    expect(pick('rr')).toEqual([{ value: 0, status: 'valid', site: undefined }]);
    expect(pick('etco2')).toEqual([{ value: 0, status: 'valid', site: undefined }]);
    expect(obs.find((o) => o.param === 'temp')?.unit).toBe('Cel');
  });
});

describe.skipIf(!geFixturesPresent)('GE S/5 CARESCAPE capture vscapturewave_S5Rawoutput.raw [G2]', () => {
  const expected = (geFixturesPresent ? readGeExpected('vscapturewave_S5Rawoutput.expected.json') : { records: [] }) as {
    frames: number;
    records: ExpectedRecord[];
  };
  const frames = geFixturesPresent ? createDeframer().push(readGeFixture('vscapturewave_S5Rawoutput.raw')) : [];

  it('yields 21 valid frames and no issues', () => {
    expect(frames).toHaveLength(expected.frames);
    expect(frames.every((f) => f.ok)).toBe(true);
  });

  it.each(expected.records.map((r, i) => [i, r] as const))('frame %i decodes to the expected values', (i, want) => {
    const frame = frames[i];
    if (!frame?.ok) throw new Error(`frame ${i} missing or rejected`);
    expect(recordChecksum(frame.record)).toBe(hexValue(want.checksum ?? ''));
    expectRecordMatches(decodeOk(frame.record), want);
  });

  it('maps the idle monitor to invalid HR/SpO2/NIBP, under-range RR and one T1 temperature', () => {
    const first = frames[0];
    if (!first?.ok) throw new Error('no first frame');
    const obs = recordToObservations(decodeOk(first.record), { device: 'carescape', time: 42 });
    const byParam = Object.fromEntries(obs.map((o) => [o.param, { value: o.value, status: o.status }]));
    expect(byParam).toMatchObject({
      hr: { value: null, status: 'invalid' },
      spo2: { value: null, status: 'invalid' },
      pr: { value: null, status: 'invalid' },
      nibp_mean: { value: null, status: 'invalid' },
      rr: { value: null, status: 'under_range' },
      temp: { value: 20.7, status: 'valid' },
      abp_sys: { value: null, status: 'invalid' },
      // et 0.01 % at 758.3 mmHg ambient = 0.0758 mmHg, kept to 0.1 mmHg.
      etco2: { value: 0.1, status: 'valid' },
    });
    expect(obs.filter((o) => o.param === 'temp').map((o) => o.site)).toEqual(['t1']);
    expect(obs.every((o) => o.time === 42 && o.deviceTime === 1671468233000)).toBe(true);
  });
});
