// The patient currently admitted at this station (admission itself arrives with the episode record).
import type { StationDb } from '../db/open';
import type { PatientSummary } from '../../../shared/api/contract';

export class PatientRepository {
  constructor(private readonly db: StationDb) {}

  /** The patient of the open episode, or null when nobody is admitted. */
  current(): PatientSummary | null {
    const row = this.db
      .prepare(
        `SELECT p.mrn, p.name, p.birth_date, p.sex FROM episodes e JOIN patients p ON p.id = e.patient_id
         WHERE e.discharged_ms IS NULL ORDER BY e.admitted_ms DESC LIMIT 1`,
      )
      .get() as { mrn: string; name: string; birth_date: string | null; sex: string | null } | undefined;
    return row ? { mrn: row.mrn, name: row.name, birthDate: row.birth_date, sex: row.sex } : null;
  }
}
