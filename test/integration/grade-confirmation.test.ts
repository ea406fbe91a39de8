// A physician's grade confirmation through the API: grade 5 (death due to CRS or ICANS, ASTCT) is recorded only by a
// physician's confirmation, with a reason and an audit entry; the station itself never suggests it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient } from '../helpers/episode';

describe('grade confirmation', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ grading: { intervalMs: 3600_000 } });
  });
  afterEach(async () => t.close());

  it('records a confirmed grade 5 from a physician with a reason, audited, beside the suggestion', async () => {
    await infusedPatient(t, 3);
    t.station.grading.runNow();
    const suggested = (await t.as('anonymous').call('clinical.status', {})).suggested!;
    expect(suggested.crs.current).toBeLessThan(5);
    expect((await t.as('nurse').fail('grades.confirm', { kind: 'crs', grade: 5, reason: 'Death from refractory CRS' })).message).toMatch(/Only a physician/);
    expect((await t.as('physician').fail('grades.confirm', { kind: 'crs', grade: 5 })).message).toMatch(/^reason: changing the suggested grade/);
    expect((await t.as('physician').fail('grades.confirm', { kind: 'crs', grade: 6, reason: 'Not a grade' })).code).toBe('invalid_input');

    const confirmed = await t.as('physician').call('grades.confirm', { kind: 'crs', grade: 5, reason: 'Death attributed to refractory CRS; no other main cause' });
    expect(confirmed).toMatchObject({ kind: 'crs', suggested: suggested.crs.current, confirmed: 5, by: 'Dr Rao' });
    const icans = await t.as('physician').call('grades.confirm', { kind: 'icans', grade: 5, reason: 'Death attributed to diffuse cerebral oedema (ICANS)' });
    expect(icans).toMatchObject({ kind: 'icans', confirmed: 5 });

    const status = await t.as('anonymous').call('clinical.status', {});
    expect(status.confirmed.crs).toMatchObject({ confirmed: 5, suggested: suggested.crs.current });
    expect(status.suggested!.crs.current).toBe(suggested.crs.current);
    const audit = await t.as('nurse').call('audit.history', { entity: 'grade_confirmation' });
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ staffName: 'Dr Rao', action: 'confirm_grade', before: { suggested: suggested.crs.current }, after: { kind: 'crs', grade: 5 }, reason: expect.stringMatching(/refractory CRS/) }),
        expect.objectContaining({ after: { kind: 'icans', grade: 5 } }),
      ]),
    );
  });
});
