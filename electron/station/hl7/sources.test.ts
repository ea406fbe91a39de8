// Source priority: serial is primary, HL7 the fallback after the serial link is silent; both stored, one charted.
import { afterEach, describe, expect, it } from 'vitest';
import { selectSource, describeSource } from '../../../shared/hl7/sourcePriority';
import type { Observation } from '../../../shared/observation';
import { pcd01 } from '../../../drivers/hl7/test-support';
import { ackParts, admitPatient, createHl7TestStation, type Hl7TestStation } from './test-support';

describe('selectSource (pure)', () => {
  it('prefers a live serial link, falls back to HL7 after the silence, and says null when nobody spoke', () => {
    expect(selectSource({ serialLastAt: 1000, hl7LastAt: 1000 }, 1000 + 60_000, 60_000)).toBe('serial');
    expect(selectSource({ serialLastAt: 1000, hl7LastAt: 1000 }, 1001 + 60_000, 60_000)).toBe('hl7');
    expect(selectSource({ serialLastAt: 1000, hl7LastAt: null }, 1_000_000, 60_000)).toBe('serial');
    expect(selectSource({ serialLastAt: null, hl7LastAt: 5 }, 10)).toBe('hl7');
    expect(selectSource({ serialLastAt: null, hl7LastAt: null }, 10)).toBeNull();
    expect(describeSource('hr', { serialLastAt: 0, hl7LastAt: 0 }, 10, 60_000)).toMatchObject({ active: 'serial', both: true });
  });
});

describe('source priority in the station', () => {
  const MRN = 'MRN-0042';
  let t: Hl7TestStation;
  afterEach(async () => {
    await t?.close();
  });

  const serialHr = (time: number, value: number): Observation => ({ param: 'hr', value, unit: '/min', time, status: 'valid', source: 'serial', device: 'ge-s5:/dev/ttyUSB0' });
  const hl7Hr = (ctrl: string, time: string, value: number) =>
    pcd01(ctrl, MRN, [`OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|${value}|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R|||${time}+0000||||0012AB0000C0FFEE^TEST_MON`]);
  const charted = () => [...t.station.observations.export({ params: ['hr'] })].map((o) => [o.source, o.value]);
  const active = async () => {
    const reply = await t.station.dispatch('sources.active', {});
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.result as { param: string; active: string | null; both: boolean }[]).find((s) => s.param === 'hr')!;
  };

  it('keeps HL7 values as standby while serial is live, charts them after the serial link has been silent', async () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    t.station.hl7.sources.fallbackAfterMs = 30_000;
    const start = t.clock.now;
    expect(t.station.ingest([serialHr(start, 80)])).toBe(true);

    const standby = ackParts(t.feed(hl7Hr('S-1', '20261126080001', 81))[0]!).msa;
    expect(standby.slice(1, 2)).toEqual(['AA']);
    expect(standby[3]).toMatch(/1 kept as standby: the serial link is live/);
    expect(charted()).toEqual([['serial', 80]]);
    expect(t.station.hl7.vitals.count(false)).toBe(1);
    expect(await active()).toMatchObject({ active: 'serial', both: true, serialLastAt: start });

    t.clock.now = start + 31_000;
    t.feed(hl7Hr('S-2', '20261126080031', 90));
    expect(charted()).toEqual([['serial', 80], ['hl7', 90]]);
    expect(t.station.hl7.vitals.count(true)).toBe(1);
    expect(await active()).toMatchObject({ active: 'hl7', both: false });

    t.clock.now = start + 32_000;
    t.station.ingest([serialHr(t.clock.now, 82)]);
    expect(await active()).toMatchObject({ active: 'serial', both: true });
    t.feed(hl7Hr('S-3', '20261126080032', 91));
    expect(charted()).toEqual([['serial', 80], ['hl7', 90], ['serial', 82]]);
  });

  it('uses HL7 at once for a param the serial link does not deliver', async () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    t.station.ingest([{ ...serialHr(t.clock.now, 70), param: 'spo2', unit: '%', value: 97 }]);
    t.feed(hl7Hr('S-4', '20261126080000', 71));
    expect(charted()).toEqual([['hl7', 71]]);
  });

  it('starts from the last serial value in the database after a restart', async () => {
    const first = createHl7TestStation();
    const at = first.clock.now;
    first.station.ingest([serialHr(at, 80)]);
    await first.close();
    t = createHl7TestStation({}, at + 10_000, first.dbFile);
    admitPatient(t.station.db, MRN);
    expect(t.station.hl7.sources.active().find((s) => s.param === 'hr')).toMatchObject({ serialLastAt: at, active: 'serial' });
    t.feed(hl7Hr('S-5', '20261126080010', 75));
    expect(charted()).toEqual([['serial', 80]]);
  });
});
