// Writes a clearly labelled DEMO episode into a station database: patient, checklist, infusion, monitor data from
// the scenarios, daily labs, treatments, manual readings, and the grades the engine suggests along the way.
import { randomBytes } from 'node:crypto';
import { addDays, format, startOfDay } from 'date-fns';
import type { StationDb } from '../db/open';
import { ObservationRepository } from '../repositories/observations';
import { EpisodeRepository } from '../episode/episodes';
import { EntryRepository } from '../episode/entries';
import { GradingStore } from '../clinical/store';
import { GradingRunner } from '../clinical/runner';
import { EVENT_KIND_PREFIX } from '../clinical/timeline';
import { hashPin } from '../auth/pin';
import { AuditLog } from '../repositories/audit';
import { PARAMS, type VitalParam } from '../../../shared/params';
import type { Observation } from '../../../shared/observation';
import { BUILTIN_PRODUCTS } from '../../../shared/episode/products';
import { demoCourse } from './course';
import { demoLabs } from './labs';
import { HOUR_MS } from '../../../shared/time';

export interface DemoOptions {
  readonly mrn: string;
  readonly days: number;
  readonly product: 'ide-cel' | 'cilta-cel';
  readonly scenario: string;
  /** Seconds between monitor samples (1 = 1 Hz, as a real feed). */
  readonly intervalSeconds: number;
  readonly now: number;
}

const DEVICE = 'DEMO monitor';
const MONITOR_PARAMS: readonly VitalParam[] = ['hr', 'pr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia', 'nibp_mean'];

export function seedDemo(db: StationDb, options: DemoOptions): { episodeId: number; rows: number } {
  const now = options.now;
  if (db.prepare('SELECT 1 FROM episodes WHERE discharged_ms IS NULL').get()) throw new Error('a patient is admitted in this database: use a new or discharged database for the demo');
  const product = BUILTIN_PRODUCTS.find((p) => p.code === options.product)!;
  const infusionAt = startOfDay(now - (options.days - 1) * 24 * HOUR_MS).getTime() + 10 * HOUR_MS;
  // The labels' schedule: lymphodepletion on Days −5 to −3 (d = 3, in window for both products without an override).
  const ldDays = [-5, -4, -3].map((d) => format(addDays(infusionAt, d), 'yyyy-MM-dd'));
  const staff = demoStaff(db, now);
  const episodes = new EpisodeRepository(db);
  const entries = new EntryRepository(db);
  const audit = new AuditLog(db, () => now);
  const weightKg = 72;

  const episodeId = db.transaction(() => {
    const id = episodes.admit(
      { mrn: options.mrn, name: 'DEMO Patient', birthDate: '1960-01-01', sex: 'unknown', weightKg, heightCm: 170, allergies: 'none known', diagnosis: 'Multiple myeloma', baselineOxygen: { kind: 'room_air' }, productCode: product.code, treatingPhysician: 'DEMO Physician' },
      infusionAt - 6 * 24 * HOUR_MS,
      true,
    );
    const add = (kind: string, data: unknown, at: number, by = staff.nurse) => entries.add(id, kind, data, at, by, at);
    const checklistAt = infusionAt - 3 * HOUR_MS;
    const items = [
      add('lymphodepletion', { regimen: 'Fludarabine/cyclophosphamide', fludarabineMgPerM2: 30, cyclophosphamideMgPerM2: 300, days: ldDays }, checklistAt),
      add('infection_screening', { result: 'negative', date: ldDays[0], activeInfection: false, notes: 'DEMO' }, checklistAt),
      add('cns_evaluation', { historyOfCnsDisease: false, assessmentDone: true, decision: 'proceed', physicianName: 'DEMO Physician', notes: 'DEMO' }, checklistAt, staff.physician),
      add('seizure_prophylaxis', { given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: format(infusionAt, 'yyyy-MM-dd') }, checklistAt),
      add('baseline', { time: checklistAt, source: 'monitor', hr: 74, sbp: 122, dbp: 76, spo2: 98, rr: 15, tempC: 36.8, iceScore: 10 }, checklistAt),
    ];
    add('signoff_nurse', { coveredEntryIds: items }, checklistAt + 60_000);
    add('signoff_physician', { coveredEntryIds: items }, checklistAt + 120_000, staff.physician);
    const cells = product.dose.kind === 'flat' ? 450e6 : 0.75e6 * weightKg;
    add('infusion', {
      productCode: product.code, lot: 'DEMO-LOT', bagIds: ['DEMO-BAG-1'], secondVerifier: 'DEMO Second Nurse', cellsInfused: cells,
      premedications: [{ drug: 'Paracetamol', kind: 'paracetamol', dose: '1 g PO', time: infusionAt - 45 * 60_000 }, { drug: 'Diphenhydramine', kind: 'antihistamine', dose: '25 mg IV', time: infusionAt - 45 * 60_000 }],
      startTime: infusionAt, endTime: infusionAt + 30 * 60_000, vitals: [], reaction: { occurred: false, description: '' },
    }, infusionAt);
    episodes.setInfusionTime(id, infusionAt);
    audit.append({ staffId: staff.nurse, action: 'demo_seed', entity: 'episode', entityId: id, after: { mrn: options.mrn, days: options.days, product: product.code }, reason: 'vigil demo: generated DEMO episode' });
    return id;
  })();

  const onset = (options.product === 'ide-cel' ? 1 : 5) * 24 * HOUR_MS; // median onset day 1 / ~day 7 (clinical-rules.md §4.1, §4.2), shortened to fit short demos
  const course = demoCourse(infusionAt, Math.min(onset, Math.max(6 * HOUR_MS, (options.days - 3) * 24 * HOUR_MS)), options.scenario);
  const rows = writeMonitorData(db, course, infusionAt - 24 * HOUR_MS, now, options.intervalSeconds);
  writeTreatments(db, entries, episodeId, staff, course, now);
  demoLabs(db, { episodeId, mrn: options.mrn, from: infusionAt - 24 * HOUR_MS, to: now, course, staffId: staff.nurse });
  gradeAlongTheWay(db, infusionAt, now);
  return { episodeId, rows };
}

function demoStaff(db: StationDb, now: number): { nurse: number; physician: number } {
  const make = (name: string, role: string) => {
    const existing = db.prepare('SELECT id FROM staff WHERE name = ?').pluck().get(name) as number | undefined;
    if (existing) return existing;
    const { hash, salt } = hashPin(randomBytes(16).toString('hex'));
    // Inactive: nobody can sign in as the demo generator.
    return Number(db.prepare('INSERT INTO staff (name, role, pin_hash, pin_salt, active, created_ms) VALUES (?, ?, ?, ?, 0, ?)').run(name, role, hash, salt, now).lastInsertRowid);
  };
  return { nurse: make('DEMO Nurse', 'nurse'), physician: make('DEMO Physician', 'physician') };
}

function writeMonitorData(db: StationDb, course: ReturnType<typeof demoCourse>, from: number, to: number, intervalSeconds: number): number {
  const repo = new ObservationRepository(db);
  const step = Math.max(1, intervalSeconds) * 1000;
  let rows = 0;
  let batch: Observation[] = [];
  let lastNibp: number | null = null;
  for (let t = from; t < to; t += step) {
    const sample = course.sample(t);
    for (const param of MONITOR_PARAMS) {
      const value = sample.values[param];
      if (value === null) continue;
      // NIBP is stored once per cuff cycle, as the monitor sessions do.
      if (param.startsWith('nibp_') && sample.nibpMeasuredAtMs === lastNibp) continue;
      batch.push({ param, value, unit: PARAMS[param].unit, time: t, status: 'valid', source: 'serial', device: DEVICE, ...(param === 'temp' && sample.tempSite ? { site: sample.tempSite } : {}) });
    }
    lastNibp = sample.nibpMeasuredAtMs;
    if (batch.length >= 5000) {
      rows += repo.insert(batch);
      batch = [];
    }
  }
  rows += repo.insert(batch);
  return rows;
}

function writeTreatments(db: StationDb, entries: EntryRepository, episodeId: number, staff: { nurse: number; physician: number }, course: ReturnType<typeof demoCourse>, now: number): void {
  const events: [number, number, Record<string, unknown>][] = [
    [course.crsOnset + 2 * HOUR_MS, staff.nurse, { kind: 'medication', drug: 'Paracetamol', drugClass: 'antipyretic', indication: 'crs', doseText: '1 g PO', source: 'staff' }],
    [course.crsOnset + 5 * HOUR_MS, staff.nurse, { kind: 'fluid_bolus', volumeMl: 500, indication: 'hypotension', source: 'staff' }],
    [course.crsOnset + 6 * HOUR_MS, staff.nurse, { kind: 'oxygen', device: 'nasal_cannula', flowLMin: 2, source: 'staff' }],
    [course.crsOnset + 7 * HOUR_MS, staff.physician, { kind: 'medication', drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '576 mg IV (8 mg/kg)', source: 'physician' }],
    [course.crsResolving + 6 * HOUR_MS, staff.nurse, { kind: 'oxygen', device: 'room_air', source: 'staff' }],
  ];
  // ICE assessments every 8 h from the infusion: 10/10, dipping to 8/10 (ICANS grade 1) around the CRS peak.
  for (let at = course.crsOnset - 16 * HOUR_MS; at < now; at += 8 * HOUR_MS) {
    const total = at >= course.crsPeak && at < course.crsResolving ? 8 : 10;
    events.push([at, staff.nurse, { kind: 'neuro', ice: { form: 'total', total }, consciousness: 'alert', source: 'staff' }]);
  }
  db.transaction(() => {
    for (const [at, by, data] of events) if (at < now) entries.add(episodeId, `${EVENT_KIND_PREFIX}${String(data.kind)}`, { ...data, time: at }, at, by, at);
    // A few manual temperatures during the fever, as a nurse checks the probe.
    const repo = new ObservationRepository(db);
    for (const h of [3, 9, 15]) {
      const at = course.crsOnset + h * HOUR_MS;
      if (at < now) repo.insert([{ param: 'temp', value: course.sample(at).values.temp!, unit: 'Cel', time: at, status: 'valid', source: 'manual', device: 'manual:DEMO Nurse', site: 'oral' }]);
    }
  })();
}

/** Grades every 3 hours from the infusion, so the suggested-grade timeline exists as if the station had been running. */
function gradeAlongTheWay(db: StationDb, infusionAt: number, now: number): void {
  let clock = infusionAt;
  const runner = new GradingRunner({
    db, episodes: new EpisodeRepository(db), entries: new EntryRepository(db), store: new GradingStore(db), now: () => clock, changed: () => {}, log: (line) => process.stderr.write(`${line}\n`),
  });
  for (clock = infusionAt; clock < now; clock += 3 * HOUR_MS) runner.runNow();
  clock = now;
  runner.runNow();
}
