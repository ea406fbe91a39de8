// Hand-entered vital signs in a station on a real SQLite file: the limits table refuses and questions (a defined error
// with field, kind and message key), and a correction within the same minute supersedes the earlier entry for every
// reader and the grading, the earlier one kept with who and when, the audit saying before and after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import { queryRow, queryValue } from '../helpers/database';
import { pinnedLocal } from '../helpers/clock';

describe('hand-entered vital signs', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ now: () => pinnedLocal(10, 0), grading: { intervalMs: 3600_000 } });
    await infusedPatient(t, 3);
  });
  afterEach(async () => t.close());

  const temp = (value: number, time: number, confirmImplausible = false) => ({ readings: [{ param: 'temp' as const, value, unit: 'Cel', site: 'oral' }], time, confirmImplausible });

  it('refuse SpO2 140 % and BP 80/120 naming the field, store nothing, and question 45 °C until confirmed', async () => {
    const minute = pinnedLocal(9, 50);
    const spo2 = await t.as('nurse').fail('vitals.record', { readings: [{ param: 'spo2', value: 140, unit: '%' }], time: minute });
    expect(spo2).toMatchObject({ code: 'invalid_input', message: 'spo2: SpO₂ cannot be above 100 % (entered 140 %).', problems: [{ field: 'spo2', kind: 'hard', message: { key: 'said.entry.spo2Above100' } }] });
    const bp = await t.as('nurse').fail('vitals.record', { readings: [{ param: 'nibp_sys', value: 80, unit: 'mm[Hg]' }, { param: 'nibp_dia', value: 120, unit: 'mm[Hg]' }], time: minute });
    expect(bp).toMatchObject({ problems: [{ field: 'nibp_sys', kind: 'hard' }] });
    // A hard refusal cannot be confirmed away.
    expect(await t.as('nurse').fail('vitals.record', { ...temp(101, minute), confirmImplausible: true })).toMatchObject({ problems: [{ field: 'temp', kind: 'hard', message: { key: 'said.entry.looksFahrenheit', params: { celsius: 38.3 } } }] });
    const asked = await t.as('nurse').fail('vitals.record', temp(45, minute));
    expect(asked).toMatchObject({ problems: [{ field: 'temp', kind: 'plausibility', message: { key: 'said.entry.implausible', params: { value: 45, min: 32, max: 44 } } }] });
    expect(t.station.observations.count()).toBe(0);

    const withHr = { ...temp(45, minute, true), readings: [{ param: 'hr' as const, value: 92, unit: '/min' }, ...temp(45, minute).readings] };
    expect(await t.as('nurse').call('vitals.record', withHr)).toEqual({ stored: 2, corrected: 0 });
    // Only the value that was asked about is marked as confirmed-implausible.
    expect(queryValue(t.dbFile, "SELECT json_group_array(json_array(value, implausible_confirmed, superseded_ms)) FROM manual_entries ORDER BY id")).toBe('[[92.0,0,null],[45.0,1,null]]');
    const latest = (await t.as('anonymous').call('observations.latest', {})).find((v) => v.param === 'temp');
    expect(latest).toMatchObject({ param: 'temp', value: 45, source: 'manual', enteredBy: 'Nurse Kim' });
  });

  it('a correction in the same minute supersedes: readers, rollups and grading use it; the earlier entry is kept; the audit says before/after', async () => {
    const minute = pinnedLocal(9, 50);
    await t.as('nurse').call('vitals.record', temp(39.5, minute));
    t.station.grading.runNow();
    expect((await t.as('anonymous').call('clinical.status', {})).suggested!.crs.current).toBe(1);

    // Another nurse corrects it 20 s later in the same minute.
    expect(await t.as('nurse2').call('vitals.record', temp(37.2, minute + 20_000))).toEqual({ stored: 1, corrected: 1 });
    expect([...t.station.observations.export({ params: ['temp'] })].map((o) => o.value)).toEqual([37.2]);
    expect(queryValue(t.dbFile, 'SELECT max FROM rollup_1m')).toBe(37.2);
    expect(queryValue(t.dbFile, 'SELECT max FROM rollup_10m')).toBe(37.2);
    const entries = queryValue<string>(t.dbFile, "SELECT json_group_array(json_object('value', m.value, 'by', s.name, 'supersededBy', b.name)) FROM manual_entries m JOIN staff s ON s.id = m.staff_id LEFT JOIN staff b ON b.id = m.superseded_by ORDER BY m.id");
    expect(JSON.parse(entries)).toEqual([
      { value: 39.5, by: 'Nurse Kim', supersededBy: 'Nurse Second' },
      { value: 37.2, by: 'Nurse Second', supersededBy: null },
    ]);
    const audit = queryRow<{ action: string; before: string; after: string }>(t.dbFile, "SELECT action, before_json AS before, after_json AS after FROM audit_log WHERE entity = 'manual_vital' ORDER BY id DESC LIMIT 1");
    expect(audit.action).toBe('correct');
    expect(JSON.parse(audit.before)).toEqual({ value: 39.5, by: 'Nurse Kim' });
    expect(JSON.parse(audit.after)).toMatchObject({ param: 'temp', value: 37.2, enteredValue: 37.2 });
    expect(await t.as('anonymous').call('observations.manual', { from: minute - MIN, to: minute + MIN })).toEqual([{ param: 'temp', value: 37.2, unit: 'Cel', time: minute, site: 'oral', enteredBy: 'Nurse Second' }]);
    const [today] = await t.as('anonymous').call('rounds.days', {});
    expect(today).toMatchObject({ vitals: { tempMaxC: 37.2 }, vitalsEnteredBy: { tempMaxC: 'Nurse Second' } });
    const report = await t.as('anonymous').call('report.handover', { from: minute - 60 * MIN, to: minute + MIN });
    expect(report.vitals.rows.find((r) => r.param === 'temp')).toMatchObject({ min: 37.2, max: 37.2, count: 1, latest: { value: 37.2, time: minute, enteredBy: 'Nurse Second' } });

    t.station.grading.runNow();
    expect((await t.as('anonymous').call('clinical.status', {})).suggested!.crs.current).toBe(0);
  });

  it('the database refuses to change a manual reading except through a new current entry', async () => {
    const minute = pinnedLocal(9, 50);
    await t.as('nurse').call('vitals.record', temp(38.5, minute));
    expect(() => t.station.db.prepare('UPDATE observations SET value = 36.6').run()).toThrow(/never changed/);
    expect(() => t.station.db.prepare('UPDATE manual_entries SET value = 36.6').run()).toThrow(/never changed/);
    expect(() => t.station.db.prepare('DELETE FROM manual_entries').run()).toThrow(/never deleted/);
  });

  it('question CRP 99,999 mg/L against the limits table (a defined error) and keep it, marked in the audit, once confirmed', async () => {
    const result = { code: 'crp', value: 99_999, unit: 'mg/L', observedAt: pinnedLocal(6, 0) };
    const asked = await t.as('nurse').fail('labs.record', { results: [result] });
    expect(asked).toMatchObject({ code: 'invalid_input', problems: [{ field: 'results.0.value', kind: 'plausibility', message: { key: 'said.entry.implausible', params: { value: 99_999, min: 0, max: 1000 } } }] });
    expect(await t.as('nurse').fail('labs.record', { results: [{ ...result, unit: 'mmol/L' }], confirmImplausible: true })).toMatchObject({ problems: [{ field: 'results.0.unit', kind: 'hard' }] });
    expect(await t.as('nurse').call('labs.record', { results: [result], confirmImplausible: true })).toEqual({ stored: 1 });
    const audit = queryValue<string>(t.dbFile, "SELECT after_json FROM audit_log WHERE entity = 'lab_result' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit)).toMatchObject({ code: 'crp', canonical: 99_999, implausibleConfirmed: true });
  });
});
