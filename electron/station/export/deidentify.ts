// --deidentify: names, MRNs and birth dates dropped (the MRN becomes P<patient id>), and every time and date of a
// patient's rows shifted by one random whole number of days for that patient (the same shift for all of them, so
// intervals, times of day and Day +N stay true). Rows that belong to no patient's episode are left out.
import { randomInt } from 'node:crypto';
import type { StationDb } from '../db/open';
import { DAY_MS } from '../../../shared/time';

const DROPPED_KEYS = new Set(['name', 'mrn', 'birthDate', 'treatingPhysician', 'secondVerifier', 'physicianName']);
const TIME_KEY = /(^time$|Time$|At$|_ms$|Ms$)/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Staff and patients by number only. */
const pseudonym = (id: unknown): string => `P${String(id)}`;

export interface Deidentifier {
  /** The row as exported, or null when it cannot be tied to a patient. */
  row(table: string, row: Record<string, unknown>): Record<string, unknown> | null;
}

/** Shifts between 30 and 365 days back, chosen afresh for each export and never stored. */
export function createDeidentifier(db: StationDb, shiftDays: (patientId: number) => number = () => -randomInt(30, 366)): Deidentifier {
  const episodes = db.prepare('SELECT id, patient_id, admitted_ms, discharged_ms FROM episodes ORDER BY admitted_ms').all() as { id: number; patient_id: number; admitted_ms: number; discharged_ms: number | null }[];
  const shifts = new Map<number, number>();
  const shiftOf = (patientId: number): number => {
    if (!shifts.has(patientId)) shifts.set(patientId, shiftDays(patientId) * DAY_MS);
    return shifts.get(patientId)!;
  };
  const patientOfEpisode = new Map(episodes.map((e) => [e.id, e.patient_id]));
  const patientAt = (t: number): number | undefined => episodes.find((e) => t >= e.admitted_ms && (e.discharged_ms === null || t <= e.discharged_ms))?.patient_id;
  const patientOf = (table: string, row: Record<string, unknown>): number | undefined => {
    if (table === 'patients') return row.id as number;
    if (table === 'observations') return patientAt(row.t_ms as number);
    if (typeof row.patient_id === 'number') return row.patient_id;
    return typeof row.episode_id === 'number' ? patientOfEpisode.get(row.episode_id) : undefined;
  };
  return {
    row(table, row) {
      if (table === 'staff') return { ...row, name: `staff-${String(row.id)}` };
      if (table === 'series') return row;
      const patient = patientOf(table, row);
      if (patient === undefined) return null;
      const shift = shiftOf(patient);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) {
        if (key === 'name' || key === 'birth_date') out[key] = null;
        else if (key === 'mrn') out[key] = pseudonym(patient);
        else if (key.endsWith('_json') && typeof value === 'string') out[key] = JSON.stringify(scrub(JSON.parse(value), shift));
        else if (key.endsWith('_ms') && typeof value === 'number' && key !== 'device_offset_ms') out[key] = value + shift;
        else out[key] = value;
      }
      return out;
    },
  };
}

/** Drops identifying keys and shifts times (ms) and dates (YYYY-MM-DD) anywhere in stored JSON. */
function scrub(value: unknown, shift: number, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => scrub(v, shift, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([k]) => !DROPPED_KEYS.has(k)).map(([k, v]) => [k, scrub(v, shift, k)]));
  if (typeof value === 'number' && TIME_KEY.test(key)) return value + shift;
  if (typeof value === 'string' && DATE.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + shift).toISOString().slice(0, 10);
  return value;
}
