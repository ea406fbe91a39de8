// The whole record as tables a ward can hand to the EHR team, an auditor or research: which tables each `--what`
// names, read row by row exactly as stored (the audit trail with its hashes, so the export's chain can be verified).
import type { StationDb } from '../db/open';

export const EXPORT_WHATS = ['observations', 'episode', 'audit', 'all'] as const;
export type ExportWhat = (typeof EXPORT_WHATS)[number];

/** Table → the columns exported (PIN hashes and salts never leave the station). */
const TABLES: Readonly<Record<string, string>> = {
  series: 'id, param, unit, source, device, site',
  observations: 'series_id, t_ms, value, status, device_offset_ms',
  patients: 'id, mrn, name, birth_date, sex, created_ms',
  episodes: 'id, patient_id, admitted_ms, discharged_ms, product, infusion_ms, is_demo, admission_json, discharge_reason',
  episode_entries: 'id, episode_id, kind, data_json, effective_ms, recorded_by, recorded_ms, supersedes, superseded_by, reason',
  lab_results: 'id, patient_id, episode_id, mrn, code, loinc, name, value, value_text, comparator, unit, canonical_value, canonical_unit, ref_range, ref_low, ref_high, abnormal_flag, observed_ms, received_ms, order_id, status, entered_by',
  grading_results: 'id, episode_id, t_ms, rule_set_version, crs_current, crs_max, icans_current, icans_max, result_json',
  grade_confirmations: 'id, episode_id, t_ms, kind, suggested, confirmed, reason, physician_id, grading_result_id, covers_from_ms, covers_to_ms',
  flags: 'id, episode_id, code, raised_ms, last_seen_ms, cleared_ms, rule_set_version, explanation, evidence_json, acknowledged_by, acknowledged_ms, ack_note',
  staff: 'id, name, role, active, created_ms',
  audit_log: 'id, t_ms, staff_id, action, entity, entity_id, before_json, after_json, reason, hash',
};

const EPISODE_TABLES = ['patients', 'episodes', 'episode_entries', 'lab_results', 'grading_results', 'grade_confirmations', 'flags', 'staff'];

export function tablesOf(what: Exclude<ExportWhat, 'observations'>): string[] {
  if (what === 'episode') return EPISODE_TABLES;
  if (what === 'audit') return ['audit_log'];
  return ['series', 'observations', ...EPISODE_TABLES, 'audit_log'];
}

export function columnsOf(table: string): string[] {
  return TABLES[table]!.split(', ');
}

/** The table's rows in key order, one at a time (observations run to millions). */
export function readTable(db: StationDb, table: string): IterableIterator<Record<string, unknown>> {
  const order = table === 'observations' ? 'series_id, t_ms' : 'id';
  return db.prepare(`SELECT ${TABLES[table]} FROM ${table} ORDER BY ${order}`).iterate() as IterableIterator<Record<string, unknown>>;
}
