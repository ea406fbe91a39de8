// Record encoding (the simulator's side) against decoding, and the observation mapping rules of doc 3.5.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VITAL_PARAMS, type VitalParam } from '../../shared/params';
import { decodeRecord, encodeDisplayRecord, recordToObservations, type DisplayRecordInput, type GeRecord } from './codec';
import { BASIC, HEADER, NIBP_LABEL, SPECIAL, TEMP_SITES } from './layout';
import { valuesOf } from './test-support';

function decodeOk(record: Uint8Array): GeRecord {
  const decoded = decodeRecord(record);
  if (!decoded.ok) throw new Error(decoded.issue.message);
  return decoded.value;
}

const observe = (input: DisplayRecordInput) => recordToObservations(decodeOk(encodeDisplayRecord(input)), { device: 'sim' });

/** Patch one i16 or u32 of the basic sub-record (offsets from layout.BASIC) after encoding. */
function patched(input: DisplayRecordInput, patch: (set16: (off: number, v: number) => void, set32: (off: number, v: number) => void) => void): Uint8Array {
  const record = encodeDisplayRecord(input);
  const dv = new DataView(record.buffer);
  patch(
    (off, v) => dv.setInt16(HEADER.size + off, v, true),
    (off, v) => dv.setUint32(HEADER.size + off, v, true),
  );
  return record;
}

const base = { nbr: 1, time: 1_700_000_000 } as const;
const hundredths = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** Values at the record's resolution: 1/100 for pressures, %, °C; whole rates; etCO2 to 0.1 mmHg (see scaling.ts). */
const valuesArb = fc.record({
  hr: maybe(fc.integer({ min: 0, max: 300 })),
  pr: maybe(fc.integer({ min: 0, max: 300 })),
  spo2: maybe(hundredths(0, 100)),
  rr: maybe(fc.integer({ min: 0, max: 150 })),
  temp: maybe(hundredths(10, 45)),
  nibp_sys: maybe(hundredths(0, 300)),
  nibp_dia: maybe(hundredths(0, 300)),
  nibp_mean: maybe(hundredths(0, 300)),
  abp_sys: maybe(hundredths(-50, 300)),
  abp_dia: maybe(hundredths(-50, 300)),
  abp_mean: maybe(hundredths(-50, 300)),
  etco2: maybe(fc.integer({ min: 0, max: 1500 }).map((n) => n / 10)),
}) satisfies fc.Arbitrary<Record<VitalParam, number | null>>;

describe('GE S/5 record encoding', () => {
  it('builds a 1152-byte record with four DISPL sub-records of classes 0-3', () => {
    const record = encodeDisplayRecord({ ...base, values: {} });
    expect(record.length).toBe(1152);
    const decoded = decodeOk(record);
    expect(decoded.srDesc).toEqual([0, 278, 556, 834].map((offset) => ({ offset, type: 1 })));
    expect(decoded.phdb.map((s) => [s.phdbClass, s.time])).toEqual([0, 1, 2, 3].map((c) => [c, base.time]));
    expect(decoded.rNbr).toBe(1);
    expect(decoded.driLevel).toBe(11);
  });

  it('round-trips any values at the record resolution (decode(encode(v)) = v)', () => {
    const sites = Object.values(TEMP_SITES);
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...sites), fc.integer({ min: 0, max: 300 }), (values, site, nbr) => {
        const obs = observe({ nbr, time: base.time, values, tempSite: site });
        expect(valuesOf(obs)).toEqual(values);
        const temp = obs.find((o) => o.param === 'temp');
        if (values.temp !== null) expect(temp?.site).toBe(site);
        expect(obs.every((o) => o.deviceTime === base.time * 1000 && o.time === base.time * 1000)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('yields no observation at all for a patient without measurements (every group absent)', () => {
    expect(observe({ ...base, values: {} })).toEqual([]);
  });

  it('emits the stored value exactly: 2070 is 20.7, not 20.700000000000003', () => {
    const obs = observe({ ...base, values: { temp: 20.7, spo2: 97.3 } });
    expect(obs.find((o) => o.param === 'temp')?.value).toBe(20.7);
    expect(obs.find((o) => o.param === 'spo2')?.value).toBe(97.3);
  });

  it('encodes values the i16 cannot hold as over/under range', () => {
    const obs = observe({ ...base, values: { nibp_sys: 400, nibp_dia: -400, nibp_mean: 80 } });
    expect(obs.filter((o) => o.param.startsWith('nibp')).map((o) => o.status)).toEqual(['over_range', 'under_range', 'valid']);
  });

  it('sets NIBP label bit 8 when the cuff reading is older than 60 s', () => {
    const label = (old: boolean) => decodeOk(encodeDisplayRecord({ ...base, values: { nibp_sys: 120 }, nibpOlderThan60s: old })).phdb[0]?.basic?.nibp.label ?? 0;
    expect(label(true) & NIBP_LABEL.olderThan60s).toBeTruthy();
    expect(label(false) & NIBP_LABEL.olderThan60s).toBe(0);
  });
});

describe('GE S/5 observation mapping (doc 3.5)', () => {
  const full = { ...base, values: Object.fromEntries(VITAL_PARAMS.map((p) => [p, 50])), tempSite: 'bladder' } satisfies DisplayRecordInput;
  const statusOf = (record: Uint8Array, param: VitalParam) =>
    recordToObservations(decodeOk(record), { device: 'd' })
      .filter((o) => o.param === param)
      .map((o) => [o.value, o.status]);

  it('maps each special value to its status with a null value', () => {
    const cases: [number, string][] = [
      [SPECIAL.invalid, 'invalid'],
      [SPECIAL.notUpdated, 'not_updated'],
      [SPECIAL.discont, 'invalid'],
      [SPECIAL.underRange, 'under_range'],
      [SPECIAL.overRange, 'over_range'],
      [SPECIAL.notCalibrated, 'not_calibrated'],
      [-32100, 'invalid'],
    ];
    for (const [raw, status] of cases) expect(statusOf(patched(full, (set16) => set16(BASIC.ecg.hr, raw)), 'hr')).toEqual([[null, status]]);
  });

  it('drops a group whose "module exists" bit is clear, whatever its values say', () => {
    const record = patched(full, (_s, set32) => set32(BASIC.spo2.hdr, 0x02));
    expect(statusOf(record, 'spo2')).toEqual([]);
    expect(statusOf(record, 'pr')).toEqual([]);
  });

  it('takes ABP only from a channel labelled ART (1) or ABP (8)', () => {
    const withLabel = (label: number) => patched(full, (set16) => set16(BASIC.invasive[0]!.hdr + 4, label));
    expect(statusOf(withLabel(8), 'abp_sys')).toEqual([[50, 'valid']]);
    expect(statusOf(withLabel(2), 'abp_sys')).toEqual([]);
  });

  it('converts etCO2 % to mmHg with the ambient pressure, else reports it unavailable', () => {
    // 5.00 % at 750.0 mmHg = 37.5 mmHg.
    const at750 = patched(full, (set16) => {
      set16(BASIC.co2.et, 500);
      set16(BASIC.co2.ambPress, 7500);
    });
    expect(statusOf(at750, 'etco2')).toEqual([[37.5, 'valid']]);
    expect(statusOf(patched(full, (set16) => set16(BASIC.co2.ambPress, SPECIAL.invalid)), 'etco2')).toEqual([[null, 'unavailable']]);
  });

  it('takes RR from CO2 when valid, else from ECG impedance, else the CO2 status', () => {
    const rr = (co2: number, imp: number) =>
      statusOf(
        patched(full, (set16) => {
          set16(BASIC.co2.rr, co2);
          set16(BASIC.ecg.impRr, imp);
        }),
        'rr',
      );
    expect(rr(18, 22)).toEqual([[18, 'valid']]);
    expect(rr(SPECIAL.underRange, 22)).toEqual([[22, 'valid']]);
    expect(rr(SPECIAL.underRange, SPECIAL.invalid)).toEqual([[null, 'under_range']]);
  });

  it('emits one temperature per existing T slot with its site', () => {
    const record = patched(full, (set16, set32) => {
      set32(BASIC.temps[2]!.hdr, 0x03);
      set16(BASIC.temps[2]!.hdr + 4, 15);
      set16(BASIC.temps[2]!.temp, 3712);
    });
    const temps = recordToObservations(decodeOk(record), { device: 'd' }).filter((o) => o.param === 'temp');
    expect(temps.map((o) => [o.value, o.site])).toEqual([
      [50, 'bladder'],
      [37.12, 'core'],
    ]);
  });

  it('uses opts.time as the receive time and keeps the monitor time as deviceTime', () => {
    const [o] = recordToObservations(decodeOk(encodeDisplayRecord(full)), { device: 'd', time: 123 });
    expect(o).toMatchObject({ time: 123, deviceTime: base.time * 1000, source: 'serial', device: 'd' });
  });

  it('rejects records whose r_len or sub-record offsets do not fit', () => {
    const record = encodeDisplayRecord(full);
    expect(decodeRecord(record.subarray(0, 1000))).toMatchObject({ ok: false, issue: { kind: 'truncated' } });
    const longer = new Uint8Array(1153);
    longer.set(record);
    expect(decodeRecord(longer)).toMatchObject({ ok: false, issue: { kind: 'malformed' } });
    const badOffset = record.slice();
    new DataView(badOffset.buffer).setInt16(HEADER.srDesc + 3 * HEADER.srDescSize, 900, true);
    expect(decodeRecord(badOffset)).toMatchObject({ ok: false, issue: { kind: 'malformed' } });
  });
});
