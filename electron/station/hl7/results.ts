// Where HL7 content lands: lab results of the admitted patient, and every HL7 vital marked active or kept as standby.
import type { StationDb } from '../db/open';
import type { LabRow } from '../../../drivers/hl7/labs';
import type { VitalRow } from '../../../drivers/hl7/pcd01';
import type { LabResult } from '../../../shared/api/methods/labs';

/** The patient of the open episode, by database id (patients.current() gives the same patient as a summary). */
export interface AdmittedPatient {
  readonly patientId: number;
  readonly episodeId: number;
  readonly mrn: string;
}

export function admittedPatient(db: StationDb): AdmittedPatient | null {
  const row = db
    .prepare(
      `SELECT p.id AS patient_id, e.id AS episode_id, p.mrn FROM episodes e JOIN patients p ON p.id = e.patient_id
       WHERE e.discharged_ms IS NULL ORDER BY e.admitted_ms DESC LIMIT 1`,
    )
    .get() as { patient_id: number; episode_id: number; mrn: string } | undefined;
  return row ? { patientId: row.patient_id, episodeId: row.episode_id, mrn: row.mrn } : null;
}

export interface LabQuery {
  readonly from: number;
  readonly to: number;
  readonly codes?: readonly string[];
  readonly includeRetracted: boolean;
}

const RETRACTED = "('superseded', 'deleted', 'wrong')";

export class LabResultRepository {
  constructor(private readonly db: StationDb) {}

  /** Stores a message's lab rows (call inside the message's transaction); returns how many were stored or retracted. */
  store(rows: readonly LabRow[], patient: AdmittedPatient, messageId: number, receivedAt: number): number {
    const insert = this.db.prepare(
      `INSERT INTO lab_results (patient_id, episode_id, mrn, code, loinc, name, value, value_text, comparator, unit, canonical_value, canonical_unit,
         ref_range, ref_low, ref_high, abnormal_flag, observed_ms, received_ms, message_id, order_id, sent_code, sent_system, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let changed = 0;
    for (const r of rows) {
      if (r.status === 'deleted' || r.status === 'wrong') {
        changed += this.retract(patient.patientId, r, r.status);
        continue;
      }
      if (r.status === 'corrected') this.retract(patient.patientId, r, 'superseded');
      insert.run(
        patient.patientId, patient.episodeId, patient.mrn, r.test.code, r.test.loinc || null, r.test.name, r.value, r.valueText, r.comparator,
        r.unit, r.canonicalValue, r.test.unit, r.refRange, r.refLow, r.refHigh, r.abnormalFlag, r.observedAt, receivedAt, messageId,
        r.orderId, r.sentCode, r.sentSystem, r.status,
      );
      changed += 1;
    }
    return changed;
  }

  /** Marks the earlier results of the same order and test (hl7.md 1.4: C replaces, D/W retract). */
  private retract(patientId: number, r: LabRow, status: 'superseded' | 'deleted' | 'wrong'): number {
    return this.db
      .prepare(`UPDATE lab_results SET status = ? WHERE patient_id = ? AND order_id IS ? AND code = ? AND status NOT IN ${RETRACTED}`)
      .run(status, patientId, r.orderId, r.test.code).changes;
  }

  list(patientId: number, q: LabQuery): LabResult[] {
    const codes = q.codes && q.codes.length > 0 ? q.codes : null;
    const sql = `SELECT l.*, s.name AS entered_by_name FROM lab_results l LEFT JOIN staff s ON s.id = l.entered_by WHERE patient_id = ? AND observed_ms >= ? AND observed_ms < ?
      ${codes ? `AND code IN (${codes.map(() => '?').join(',')})` : ''} ${q.includeRetracted ? '' : `AND status NOT IN ${RETRACTED}`}
      ORDER BY observed_ms, id`;
    return (this.db.prepare(sql).all(patientId, q.from, q.to, ...(codes ?? [])) as LabDbRow[]).map(toLabResult);
  }
}

export class Hl7VitalRepository {
  constructor(private readonly db: StationDb) {}

  /** Every storable HL7 vital of a message, with whether it was the active source. */
  store(rows: readonly VitalRow[], messageId: number, isActive: (row: VitalRow) => boolean): number {
    const insert = this.db.prepare(
      `INSERT INTO hl7_vitals (message_id, set_id, sub_id, mdc_code, param, value, unit, sent_unit, t_ms, status, device, site, active)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let n = 0;
    for (const row of rows) {
      const o = row.observation;
      if (!o) continue;
      insert.run(messageId, row.obx.setId, row.obx.subId, row.match.mdcCode, o.param, o.value, o.unit, row.obx.unit.code, o.time, o.status, o.device, o.site ?? null, isActive(row) ? 1 : 0);
      n += 1;
    }
    return n;
  }

  count(active?: boolean): number {
    const sql = active === undefined ? 'SELECT count(*) FROM hl7_vitals' : 'SELECT count(*) FROM hl7_vitals WHERE active = ?';
    return this.db.prepare(sql).pluck().get(...(active === undefined ? [] : [active ? 1 : 0])) as number;
  }
}

interface LabDbRow {
  id: number;
  code: string;
  loinc: string | null;
  name: string;
  value: number | null;
  value_text: string;
  comparator: string | null;
  unit: string;
  canonical_value: number | null;
  canonical_unit: string;
  ref_range: string | null;
  ref_low: number | null;
  ref_high: number | null;
  abnormal_flag: string | null;
  observed_ms: number;
  received_ms: number;
  status: LabResult['status'];
  message_id: number | null;
  entered_by_name: string | null;
}

function toLabResult(r: LabDbRow): LabResult {
  return {
    id: r.id,
    code: r.code,
    loinc: r.loinc,
    name: r.name,
    value: r.value,
    valueText: r.value_text,
    comparator: r.comparator,
    unit: r.unit,
    canonicalValue: r.canonical_value,
    canonicalUnit: r.canonical_unit,
    refRange: r.ref_range,
    refLow: r.ref_low,
    refHigh: r.ref_high,
    abnormalFlag: r.abnormal_flag,
    observedAt: r.observed_ms,
    receivedAt: r.received_ms,
    status: r.status,
    messageId: r.message_id,
    enteredBy: r.entered_by_name,
  };
}
