// Grades do not change when the station re-reads older monitor data more coarsely: a short fever that was confirmed
// while recent still starts its CRS course a day later, so its maximum and the masked-fever rule stand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import type { Observation } from '../../shared/observation';
import { HOUR_MS } from '../../shared/time';

const TEN_MIN = 10 * MIN;

describe('grading history when monitor data age past 24 h', () => {
  let t: TestStation;
  let clock = TEST_STATION_START;
  beforeEach(async () => {
    clock = TEST_STATION_START;
    t = await createTestStation({ grading: { intervalMs: 3600_000 }, now: () => clock });
  });
  afterEach(async () => t.close());

  /** Temperature every 5 s for an hour around `at`, with a 7-minute fever inside one 10-minute bucket. */
  function shortFeverAround(at: number): { feverFrom: number } {
    const bucket = at - (at % TEN_MIN);
    const feverFrom = bucket + MIN;
    const rows: Observation[] = [];
    for (let time = bucket - 30 * MIN; time < bucket + 30 * MIN; time += 5_000) {
      const value = time >= feverFrom && time < feverFrom + 7 * MIN ? 38.4 : 37.2;
      rows.push({ param: 'temp', value, unit: 'Cel', time, status: 'valid', source: 'serial', device: 'bed-monitor' });
    }
    t.station.ingest(rows);
    return { feverFrom };
  }

  it('a short confirmed fever keeps its CRS onset and maximum after it is re-read as 10-minute data', async () => {
    await infusedPatient(t, 40);
    const { feverFrom } = shortFeverAround(clock - 23 * HOUR_MS);
    const recent = t.station.grading.runNow()!;
    expect(recent.crs).toMatchObject({ max: 1, onset: feverFrom });

    clock += 3 * HOUR_MS; // the fever is now 26 h old: outside the per-minute window
    const later = t.station.grading.runNow()!;
    expect(later.crs).toMatchObject({ current: 0, max: 1, onset: feverFrom });
    expect(later.crs.maxExplanation).toMatch(/confirmed by persistence/);
  });

  it('the masked-fever rule still holds after its onset fever is re-read as 10-minute data', async () => {
    await infusedPatient(t, 40);
    shortFeverAround(clock - 23 * HOUR_MS);
    await t.as('physician').call('events.record', { event: { kind: 'medication', time: clock - 22 * HOUR_MS, drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '640 mg IV' } });
    await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: clock - 2 * HOUR_MS, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
    expect(t.station.grading.runNow()!.crs.current).toBe(3);

    clock += 3 * HOUR_MS;
    const later = t.station.grading.runNow()!;
    expect(later.crs).toMatchObject({ current: 3, domains: { feverBasis: 'masked' } });
    expect(later.flags.map((f) => f.code)).not.toContain('HYPOTENSION_WITHOUT_FEVER');
  });
});
