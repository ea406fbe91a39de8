// A physician confirms a past CRS course days later: the station offers the ended courses with their maximum
// suggested grade, compares the confirmation with that course's suggestion (not the grade now), stores the span it
// covers, and Rounds shows it on the days of the course, not the day it was entered. Audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../helpers/station';
import { infusedPatient } from '../helpers/episode';
import { HOUR_MS } from '../../shared/time';
import { dayNumber } from '../../shared/episode/day';
import { openDatabase } from '../../electron/station/db/open';
import { newDocumentation } from '../../electron/station/outbound/collect';

describe('confirming a past CRS course', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation({ grading: { intervalMs: 3600_000 } });
  });
  afterEach(async () => t.close());

  it('lists the ended course, confirms it against its own maximum, and Rounds shows it on the course days', async () => {
    await infusedPatient(t, 3 * 24);
    const infusion = (await t.as('nurse').call('episode.current', {}))!.infusionTime!;
    const nurse = t.as('nurse');
    // Fevers on Day +1 (02:00) and Day +2 (01:00), normal in between: one course, ended 24 h after its last sign, confirmed on Day +3.
    const feverAt = infusion + 16 * HOUR_MS;
    const lastFeverAt = feverAt + 23 * HOUR_MS;
    await nurse.call('vitals.record', { param: 'temp', value: 39.1, unit: 'Cel', time: feverAt });
    await nurse.call('vitals.record', { param: 'temp', value: 36.8, unit: 'Cel', time: feverAt + 6 * HOUR_MS });
    await nurse.call('vitals.record', { param: 'temp', value: 38.4, unit: 'Cel', time: lastFeverAt });
    t.station.grading.runNow();
    const status = await t.as('anonymous').call('clinical.status', {});
    expect(status.suggested!.crs.current).toBe(0);

    const spans = await t.as('anonymous').call('grades.spans', { kind: 'crs' });
    expect(spans).toEqual([{ from: feverAt, to: lastFeverAt + 1, maxGrade: 1 }]);
    const span = { from: spans[0]!.from, to: spans[0]!.to };
    const physician = t.as('physician');
    expect((await physician.fail('grades.confirm', { kind: 'crs', grade: 1, span: { from: span.from + 1, to: span.to } })).message).toMatch(/^span: no ended CRS course runs from \d{4}-\d{2}-\d{2}T.*pick one the station lists/);
    // Grade 1 is the course's own suggestion: no reason needed although the grade now is 0.
    const confirmed = await physician.call('grades.confirm', { kind: 'crs', grade: 1, span });
    expect(confirmed).toMatchObject({ kind: 'crs', covers: span, suggested: 1, confirmed: 1, reason: null, by: 'Dr Rao' });
    expect(confirmed.at).toBeGreaterThan(span.to);
    // Another grade for the course needs a reason, compared with the course's maximum.
    expect((await physician.fail('grades.confirm', { kind: 'crs', grade: 2, span })).message).toMatch(/^reason: changing the suggested grade \(1\)/);

    const days = await t.as('anonymous').call('rounds.days', {});
    const confirmedDays = days.filter((d) => d.grades.crsConfirmed !== null);
    expect(confirmedDays.map((d) => [d.day, d.grades.crsConfirmed])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(dayNumber(confirmed.at, infusion)).toBe(3);
    expect(days.find((d) => d.day === 3)!.grades.crsConfirmed).toBeNull();

    const audit = await nurse.call('audit.history', { entity: 'grade_confirmation' });
    expect(audit).toEqual([expect.objectContaining({ staffName: 'Dr Rao', action: 'confirm_grade', before: { suggested: 1 }, after: { kind: 'crs', grade: 1, covers: span } })]);
    // The grade now stays unconfirmed: the status keeps the course confirmation, marked with its span.
    expect((await t.as('anonymous').call('clinical.status', {})).confirmed.crs).toMatchObject({ covers: span, confirmed: 1 });

    // Sent to the hospital (HL7 and FHIR read the same documentation), dated at the course and saying its span.
    const db = openDatabase(t.dbFile, { readonly: true });
    try {
      const episodeId = (await nurse.call('episode.current', {}))!.episodeId;
      const sent = newDocumentation(db, episodeId, { periodEnd: 0, gradingId: 0, confirmationId: 0, entryId: 0, labId: 0 }).items.filter((i) => i.kind === 'grade' && i.stage === 'confirmed');
      expect(sent).toEqual([expect.objectContaining({ scale: 'crs', grade: 1, time: span.from, by: 'Dr Rao', evidence: expect.stringMatching(/^Confirmed at \S+ for the past course \S+ – \S+, not the grade now\.$/) })]);
    } finally {
      db.close();
    }
  });
});
