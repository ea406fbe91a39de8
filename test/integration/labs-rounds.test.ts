// Manual lab entry (converted, questioned when implausible, audited) and the rounds view built from real data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';

describe('manual labs and the rounds view', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ grading: { intervalMs: 3600_000 } });
  });
  afterEach(async () => t.close());

  it('stores a panel in canonical units, questions an implausible value, and refuses unknown units', async () => {
    await infusedPatient(t, 3);
    const nurse = t.as('nurse');
    const at = t.now() - 30 * MIN;
    expect(await nurse.call('labs.record', { results: [{ code: 'crp', value: 85, unit: 'mg/L', observedAt: at }, { code: 'ferritin', value: 900, unit: 'ng/mL', observedAt: at }] })).toEqual({ stored: 2 });
    const labs = await nurse.call('labs.list', { from: 0, to: t.now() + 1000 });
    expect(labs.find((l) => l.code === 'crp')).toMatchObject({ value: 85, unit: 'mg/L', canonicalValue: 85, canonicalUnit: 'mg/L', enteredBy: 'Nurse Kim', messageId: null, status: 'entered' });
    const typo = await nurse.fail('labs.record', { results: [{ code: 'ferritin', value: 90000, unit: 'ng/mL', observedAt: t.now() - MIN }] });
    expect(typo.message).toMatch(/results\.0\.value: .*far from the previous 900 .*confirm/);
    expect(await nurse.call('labs.record', { results: [{ code: 'ferritin', value: 90000, unit: 'ng/mL', observedAt: t.now() - MIN }], confirmImplausible: true })).toEqual({ stored: 1 });
    expect((await nurse.fail('labs.record', { results: [{ code: 'crp', value: 5, unit: 'mmol/L', observedAt: at }] })).message).toMatch(/results\.0\.unit: .* not entered in "mmol\/L"/);
    expect((await nurse.fail('labs.record', { results: [{ code: 'crp', value: -1, unit: 'mg/L', observedAt: at }] })).message).toMatch(/cannot be negative/);
    expect((await nurse.call('audit.history', { entity: 'lab_result' })).length).toBe(3);
  });

  it('shows one row per day, today first, with extremes, support, labs, grades and treatments', async () => {
    await infusedPatient(t, 3);
    const now = t.now();
    for (let time = now - 20 * MIN; time < now; time += 5_000)
      t.station.ingest([
        { param: 'temp', value: 38.4, unit: 'Cel', time, status: 'valid', source: 'serial', device: 'm' },
        { param: 'hr', value: 104, unit: '/min', time, status: 'valid', source: 'serial', device: 'm' },
        { param: 'spo2', value: time === now - 20 * MIN ? 89 : 96, unit: '%', time, status: 'valid', source: 'serial', device: 'm' },
      ]);
    await t.as('nurse').call('events.record', { event: { kind: 'oxygen', time: now - 10 * MIN, device: 'nasal_cannula', flowLMin: 2 } });
    await t.as('physician').call('events.record', { event: { kind: 'medication', time: now - 5 * MIN, drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '640 mg IV' } });
    await t.as('nurse').call('labs.record', { results: [{ code: 'crp', value: 12, unit: 'mg/dL', observedAt: now - 2 * MIN }] });
    t.station.grading.runNow();
    const days = await t.as('anonymous').call('rounds.days', {});
    const today = days[0]!;
    expect(today.to).toBeGreaterThan(now - 60_000);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort().reverse());
    expect(today.vitals).toMatchObject({ tempMaxC: 38.4, hrMax: 104, spo2Min: 89 });
    expect(today.oxygen).toEqual(['nasal_cannula 2 L/min']);
    expect(today.treatments.map((x) => x.summary)).toEqual(expect.arrayContaining([expect.stringMatching(/Tocilizumab, 640 mg IV/)]));
    expect(today.labs.map((l) => l.code)).toContain('crp');
    expect(today.grades.crsSuggestedMax).toBeGreaterThanOrEqual(1);
    expect(days.at(-1)!.day).toBeLessThan(0); // lymphodepletion days are negative
  });
});
