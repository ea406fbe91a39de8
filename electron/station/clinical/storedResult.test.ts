// Grading rows stored before the CRS courses were renamed (crs.episodes) still read back, as crs.courses.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { GradingStore } from './store';

const COURSES = [{ onset: 10, resolvedAt: 34, maxGrade: 1, maskedFrom: 11 }];

function storeWithRow(crs: Record<string, unknown>) {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-stored-result-')), 'station.db'));
  db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
  db.prepare('INSERT INTO episodes (patient_id, admitted_ms, infusion_ms) VALUES (1, 1, 2)').run();
  db.prepare(
    "INSERT INTO grading_results (episode_id, t_ms, rule_set_version, config_json, crs_current, crs_max, icans_current, icans_max, result_json) VALUES (1, 40, 'v', '{}', 0, 1, '0', '0', ?)",
  ).run(JSON.stringify({ crs: { current: 0, max: 1, ...crs }, icans: {}, secondary: {} }));
  return new GradingStore(db);
}

describe('stored grading results', () => {
  it('reads a row written with crs.episodes as crs.courses', () => {
    const stored = storeWithRow({ episodes: COURSES }).latestResult(1)!;
    expect(stored.result.crs.courses).toEqual(COURSES);
    expect(stored.result.crs).not.toHaveProperty('episodes');
    expect(stored.result.crs).toMatchObject({ current: 0, max: 1 });
  });

  it('reads a row written with crs.courses as it is', () => {
    expect(storeWithRow({ courses: COURSES }).latestResult(1)!.result.crs.courses).toEqual(COURSES);
  });
});
