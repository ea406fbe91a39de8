// ICANS inside the station: each domain from its own latest documentation, and "not assessable" carried as such (never
// 0) through clinical.status, the grade timeline, the rounds view, the handover report and a physician's confirmation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import { HOUR_MS } from '../../shared/time';

const ice6 = { form: 'domains', orientation: 2, naming: 2, followingCommands: 1, writing: 0, attention: 1 } as const;

describe('ICANS grading in the station', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ grading: { intervalMs: 3600_000 } });
  });
  afterEach(async () => t.close());

  it('keeps a standing hemiparesis through a later ICE check that does not mention it', async () => {
    await infusedPatient(t, 80);
    const nurse = t.as('nurse');
    await nurse.call('events.record', { event: { kind: 'neuro', time: t.now() - 90 * MIN, consciousness: 'alert', deepFocalMotorWeakness: true } });
    await nurse.call('events.record', { event: { kind: 'neuro', time: t.now() - 30 * MIN, consciousness: 'alert', ice: { form: 'domains', orientation: 4, naming: 3, followingCommands: 1, writing: 1, attention: 1 } } });
    t.station.grading.runNow();
    const { suggested } = await t.as('anonymous').call('clinical.status', {});
    expect(suggested!.icans).toMatchObject({ current: 4, domains: { iceLevel: 0, motorLevel: 4, standing: [expect.objectContaining({ finding: 'deep_focal_motor_weakness', baseline: false })] } });
  });

  it('shows a sedated patient attributed by a physician as not assessable everywhere, with the maximum kept', async () => {
    await infusedPatient(t, 30);
    const nurse = t.as('nurse');
    const physician = t.as('physician');
    await nurse.call('events.record', { event: { kind: 'neuro', time: t.now() - 5 * HOUR_MS, consciousness: 'alert', ice: ice6 } });
    t.station.grading.runNow();
    expect((await t.as('anonymous').call('clinical.status', {})).suggested!.icans.current).toBe(2);

    await nurse.call('events.record', { event: { kind: 'medication', time: t.now() - HOUR_MS, drug: 'midazolam', drugClass: 'sedative', indication: 'other' } });
    await nurse.call('events.record', { event: { kind: 'neuro', time: t.now() - 30 * MIN, consciousness: 'unarousable', iceNotAssessableReason: 'sedated, intubated' } });
    await physician.call('events.record', { event: { kind: 'attribution', time: t.now() - 20 * MIN, target: 'depressed_consciousness', cause: 'midazolam sedation', active: true, effectiveFrom: t.now() - HOUR_MS } });
    t.station.grading.runNow();

    const status = await t.as('anonymous').call('clinical.status', {});
    expect(status.suggested!.icans).toMatchObject({ current: 'not_assessable', max: 2 });
    expect(status.suggested!.icans.explanation).toMatch(/^Not assessable: No ICANS domain can be assessed/);
    expect(status.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['ICE_NOT_ASSESSABLE', 'ATTRIBUTED_TO_OTHER_CAUSE']));

    const timeline = await t.as('anonymous').call('clinical.gradeTimeline', { from: t.now() - 6 * HOUR_MS, to: t.now() + MIN });
    expect(timeline.points.map((p) => p.icans).slice(-2)).toEqual([2, 'not_assessable']); // a debounced run may have stored one before

    const report = await t.as('anonymous').call('report.handover', { from: t.now() - 6 * HOUR_MS, to: t.now() + MIN });
    expect(report.grades!.icans).toMatchObject({ suggested: 'not_assessable', max: 2 });

    const [today] = await t.as('anonymous').call('rounds.days', {});
    expect(today!.grades.icansSuggestedMax).toBe(2); // the day's worst suggestion; not assessable never hides it

    // Confirming "not assessable" as suggested needs no reason; confirming 0 instead does.
    expect((await physician.fail('grades.confirm', { kind: 'icans', grade: 0 })).message).toMatch(/reason: changing the suggested grade \(not_assessable\)/);
    expect(await physician.call('grades.confirm', { kind: 'icans', grade: 'not_assessable' })).toMatchObject({ suggested: 'not_assessable', confirmed: 'not_assessable' });
  });
});
