// Daily DEMO labs at 06:00, following the demo CRS course (SIMULATED values for training, not reference data).
import { addDays, startOfDay } from 'date-fns';
import type { StationDb } from '../db/open';
import { labTestByCode } from '../../../shared/labs';
import { crsIntensity, type DemoCourse } from './course';

/** [code, value with no CRS, value at the CRS peak], in each test's canonical unit (shared/labs.ts). */
const DEMO_LAB_COURSES: readonly [string, number, number][] = [
  ['crp', 4, 160], ['ferritin', 450, 2600], ['il6', 6, 900],
  ['wbc', 2.1, 1.2], ['anc', 1.4, 0.6], ['lymph', 0.2, 0.1], ['hgb', 10.2, 9.1], ['plt', 140, 85],
  ['creat', 0.9, 1.3], ['alt', 24, 60], ['ast', 22, 70], ['bili', 0.6, 1.1], ['ldh', 210, 480],
  ['na', 139, 134], ['k', 4.1, 3.6], ['urate', 4.8, 5.6],
  ['pt', 12.5, 14.2], ['inr', 1.0, 1.3], ['aptt', 30, 36], ['fib', 3.4, 5.2], ['ddimer', 0.6, 2.4],
  ['ph', 7.41, 7.36], ['pao2', 92, 76], ['paco2', 39, 34], ['lactate', 1.1, 2.6],
];

export interface DemoLabOptions {
  readonly episodeId: number;
  readonly mrn: string;
  readonly from: number;
  readonly to: number;
  readonly course: Pick<DemoCourse, 'crsOnset' | 'crsPeak' | 'crsResolving'>;
  readonly staffId: number;
}

export function demoLabs(db: StationDb, o: DemoLabOptions): number {
  const patientId = db.prepare('SELECT patient_id FROM episodes WHERE id = ?').pluck().get(o.episodeId) as number;
  const insert = db.prepare(
    `INSERT INTO lab_results (patient_id, episode_id, mrn, code, loinc, name, value, value_text, unit, canonical_value, canonical_unit, observed_ms, received_ms, sent_code, status, entered_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'entered', ?)`,
  );
  let count = 0;
  db.transaction(() => {
    for (let day = startOfDay(o.from); day.getTime() < o.to; day = addDays(day, 1)) {
      const at = day.getTime() + 6 * 3600_000;
      if (at < o.from || at > o.to) continue;
      // Labs lag the clinical course by about half a day.
      const k = crsIntensity(o.course, at - 12 * 3600_000);
      for (const [code, base, peak] of DEMO_LAB_COURSES) {
        const test = labTestByCode(code);
        if (!test) continue;
        const value = Number((base + (peak - base) * k).toPrecision(3));
        insert.run(patientId, o.episodeId, o.mrn, code, test.loinc || null, test.name, value, String(value), test.unit, value, test.unit, at, at, code, o.staffId);
        count += 1;
      }
    }
  })();
  return count;
}
