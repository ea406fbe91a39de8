// What one reporting period carries, read from the station's record: the admitted patient, the period's values
// (means per series, or every reading; manual readings always as entered) and documentation added since the cursor.
import type { StationDb } from '../db/open';
import { PARAMS, VITAL_PARAMS, type VitalParam } from '../../../shared/params';
import type { ObservationSource } from '../../../shared/observation';
import type { DestinationSettings } from '../../../shared/api/methods/outbound';
import type { TreatmentCategory } from '../../../shared/hl7/localCodes';
import type { DeviceValue, DocumentationItem, OruPatient } from './pcd01/encode';
import type { Cursor } from './store';

export interface AdmittedPatient {
  readonly episodeId: number;
  readonly patient: OruPatient;
}

export function admittedPatient(db: StationDb): AdmittedPatient | null {
  const r = db
    .prepare(
      `SELECT e.id, p.mrn, p.name, p.birth_date, p.sex FROM episodes e JOIN patients p ON p.id = e.patient_id
       WHERE e.discharged_ms IS NULL ORDER BY e.admitted_ms DESC LIMIT 1`,
    )
    .get() as { id: number; mrn: string; name: string; birth_date: string | null; sex: string | null } | undefined;
  return r ? { episodeId: r.id, patient: { mrn: r.mrn, name: r.name, birthDate: r.birth_date, sex: r.sex } } : null;
}

interface SeriesRow {
  id: number;
  param: VitalParam;
  unit: string;
  source: ObservationSource;
  device: string;
  site: string;
}

/** The period's values of the chosen params, in the canonical unit only, in param order then time. */
export function periodValues(db: StationDb, settings: DestinationSettings, start: number, end: number): DeviceValue[] {
  const chosen = new Set(settings.params);
  const series = (db.prepare('SELECT id, param, unit, source, device, site FROM series').all() as SeriesRow[])
    .filter((s) => chosen.has(s.param) && s.unit === PARAMS[s.param].unit)
    .sort((a, b) => VITAL_PARAMS.indexOf(a.param) - VITAL_PARAMS.indexOf(b.param) || a.id - b.id);
  const each = db.prepare('SELECT t_ms, value FROM observations WHERE series_id = ? AND t_ms >= ? AND t_ms < ? AND status = 0 AND value IS NOT NULL ORDER BY t_ms');
  const mean = db.prepare('SELECT avg(value) AS value, count(*) AS n FROM observations WHERE series_id = ? AND t_ms >= ? AND t_ms < ? AND status = 0 AND value IS NOT NULL');
  const out: DeviceValue[] = [];
  for (const s of series) {
    const base = { param: s.param, source: s.source, device: s.device, ...(s.site ? { site: s.site } : {}) };
    if (s.source === 'manual' || settings.values === 'each') {
      for (const r of each.all(s.id, start, end) as { t_ms: number; value: number }[]) out.push({ ...base, value: r.value, time: r.t_ms });
      continue;
    }
    const m = mean.get(s.id, start, end) as { value: number | null; n: number };
    if (m.n > 0 && m.value !== null) out.push({ ...base, value: m.value, time: start });
  }
  return out;
}

export interface NewDocumentation {
  readonly items: DocumentationItem[];
  /** The cursor past everything read (also rows that carry nothing for the receiver). */
  readonly cursor: Omit<Cursor, 'periodEnd'>;
}

const gradeValue = (text: string): number | null => (/^[0-4]$/.test(text) ? Number(text) : null);

const TREATMENT_OF_CLASS: Readonly<Record<string, TreatmentCategory>> = { anti_il6: 'antiIl6', corticosteroid: 'corticosteroid' };

interface ConfirmationRow {
  id: number;
  t_ms: number;
  kind: 'crs' | 'icans';
  confirmed: string;
  covers_from_ms: number | null;
  covers_to_ms: number | null;
  name: string;
}

/** A past course's confirmation is dated at the course's onset and says the span, so no receiver reads it as the grade now. */
function confirmedWhen(c: ConfirmationRow): { time: number; evidence?: string } {
  if (c.covers_from_ms === null || c.covers_to_ms === null) return { time: c.t_ms };
  const iso = (t: number) => new Date(t).toISOString();
  return { time: c.covers_from_ms, evidence: `Confirmed at ${iso(c.t_ms)} for the past course ${iso(c.covers_from_ms)} – ${iso(c.covers_to_ms)}, not the grade now.` };
}

/** Documentation of the episode recorded after the cursor's rows: grades, confirmations, treatments, bedside labs. */
export function newDocumentation(db: StationDb, episodeId: number, cursor: Cursor): NewDocumentation {
  const items: DocumentationItem[] = [];
  const grading = db.prepare('SELECT id, t_ms, crs_current, icans_current, result_json FROM grading_results WHERE episode_id = ? AND id > ? ORDER BY id').all(episodeId, cursor.gradingId) as {
    id: number;
    t_ms: number;
    crs_current: number;
    icans_current: string;
    result_json: string;
  }[];
  for (const g of grading) {
    const result = JSON.parse(g.result_json) as { crs?: { explanation?: string }; icans?: { explanation?: string } };
    const evidence = (text: string | undefined) => (text ? { evidence: text } : {});
    items.push({ kind: 'grade', scale: 'crs', stage: 'suggested', grade: g.crs_current, time: g.t_ms, ...evidence(result.crs?.explanation) });
    items.push({ kind: 'grade', scale: 'icans', stage: 'suggested', grade: gradeValue(g.icans_current), time: g.t_ms, ...evidence(result.icans?.explanation) });
  }
  const confirmations = db
    .prepare(
      'SELECT c.id, c.t_ms, c.kind, c.confirmed, c.covers_from_ms, c.covers_to_ms, s.name FROM grade_confirmations c JOIN staff s ON s.id = c.physician_id WHERE c.episode_id = ? AND c.id > ? ORDER BY c.id',
    )
    .all(episodeId, cursor.confirmationId) as ConfirmationRow[];
  for (const c of confirmations) items.push({ kind: 'grade', scale: c.kind, stage: 'confirmed', grade: gradeValue(c.confirmed), by: c.name, ...confirmedWhen(c) });
  const entries = db
    .prepare("SELECT e.id, e.kind, e.data_json, e.effective_ms, s.name FROM episode_entries e JOIN staff s ON s.id = e.recorded_by WHERE e.episode_id = ? AND e.id > ? AND e.kind IN ('event:medication', 'event:vasopressor') ORDER BY e.id")
    .all(episodeId, cursor.entryId) as { id: number; kind: string; data_json: string; effective_ms: number; name: string }[];
  for (const e of entries) {
    const item = treatmentItem(e.kind, JSON.parse(e.data_json) as Record<string, unknown>, e.effective_ms, e.name);
    if (item) items.push(item);
  }
  const labs = db
    .prepare(
      `SELECT l.id, l.loinc, l.code, l.name, l.canonical_value, l.canonical_unit, l.observed_ms, s.name AS staff FROM lab_results l JOIN staff s ON s.id = l.entered_by
       WHERE l.episode_id = ? AND l.id > ? AND l.canonical_value IS NOT NULL ORDER BY l.id`,
    )
    .all(episodeId, cursor.labId) as { id: number; loinc: string | null; code: string; name: string; canonical_value: number; canonical_unit: string; observed_ms: number; staff: string }[];
  for (const l of labs) items.push({ kind: 'lab', loinc: l.loinc || null, code: l.code, name: l.name, value: l.canonical_value, unit: l.canonical_unit, time: l.observed_ms, by: l.staff });
  const lastId = (rows: readonly { id: number }[], from: number) => rows.reduce((max, r) => Math.max(max, r.id), from);
  return {
    items,
    cursor: {
      gradingId: lastId(grading, cursor.gradingId),
      confirmationId: lastId(confirmations, cursor.confirmationId),
      entryId: lastId(entries, cursor.entryId),
      // Bedside labs only: a result that came from the LIS over HL7 is the LIS's to report.
      labId: Math.max(lastId(labs, cursor.labId), (db.prepare('SELECT coalesce(max(id), 0) FROM lab_results WHERE episode_id = ?').pluck().get(episodeId) as number)),
    },
  };
}

function treatmentItem(kind: string, data: Record<string, unknown>, effective: number, by: string): DocumentationItem | null {
  const text = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(' ');
  if (kind === 'event:vasopressor') return { kind: 'treatment', category: 'vasopressor', description: text(data.drug, data.action, data.dose, data.doseUnit), time: effective, by };
  const category = TREATMENT_OF_CLASS[String(data.drugClass)];
  return category ? { kind: 'treatment', category, description: text(data.drug, data.doseText), time: effective, by } : null;
}
