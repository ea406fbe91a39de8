// Patients and their episodes: admission, the open episode, discharge.
import type { StationDb } from '../db/open';
import type { Admission } from '../../../shared/episode/records';

export interface EpisodeRow {
  readonly id: number;
  readonly patientId: number;
  readonly mrn: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly admittedAt: number;
  readonly dischargedAt: number | null;
  readonly productCode: string | null;
  readonly infusionTime: number | null;
  readonly isDemo: boolean;
  readonly admission: Admission;
}

interface RawEpisode {
  id: number;
  patient_id: number;
  mrn: string;
  name: string;
  birth_date: string | null;
  sex: string | null;
  admitted_ms: number;
  discharged_ms: number | null;
  product: string | null;
  infusion_ms: number | null;
  is_demo: number;
  admission_json: string;
}

const SELECT = 'SELECT e.*, p.mrn, p.name, p.birth_date, p.sex FROM episodes e JOIN patients p ON p.id = e.patient_id';

export class EpisodeRepository {
  constructor(private readonly db: StationDb) {}

  open(): EpisodeRow | null {
    const row = this.db.prepare(`${SELECT} WHERE e.discharged_ms IS NULL ORDER BY e.admitted_ms DESC LIMIT 1`).get() as RawEpisode | undefined;
    return row ? toEpisode(row) : null;
  }

  byId(id: number): EpisodeRow | null {
    const row = this.db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as RawEpisode | undefined;
    return row ? toEpisode(row) : null;
  }

  /** Creates the patient on first admission, or updates the demographics of a returning one; a new episode each time. */
  admit(admission: Admission, now: number, isDemo = false): number {
    this.db
      .prepare(
        `INSERT INTO patients (mrn, name, birth_date, sex, created_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(mrn) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date, sex = excluded.sex`,
      )
      .run(admission.mrn, admission.name, admission.birthDate, admission.sex, now);
    const patientId = this.db.prepare('SELECT id FROM patients WHERE mrn = ?').pluck().get(admission.mrn) as number;
    return Number(
      this.db
        .prepare('INSERT INTO episodes (patient_id, admitted_ms, product, is_demo, admission_json) VALUES (?, ?, ?, ?, ?)')
        .run(patientId, now, admission.productCode, isDemo ? 1 : 0, JSON.stringify(admission)).lastInsertRowid,
    );
  }

  discharge(episodeId: number, now: number, reason: string): void {
    this.db.prepare('UPDATE episodes SET discharged_ms = ?, discharge_reason = ? WHERE id = ? AND discharged_ms IS NULL').run(now, reason, episodeId);
  }

  setInfusionTime(episodeId: number, time: number): void {
    this.db.prepare('UPDATE episodes SET infusion_ms = ? WHERE id = ?').run(time, episodeId);
  }
}

function toEpisode(r: RawEpisode): EpisodeRow {
  return {
    id: r.id,
    patientId: r.patient_id,
    mrn: r.mrn,
    name: r.name,
    birthDate: r.birth_date,
    sex: r.sex,
    admittedAt: r.admitted_ms,
    dischargedAt: r.discharged_ms,
    productCode: r.product,
    infusionTime: r.infusion_ms,
    isDemo: r.is_demo === 1,
    admission: JSON.parse(r.admission_json) as Admission,
  };
}
