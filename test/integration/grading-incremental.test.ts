// The grading worker's incremental re-grade on a real station database: after a new reading, documentation, a late
// value in the per-minute day or in the 10-minute part, and the hour the per-minute window steps, it grades again
// only from the earliest change, and gives what a full grading of the same database gives.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import { EntryRepository } from '../../electron/station/episode/entries';
import { EpisodeRepository } from '../../electron/station/episode/episodes';
import { EpisodeGrader, gradeEpisode } from '../../electron/station/clinical/grade';
import { openDatabase } from '../../electron/station/db/open';
import { HOUR_MS } from '../../shared/time';
import type { Observation } from '../../shared/observation';

const monitor = (param: Observation['param'], value: number, unit: string, time: number): Observation => ({ param, value, unit, time, status: 'valid', source: 'serial', device: 'bed-monitor' });

describe('incremental grading on the station database', () => {
  let t: TestStation | null = null;
  afterEach(async () => t?.close());

  it('grades again from the earliest change, as a full grading of the same data', async () => {
    let clock = TEST_STATION_START;
    t = await createTestStation({ now: () => clock, grading: { intervalMs: 3600_000, worker: false } });
    await infusedPatient(t, 30);
    // 26 hours of normal monitor values two minutes apart: the last day per minute, the hours before per 10 minutes.
    for (let time = clock - 26 * HOUR_MS; time < clock; time += 2 * MIN) t.station.ingest([monitor('temp', 36.8, 'Cel', time), monitor('nibp_sys', 118, 'mm[Hg]', time), monitor('hr', 82, '/min', time)]);
    const db = openDatabase(t.dbFile, { readonly: true });
    const entries = new EntryRepository(db);
    const grader = new EpisodeGrader();
    const gradeBoth = () => {
      const episode = new EpisodeRepository(db).open()!;
      const gradable = { ...episode, infusionTime: episode.infusionTime! };
      const incremental = grader.grade(db, entries, gradable, clock, {});
      expect(incremental).toEqual(gradeEpisode(db, entries, gradable, clock, {}));
      return { result: incremental, from: grader.regradedFrom };
    };
    try {
      expect(gradeBoth().from).toBe(-Infinity);

      // Documentation two minutes back: from its time (a vasopressor without fever grades nothing yet, and is flagged).
      await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: clock - 2 * MIN, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
      const documented = gradeBoth();
      expect(documented.from).toBe(clock - 2 * MIN);
      expect(documented.result.flags.map((f) => f.code)).toContain('HYPOTENSION_WITHOUT_FEVER');

      // Ten minutes of fever readings after it: graded again from the last grading's time on.
      const previous = clock;
      for (let k = 0; k < 10; k++) t.station.ingest([monitor('temp', 39.4, 'Cel', previous + k * MIN + 1000)]);
      clock += 10 * MIN;
      const fever = gradeBoth();
      expect(fever.from).toBe(previous);
      expect(fever.result.crs.current).toBe(3);

      // A late value 20 hours back (the per-minute day) and one 25.5 hours back (a 10-minute block read again).
      for (const hoursBack of [20, 25.5]) {
        const late = Math.floor((clock - hoursBack * HOUR_MS) / MIN) * MIN + 30_000;
        t.station.ingest([monitor('hr', 131, '/min', late)]);
        const from = gradeBoth().from;
        expect(from).toBeGreaterThan(-Infinity);
        expect(from).toBeLessThanOrEqual(late);
        expect(from).toBeGreaterThan(late - 10 * MIN);
      }

      // An hour on, the per-minute window steps by an hour: still the full grading's result.
      clock += HOUR_MS;
      gradeBoth();

      // Forgotten (the bench's full re-grade in the worker): everything graded again, the same result.
      grader.forget();
      expect(gradeBoth().from).toBe(-Infinity);
    } finally {
      db.close();
    }
  });
});
