// The CRS rules inside the station: the simulator's crs-fever-hypotension course, through the GE codec and the
// real store, is graded 2 with its evidence; documentation raises it further; monitor data alone never exceed 2;
// flags are acknowledged and a physician confirms, both audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { createScenario } from '../../drivers/scenarios';
import { encodeDisplayRecord, encodeFrame } from '../../drivers/ge-s5/codec';
import { decodeGeCapture } from '../../drivers/ge-s5/capture';
import { admission, infusedPatient, MIN } from '../helpers/episode';

/** The scenario's course, encoded and decoded by the real GE codec, stored as if received every 5 s. */
function feedScenario(t: TestStation, minutes: number) {
  const scenario = createScenario('crs-fever-hypotension', { durationMs: 20 * MIN, nibpIntervalMs: MIN });
  const end = t.now() - 5_000;
  const start = end - minutes * MIN;
  for (let time = start, n = 0; time <= end; time += 5_000, n++) {
    const sample = scenario.sample(time - start);
    const record = encodeDisplayRecord({ nbr: n % 256, time: Math.floor(time / 1000), values: sample.values, tempSite: sample.tempSite });
    const decoded = decodeGeCapture(encodeFrame(record), 'bed-monitor');
    expect(decoded.issues).toEqual([]);
    t.station.ingest(decoded.observations.map((o) => ({ ...o, time })));
  }
}

describe('CRS grading in the station', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ grading: { intervalMs: 3600_000 } });
  });
  afterEach(async () => t.close());

  it('grades nothing before the infusion', async () => {
    await t.as('nurse').call('episode.admit', { admission });
    feedScenario(t, 30);
    expect(t.station.grading.runNow()).toBeNull();
    expect((await t.as('anonymous').call('clinical.status', {})).suggested).toBeNull();
  });

  it('suggests grade 2 from fever and hypotension on the monitor, with evidence, and never more from monitor data alone', async () => {
    await infusedPatient(t, 3);
    feedScenario(t, 30);
    t.station.grading.runNow();
    const status = await t.as('anonymous').call('clinical.status', {});
    expect(status.suggested).toMatchObject({ crs: { current: 2, max: 2 }, ruleSetVersion: expect.any(String) });
    const evidence = status.suggested!.crs.evidence.map((e) => e.text).join('\n');
    expect(evidence).toMatch(/Fever: temperature 3[89]\.\d+ °C/);
    expect(evidence).toMatch(/SBP [6-8]\d/);
    expect(status.suggested!.crs.evidence.flatMap((e) => e.items).some((i) => i.source === 'monitor')).toBe(true);
    expect(status.confirmed).toEqual({ crs: null, icans: null });

    // Staff documentation is what moves the grade beyond 2 (ASTCT: a vasopressor is grade 3).
    await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: t.now() - 2 * MIN, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
    t.station.grading.runNow();
    const escalated = await t.as('anonymous').call('clinical.status', {});
    expect(escalated.suggested!.crs.current).toBe(3);
    expect(escalated.suggested!.crs.evidence.map((e) => e.text).join(' ')).toMatch(/norepinephrine/i);
  });

  it('keeps suggested and confirmed grades; a change needs a reason; only a physician confirms', async () => {
    await infusedPatient(t, 3);
    feedScenario(t, 30);
    t.station.grading.runNow();
    expect((await t.as('nurse').fail('grades.confirm', { kind: 'crs', grade: 2 })).message).toMatch(/Only a physician/);
    expect((await t.as('physician').fail('grades.confirm', { kind: 'crs', grade: 1 })).message).toMatch(/reason: changing the suggested grade \(2\) needs a reason/);
    const confirmed = await t.as('physician').call('grades.confirm', { kind: 'crs', grade: 1, reason: 'Hypotension responded to a single fluid bolus; SBP back to 110' });
    expect(confirmed).toMatchObject({ suggested: 2, confirmed: 1, by: 'Dr Rao' });
    const status = await t.as('anonymous').call('clinical.status', {});
    expect(status.suggested!.crs.current).toBe(2);
    expect(status.confirmed.crs).toMatchObject({ confirmed: 1, suggested: 2 });
    const audit = await t.as('nurse').call('audit.history', { entity: 'grade_confirmation' });
    expect(audit[0]).toMatchObject({ staffName: 'Dr Rao', before: { suggested: 2 }, after: { kind: 'crs', grade: 1 } });
    const timeline = await t.as('anonymous').call('clinical.gradeTimeline', { from: t.now() - 6 * 3600_000, to: t.now() + 1000 });
    expect(timeline.points.at(-1)!.crs).toBe(2);
    expect(timeline.confirmations).toHaveLength(1);
  });

  it('raises a flag with its explanation that stays until a signed-in person acknowledges it', async () => {
    await infusedPatient(t, 3);
    // SpO2 low on the monitor with no oxygen documented: a prompt, not a grade.
    const end = t.now() - 5_000;
    for (let time = end - 12 * MIN; time <= end; time += 5_000)
      t.station.ingest([{ param: 'spo2', value: 88, unit: '%', time, status: 'valid', source: 'serial', device: 'bed-monitor' }]);
    t.station.grading.runNow();
    const status = await t.as('anonymous').call('clinical.status', {});
    const o2 = status.flags.find((f) => f.code === 'O2_REQUIREMENT_UNDOCUMENTED')!;
    expect(o2.explanation).toMatch(/SpO2|oxygen/i);
    expect(o2.evidence.length).toBeGreaterThan(0);
    expect(status.suggested!.crs.current).toBe(0);
    expect((await t.as('anonymous').fail('flags.acknowledge', { flagId: o2.id })).code).toBe('forbidden');
    const acked = await t.as('nurse').call('flags.acknowledge', { flagId: o2.id, note: 'Probe repositioned, SpO2 96 %' });
    expect(acked.acknowledged).toMatchObject({ by: 'Nurse Kim', note: 'Probe repositioned, SpO2 96 %' });
    expect((await t.as('nurse').fail('flags.acknowledge', { flagId: o2.id })).message).toMatch(/already acknowledged/);
    expect((await t.as('nurse').call('audit.history', { entity: 'flag', entityId: o2.id }))[0]).toMatchObject({ action: 'acknowledge', staffName: 'Nurse Kim' });
  });

  it('stores a manual temperature in °F as exact °C and warns at the third tocilizumab dose in 24 h', async () => {
    await infusedPatient(t, 3);
    await t.as('nurse').call('vitals.record', { param: 'temp', value: 100.3, unit: '[degF]', site: 'oral', time: t.now() - MIN });
    const [stored] = [...t.station.observations.export({ params: ['temp'] })];
    expect(stored).toMatchObject({ source: 'manual', unit: 'Cel', site: 'oral', device: 'manual:Nurse Kim' });
    expect(stored!.value).toBeCloseTo(((100.3 - 32) * 5) / 9, 12);
    // The chart draws monitor feeds and hand-taken readings apart.
    const window = { from: t.now() - 3600_000, to: t.now() + 1000 };
    const [monitorOnly] = await t.as('anonymous').call('observations.trend', { params: ['temp'], ...window, sources: ['serial', 'hl7'] });
    expect(monitorOnly!.points).toEqual([]);
    const [all] = await t.as('anonymous').call('observations.trend', { params: ['temp'], ...window, buckets: 200 });
    expect(all).toMatchObject({ bucketMs: 0, points: [{ v: stored!.value }] });
    expect(await t.as('anonymous').call('observations.manual', window)).toEqual([{ param: 'temp', value: stored!.value, unit: 'Cel', time: stored!.time, site: 'oral', enteredBy: 'Nurse Kim' }]);
    const dose = (h: number) => ({ event: { kind: 'medication' as const, time: t.now() - h * 3600_000, drug: 'Tocilizumab', drugClass: 'anti_il6' as const, indication: 'crs' as const, doseText: '640 mg IV' } });
    expect((await t.as('physician').call('events.record', dose(2))).warnings).toEqual([]);
    expect((await t.as('physician').call('events.record', dose(1))).warnings).toEqual([]);
    expect((await t.as('physician').call('events.record', dose(0))).warnings).toEqual([expect.stringMatching(/dose 3 within 24 h/)]);
    expect((await t.as('nurse').fail('events.record', { event: { kind: 'attribution', time: t.now(), target: 'fever', cause: 'line infection', active: true } })).message).toMatch(/Only a physician/);
  });
});
